package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousSummaryTest {

    @TempDir
    Path tmp;

    @Test
    void keepsTheLastOtherRunsSummaryAcrossReRendersOfTheSameRun() throws Exception {
        Path out = tmp.resolve("out");
        Path data = tmp.resolve("data");
        Files.createDirectories(out);
        assertThat(PreviousSummary.keep(out, data, "run 1 (2026-12-01)")).as("first run: nothing to compare with").isNull();

        Files.writeString(out.resolve("summary.json"), "{\"run_id\": \"run 1 (2026-12-01)\", \"deal_count\": 20}");
        Path kept = PreviousSummary.keep(out, data, "run 2 (2026-12-02)");
        assertThat(kept).isEqualTo(data.resolve(PreviousSummary.FILE_NAME));
        assertThat(Files.readString(kept)).contains("run 1");

        // run 2 writes its summary; a re-render or restart of run 2 must still compare with run 1
        Files.writeString(out.resolve("summary.json"), "{\"run_id\": \"run 2 (2026-12-02)\", \"deal_count\": 22}");
        assertThat(Files.readString(PreviousSummary.keep(out, data, "run 2 (2026-12-02)"))).contains("run 1");
        assertThat(PreviousSummary.of(data)).isEqualTo(kept);
    }
}
