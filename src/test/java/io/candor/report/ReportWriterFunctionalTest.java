package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterFunctionalTest {

    @TempDir
    Path out;

    @Test
    void writesEveryReportOfARunAndNoTemporaryFiles() throws Exception {
        ReportWriter.Written written = ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        assertThat(written.deals()).isEqualTo(4);
        for (String id : new String[] {"D-1001", "D-1002", "D-1003", "D-1022"}) {
            for (String ext : new String[] {".json", ".md", ".html"}) {
                assertThat(out.resolve("deals/" + id + ext)).isRegularFile();
            }
        }
        assertThat(out.resolve("summary.json")).isRegularFile();
        assertThat(out.resolve("summary.html")).isRegularFile();
        assertThat(out.resolve("deals.csv")).isRegularFile();
        assertThat(out.resolve("crm-writeback.csv")).isRegularFile();
        assertThat(out.resolve("coaching/tyler-brandt.html")).isRegularFile();
        assertThat(out.resolve("coaching/megan-castillo.md")).isRegularFile();
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }

    }
}
