package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcript and CRM text is data: it must reach every page as text, never as markup. */
class HtmlEscapingTest {

    @TempDir
    Path out;

    @Test
    void hostileTranscriptAndCrmTextIsEscapedInEveryHtmlPage() throws Exception {
        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        String deal = Files.readString(out.resolve("deals/D-1001.html"));
        // The buyer's line is quoted as evidence, and the deal name carries an attribute-breaking payload.
        assertThat(deal).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        for (String page : List.of("deals/D-1001.html", "summary.html", "coaching/tyler-brandt.html")) {
            String html = Files.readString(out.resolve(page));
            assertThat(html).as(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(1)>");
        }
    }

    @Test
    void markdownKeepsHostileTextInert() throws Exception {
        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        for (String page : List.of("deals/D-1001.md", "coaching/tyler-brandt.md")) {
            String md = Files.readString(out.resolve(page));
            assertThat(md).as(page).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        }
    }

    @Test
    void markdownSyntaxInDataCannotBuildLinksOrBreakTables() {
        String escaped = MarkdownText.escape("see [our offer](javascript:alert(1)) | *now*\nnew line `code`");

        assertThat(escaped).isEqualTo("see \\[our offer\\](javascript:alert(1)) \\| \\*now\\* new line \\`code\\`");
    }

    @Test
    void jsonCarriesTheTextAsItWasSaid() throws Exception {
        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, List.of(), null);

        var deal = JsonReports.parse(Files.readString(out.resolve("deals/D-1001.json")));

        assertThat(deal.findValuesAsString("quote")).anyMatch(q -> q.contains(SampleRun.SCRIPT) && q.contains(SampleRun.IMG));
    }
}
