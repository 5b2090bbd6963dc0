package io.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.report.SummaryView.DealRow;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportsTest {

    private static DealRow row(String summary) {
        return new DealRow("0065g00000XyZ12AAB", "=HYPERLINK(\"http://x\")", "Acme", "Tyler Brandt", new BigDecimal("84000"), "USD",
                "2026-09-12", "Budget", "budget", "CONTRADICTS", "LIKELY_OUR_FAULT", 72, List.of("WEAK_DISCOVERY", "NO_URGENCY"),
                "WEAK_DISCOVERY", summary, 3, 2400, 0.71, "deals/0065g00000XyZ12AAB.html");
    }

    @Test
    void writebackHeadersSuitHubSpotAndSalesforceAndCausesUseSemicolons() throws Exception {
        StringWriter out = new StringWriter();

        CsvReports.writeCrmWriteback(List.of(row("Likely our fault (72): seller side asked 1 real question per call")),
                "https://candor.example.com/runs/42/", out);

        assertThat(out.toString()).isEqualTo(
                "Opportunity ID,Record ID,Candor Verdict,Candor Fault Score,Candor Primary Cause,Candor Causes,Candor Summary,Candor Report\r\n"
                        + "0065g00000XyZ12AAB,0065g00000XyZ12AAB,LIKELY_OUR_FAULT,72,WEAK_DISCOVERY,WEAK_DISCOVERY;NO_URGENCY,"
                        + "Likely our fault (72): seller side asked 1 real question per call,"
                        + "https://candor.example.com/runs/42/deals/0065g00000XyZ12AAB.html\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() throws Exception {
        StringWriter out = new StringWriter();

        CsvReports.writeDeals(List.of(row("-2+3")), out);

        assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(CsvReports.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReports.text("Budget")).isEqualTo("Budget");
    }
}
