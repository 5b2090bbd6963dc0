package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.html");
        AtomicFiles.write(file, "old");

        AtomicFiles.write(file, "new");

        assertThat(file).hasContent("new");
        assertThat(listing()).containsExactly("report.html");
    }

    @Test
    void whenProducingTheContentFailsTheOldFileStaysAndTheTemporaryFileIsGone() throws Exception {
        Path file = dir.resolve("report.html");
        AtomicFiles.write(file, "old report");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half a rep");
            throw new IOException("disk full");
        })).hasMessageContaining("cannot write").hasMessageContaining("disk full");

        assertThat(file).hasContent("old report");
        assertThat(listing()).containsExactly("report.html");
    }

    @Test
    void aRenderingFailureMidRunLeavesThePreviousRunsReportsIntact() throws Exception {
        ReportWriter.writeAll(dir, SampleRun.inputs(), SampleRun.RUN, List.of(), null);
        String oldReport = Files.readString(dir.resolve("deals/D-1003.html"));
        String oldSummary = Files.readString(dir.resolve("summary.json"));
        HtmlReports failingOnD1003 = new HtmlReports() {
            @Override
            public String render(String template, Map<String, Object> variables) {
                if (variables.get("deal") instanceof DealReportView v && v.dealId().equals("D-1003")) {
                    throw new IllegalStateException("template error while rendering D-1003");
                }
                return super.render(template, variables);
            }
        };

        assertThatThrownBy(() -> new ReportWriter(failingOnD1003).write(dir, SampleRun.inputs(), SampleRun.RUN, List.of(), null))
                .hasMessageContaining("D-1003");

        assertThat(dir.resolve("deals/D-1003.html")).hasContent(oldReport);
        assertThat(dir.resolve("summary.json")).hasContent(oldSummary);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
