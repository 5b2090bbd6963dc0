package io.candor.batch;

import io.candor.config.CandorConfig;
import io.candor.domain.IngestProblem;
import io.candor.report.DealReportInput;
import io.candor.report.PreviousSummary;
import io.candor.report.ReportWriter;
import io.candor.report.RunInfo;
import io.candor.store.CandorStore;
import io.candor.store.StoredEvidence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every report from the database alone: the report step of the job, and `candor report`,
 * which re-renders without re-analysing. Deals not yet scored are left out (and said so in the count).
 */
public final class ReportRun {

    private ReportRun() {
    }

    public static ReportWriter.Written render(CandorStore store, Path out, Path data, String runId, String corpusName,
                                              CandorConfig config, String reportBaseUrl) {
        List<DealReportInput> inputs = new ArrayList<>();
        for (String dealId : store.dealIds()) {
            store.assessment(dealId).ifPresent(a -> StoredEvidence.load(store, dealId).ifPresent(e -> inputs.add(new DealReportInput(e, a))));
        }
        List<IngestProblem> problems = new ArrayList<>(store.problems(CandorStore.PROBLEM));
        Path previous = PreviousSummary.keep(out, data, runId);
        return ReportWriter.writeAll(out, inputs, new RunInfo(runId, Instant.now(), corpusName, config, reportBaseUrl), problems, previous);
    }
}
