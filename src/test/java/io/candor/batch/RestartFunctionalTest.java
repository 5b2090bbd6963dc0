package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import io.candor.store.CandorStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A run killed with SIGKILL in the middle of the analyze step is resumed by typing the same command
 * again: committed calls are not analysed again, nothing is lost or duplicated (database and index).
 */
class RestartFunctionalTest {

    private static final Set<String> DEALS = Set.of("D-1002", "D-1005", "D-1008", "D-1012", "D-1016", "D-1020");

    @TempDir
    Path tmp;

    @Test
    void aRunKilledDuringAnalyzeResumesWithoutRedoingOrDuplicatingWork() throws Exception {
        Path corpus = CorpusFixtures.subset(tmp.resolve("corpus"), DEALS);
        Path data = tmp.resolve("data");
        String[] args = {"run", "--corpus", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--data", data.toString(), "--run-date", "2026-12-01"};

        Process child = startChild(args);
        int committedAtKill = killOnceAnalyzeHasCommittedSome(child, data);

        assertThat(CandorCli.execute(args)).isEqualTo(ExitCodes.OK);

        CandorStore store = StoreProbe.open(data);
        assertThat(store.pendingCallIds()).isEmpty();
        int total = store.callCount();
        int turns = store.callIds().stream().mapToInt(id -> store.call(id).orElseThrow().turns().size()).sum();
        assertThat(store.turnCount()).isEqualTo(turns);
        try (var reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            assertThat(reader.numDocs()).as("one index document per turn").isEqualTo(turns);
        }
        try (var ctx = BatchApplication.start(data)) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            var instances = repo.getJobInstances(JobNames.JOB, 0, 10);
            assertThat(instances).as("the same run was resumed, not a new one started").hasSize(1);
            var executions = repo.getJobExecutions(instances.get(0));
            assertThat(executions).hasSize(2);
            var resumed = repo.getLastJobExecution(instances.get(0));
            assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long analysedOnResume = resumed.getStepExecutions().stream()
                    .filter(s -> s.getStepName().startsWith(JobNames.ANALYZE_WORKER))
                    .mapToLong(s -> s.getWriteCount()).sum();
            assertThat(analysedOnResume).as("committed calls are not analysed again").isEqualTo(total - committedAtKill);
        }
    }

    private Process startChild(String[] args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(javaBin, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "-Dcandor.analyze.threads=2", CandorCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    /** Polls the child's database until some calls are committed and some are not, then SIGKILLs it. */
    private int killOnceAnalyzeHasCommittedSome(Process child, Path data) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail("the run ended before it could be killed mid-analyze:\n" + Files.readString(tmp.resolve("child.log")));
            }
            if (Files.exists(data.resolve("candor.mv.db"))) {
                try {
                    CandorStore store = StoreProbe.open(data);
                    int calls = store.callCount();
                    int pending = store.pendingCallIds().size();
                    if (calls > 0 && pending > 0 && pending < calls) {
                        child.destroyForcibly().waitFor();
                        return calls - StoreProbe.open(data).pendingCallIds().size();
                    }
                } catch (RuntimeException tablesNotThereYet) {
                    // the child is still creating its schema
                }
            }
            Thread.sleep(100);
        }
        child.destroyForcibly();
        fail("analyze did not commit within 5 minutes:\n" + Files.readString(tmp.resolve("child.log")));
        return -1;
    }
}
