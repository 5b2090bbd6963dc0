package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportWriterFunctionalTest {

    @TempDir
    Path out;

    @Test
    void writesEveryReportOfARunAndNoTemporaryFiles() throws Exception {
        ReportWriter.Written written = ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        assertThat(written.deals()).isEqualTo(4);
        assertThat(written.reps()).isEqualTo(3);
        for (String id : List.of("D-1001", "D-1002", "D-1003", "D-1022")) {
            for (String ext : List.of(".json", ".md", ".html")) {
                assertThat(out.resolve("deals/" + id + ext)).isNotEmptyFile();
            }
        }
        for (String f : List.of("summary.json", "summary.html", "deals.csv", "crm-writeback.csv", "coaching/tyler-brandt.html",
                "coaching/tyler-brandt.md", "coaching/megan-castillo.html", "coaching/dev-okafor.md")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void dealJsonHoldsTheOutputContract() throws Exception {
        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        JsonNode deal = JsonReports.parse(Files.readString(out.resolve("deals/D-1001.json")));

        assertThat(deal.path("deal_id").asString()).isEqualTo("D-1001");
        assertThat(deal.path("owner_name").asString()).isEqualTo("Tyler Brandt");
        assertThat(deal.path("stated_reason").asString()).isEqualTo("Budget");
        assertThat(deal.path("verdict").asString()).isEqualTo("LIKELY_OUR_FAULT");
        assertThat(deal.path("fault_score").isInt()).isTrue();
        assertThat(deal.path("fault_score").asInt()).isBetween(1, 100);
        JsonNode findings = deal.path("findings");
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode f : findings) {
            assertThat(f.path("cause").asString()).isNotBlank();
            assertThat(f.path("side").asString()).isIn("rep", "external", "product");
            assertThat(f.path("summary").asString()).isNotBlank();
            assertThat(f.path("evidence").size()).isBetween(1, 5);
            for (JsonNode e : f.path("evidence")) {
                assertThat(e.path("call_id").asString()).startsWith("C-1001-");
                assertThat(e.has("start_ms")).isTrue();
                assertThat(e.path("start_ms").isNumber()).isTrue();
                assertThat(e.path("speaker").asString()).isNotBlank();
                assertThat(e.path("speaker_side").asString()).isIn("seller", "buyer", "unknown");
                assertThat(e.path("quote").asString()).isNotBlank();
            }
        }
        assertThat(findings.findValuesAsString("cause")).contains("TALKED_MORE_THAN_LISTENED", "NO_BUSINESS_CASE");
        JsonNode metrics = deal.path("metrics");
        assertThat(metrics.propertyNames()).containsExactly("C-1001-1", "C-1001-2", "C-1001-3");
        assertThat(metrics.path("C-1001-1").path("seller_talk_share").asDouble()).isBetween(0.7, 0.9);
        assertThat(metrics.path("C-1001-1").path("measured_by").asString()).isEqualTo("time");
        assertThat(deal.path("reason_check").path("agreement").asString()).isEqualTo("CONTRADICTS");
    }

    @Test
    void summaryJsonAndDealsCsvHoldTheRunTotals() throws Exception {
        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, SampleRun.problems(), null);

        JsonNode summary = JsonReports.parse(Files.readString(out.resolve("summary.json")));
        assertThat(summary.path("deal_count").asInt()).isEqualTo(4);
        assertThat(summary.path("analysed_count").asInt()).isEqualTo(3);
        assertThat(summary.path("problems").size()).isEqualTo(2);
        assertThat(summary.path("changes").path("has_previous").asBoolean()).isFalse();

        List<CSVRecord> rows = csv(out.resolve("deals.csv"));
        assertThat(rows.get(0).toList()).startsWith("deal_id", "owner_name", "stated_reason", "verdict", "fault_score", "causes");
        CSVRecord d1001 = rows.stream().filter(r -> r.get(0).equals("D-1001")).findFirst().orElseThrow();
        assertThat(d1001.get(1)).isEqualTo("Tyler Brandt");
        assertThat(d1001.get(3)).isEqualTo("LIKELY_OUR_FAULT");
        assertThat(d1001.get(5).split(";")).contains("TALKED_MORE_THAN_LISTENED", "NO_BUSINESS_CASE");
        CSVRecord d1022 = rows.stream().filter(r -> r.get(0).equals("D-1022")).findFirst().orElseThrow();
        assertThat(d1022.get(3)).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat(d1022.get(5)).isEmpty();
    }

    @Test
    void aRerunReplacesTheSameFilesAndComparesWithThePreviousSummary() throws Exception {
        List<DealReportInput> all = SampleRun.inputs();
        ReportWriter.writeAll(out, all.subList(2, 4), SampleRun.RUN, List.of(), null);
        Path summary = out.resolve("summary.json");

        ReportWriter.writeAll(out, all, SampleRun.RUN, List.of(), summary);

        JsonNode changes = JsonReports.parse(Files.readString(summary)).path("changes");
        assertThat(changes.path("has_previous").asBoolean()).isTrue();
        assertThat(changes.path("new_losses").valueStream().map(JsonNode::asString)).containsExactly("D-1001", "D-1002");
        assertThat(changes.path("causes_up").findValuesAsString("cause")).contains("TALKED_MORE_THAN_LISTENED", "MISSED_DETRACTOR");
        assertThat(csv(out.resolve("deals.csv"))).hasSize(5); // header + 4 deals: no row written twice
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anUnreadablePreviousSummaryIsReportedNotFatal() throws Exception {
        Path broken = Files.writeString(out.resolve("old-summary.json"), "{ not json");

        ReportWriter.writeAll(out, SampleRun.inputs(), SampleRun.RUN, List.of(), broken);

        JsonNode summary = JsonReports.parse(Files.readString(out.resolve("summary.json")));
        assertThat(summary.path("problems").findValuesAsString("reason")).singleElement().asString()
                .startsWith("previous summary not readable");
    }

    private List<Path> tempFiles() throws Exception {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }
}
