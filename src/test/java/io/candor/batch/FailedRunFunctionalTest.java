package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;

/** A run that fails (here: the report step cannot write) exits 1; typing the same command again resumes it. */
class FailedRunFunctionalTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedRunExitsOneAndTheSameCommandResumesItFromTheFailedStep() throws Exception {
        Path corpus = CorpusFixtures.subset(tmp.resolve("corpus"), Set.of("D-1014", "D-1006"));
        Path out = tmp.resolve("out");
        Files.writeString(out, "a file where the output folder should be");
        String[] run = {"run", "--corpus", corpus.toString(), "--out", out.toString(),
                "--data", tmp.resolve("data").toString(), "--run-date", "2026-12-02"};

        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.FAILED);

        Files.delete(out);
        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("deals/D-1006.json")).exists();
        try (var ctx = BatchApplication.start(tmp.resolve("data"))) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            var instances = repo.getJobInstances(JobNames.JOB, 0, 10);
            assertThat(instances).hasSize(1);
            var executions = repo.getJobExecutions(instances.get(0));
            assertThat(executions).extracting(e -> e.getStatus()).containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
            var resumed = repo.getLastJobExecution(instances.get(0));
            assertThat(resumed.getStepExecutions()).extracting(s -> s.getStepName())
                    .as("completed steps are not run again").containsExactly(JobNames.REPORT);
        }
    }
}
