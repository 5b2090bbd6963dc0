package io.candor.web.deals;

import io.candor.batch.JobNames;
import io.candor.batch.RunIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last completed run of the nightly job, read from Spring Batch's job repository in the same
 * database: its id as the report files name it, when it ended, and the corpus it read (whose
 * candor.yml the deals were scored with).
 *
 * @param corpus the corpus folder as the run was given it, null when the repository does not say
 */
record LastRun(long instanceId, String runDate, Instant endedAt, String corpus) {

    /** The job's name and parameter names, as the batch job stores them. */
    static final String JOB = JobNames.JOB;
    static final String PARAM_RUN_DATE = JobNames.PARAM_RUN_DATE;
    static final String PARAM_CORPUS = JobNames.PARAM_CORPUS;

    /** "run 12 (2026-06-01)": the same words the report step writes into the files. */
    String runId() {
        try {
            return RunIds.of(instanceId, runDate == null ? null : java.time.LocalDate.parse(runDate));
        } catch (java.time.format.DateTimeParseException notIso) {
            return RunIds.of(instanceId, null) + " (" + runDate + ")";
        }
    }

    /** Empty when no run has completed, or the database has no job repository (e.g. a copied data folder). */
    static Optional<LastRun> read(JdbcTemplate jdbc) {
        try {
            List<LastRun> runs = jdbc.query("""
                    SELECT i.JOB_INSTANCE_ID, e.END_TIME,
                           (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                             WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?) AS RUN_DATE,
                           (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                             WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = ?) AS CORPUS
                    FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                    WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED'
                    ORDER BY e.JOB_EXECUTION_ID DESC""",
                    (rs, n) -> {
                        Timestamp ended = rs.getTimestamp(2);
                        return new LastRun(rs.getLong(1), rs.getString(3), ended == null ? null : ended.toInstant(), rs.getString(4));
                    },
                    PARAM_RUN_DATE, PARAM_CORPUS, JOB);
            return runs.stream().findFirst();
        } catch (org.springframework.dao.DataAccessException noJobRepository) {
            return Optional.empty();
        }
    }
}
