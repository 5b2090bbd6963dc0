package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import io.candor.store.CandorStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Broken inputs are reported with file and reason, the rest of the run completes, and stored work survives. */
class BadInputFunctionalTest {

    @TempDir
    Path tmp;

    @Test
    void brokenFilesAreProblemsNotFailuresAndEarlierAnalysisIsKept() throws Exception {
        Path corpus = CorpusFixtures.subset(tmp.resolve("corpus"), Set.of("D-1004", "D-1018"));
        String[] run = {"run", "--corpus", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--data", tmp.resolve("data").toString(), "--run-date", "2026-12-01"};
        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.OK);
        CandorStore store = StoreProbe.open(tmp.resolve("data"));
        var analysedBefore = store.call("C-1018-1").orElseThrow();
        int signalsBefore = store.signals("C-1018-1").size();

        Path dir = corpus.resolve("transcripts/D-1004");
        Files.writeString(dir.resolve("empty.vtt"), "");
        Files.write(dir.resolve("binary.json"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00});
        Files.writeString(dir.resolve("broken.json"), "{\"utterances\": [ {\"speaker\": \"A\", \"start\": 10, ");
        Files.writeString(dir.resolve("badtime.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:0x.500\nLauren Whitfield: hi\n");
        Path calls = corpus.resolve("calls.csv");
        CorpusFixtures.appendLine(calls, "X-1,D-1004,2026-06-01T10:00:00Z,Empty,transcripts/D-1004/empty.vtt,auto");
        CorpusFixtures.appendLine(calls, "X-2,D-1004,2026-06-02T10:00:00Z,Binary,transcripts/D-1004/binary.json,auto");
        CorpusFixtures.appendLine(calls, "X-3,D-1004,2026-06-03T10:00:00Z,Broken,transcripts/D-1004/broken.json,auto");
        CorpusFixtures.appendLine(calls, "X-4,D-1004,2026-06-04T10:00:00Z,Bad time,transcripts/D-1004/badtime.vtt,auto");
        CorpusFixtures.appendLine(calls, "X-5,D-9999,2026-06-04T10:00:00Z,Unknown deal,transcripts/D-1004/badtime.vtt,auto");
        // An already analysed call whose file is now garbage: its analysis must survive.
        Path good = corpus.resolve("transcripts/D-1018/C-1018-1.json");
        Files.writeString(good, "{ not json");

        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.COMPLETED_WITH_PROBLEMS);

        JsonNode summary = JsonMapper.builder().build().readTree(tmp.resolve("out/summary.json").toFile());
        String problems = summary.toString();
        for (String file : new String[] {"empty.vtt", "binary.json", "broken.json", "badtime.vtt", "C-1018-1.json", "D-9999"}) {
            assertThat(problems).as("summary names " + file).contains(file);
        }
        assertThat(store.problems(CandorStore.PROBLEM)).hasSize(6)
                .allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(store.problems(CandorStore.PROBLEM)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("badtime.vtt");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(tmp.resolve("out/deals/D-1004.json")).exists();
        assertThat(tmp.resolve("out/deals/D-1018.json")).exists();
        assertThat(store.call("C-1018-1")).contains(analysedBefore);
        assertThat(store.signals("C-1018-1")).hasSize(signalsBefore);
        assertThat(store.callIds()).doesNotContain("X-1", "X-2", "X-3", "X-4", "X-5");
    }

    @Test
    void aMissingCorpusIsAUsageError() {
        assertThat(CandorCli.execute("run", "--corpus", tmp.resolve("nope").toString(),
                "--data", tmp.resolve("data").toString())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMistypedSettingIsAUsageErrorBeforeAnythingRuns() throws Exception {
        Path corpus = CorpusFixtures.subset(tmp.resolve("corpus"), Set.of("D-1014"));
        Files.writeString(corpus.resolve("candor.yml"), "competitor: [Zendara]\n");
        assertThat(CandorCli.execute("run", "--corpus", corpus.toString(), "--data", tmp.resolve("data").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(tmp.resolve("data")).doesNotExist();
    }
}
