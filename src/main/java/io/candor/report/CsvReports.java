package io.candor.report;

import io.candor.report.SummaryView.DealRow;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * deals.csv (for BI tools) and crm-writeback.csv (for the CRM's import tools). RFC 4180, UTF-8,
 * CRLF. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed
 * with an apostrophe: quotes and names come from transcripts and the CRM, and must stay data.
 */
public final class CsvReports {

    /** design.md's columns first, in that order; the rest are extras tools may ignore. */
    public static final List<String> DEALS_HEADER = List.of(
            "deal_id", "owner_name", "stated_reason", "verdict", "fault_score", "causes",
            "deal_name", "account", "amount", "currency", "close_date", "stated_reason_normalized", "reason_check",
            "primary_cause", "calls", "words", "seller_talk_share", "report");

    /**
     * Headers read by both import tools: "Record ID" is how HubSpot matches existing deals, "Opportunity ID"
     * maps to Id in Salesforce Data Loader; the "Candor ..." columns map to custom fields or properties of
     * the same label (docs/scoring-and-reports.md has the mapping).
     */
    public static final List<String> WRITEBACK_HEADER = List.of(
            "Opportunity ID", "Record ID", "Candor Verdict", "Candor Fault Score", "Candor Primary Cause", "Candor Causes",
            "Candor Summary", "Candor Report");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvReports() {
    }

    public static void writeDeals(List<DealRow> rows, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(DEALS_HEADER);
            for (DealRow r : rows) {
                csv.printRecord(text(r.dealId()), text(r.ownerName()), text(r.statedReason()), r.verdict(), r.faultScore(),
                        String.join(";", r.causes()), text(r.dealName()), text(r.account()), plain(r.amount()), text(r.currency()),
                        text(r.closeDate()), text(r.reasonNormalized()), text(r.reasonAgreement()), text(r.primaryCause()),
                        r.calls(), r.words(), r.sellerTalkShare() == null ? "" : r.sellerTalkShare(), text(r.reportPath()));
            }
        }
    }

    /** @param reportBaseUrl prefix for the report column, or null for paths relative to the output folder */
    public static void writeCrmWriteback(List<DealRow> rows, String reportBaseUrl, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(WRITEBACK_HEADER);
            for (DealRow r : rows) {
                List<Object> values = new ArrayList<>();
                values.add(text(r.dealId()));
                values.add(text(r.dealId()));
                values.add(r.verdict());
                values.add(r.faultScore());
                values.add(text(r.primaryCause()));
                // ';' is the separator of Salesforce multi-select picklists and HubSpot multiple-checkbox properties.
                values.add(String.join(";", r.causes()));
                values.add(text(r.summary()));
                values.add(text(reportBaseUrl == null ? r.reportPath() : reportBaseUrl.replaceAll("/+$", "") + "/" + r.reportPath()));
                csv.printRecord(values);
            }
        }
    }

    /** Neutralises spreadsheet formulas in text cells (OWASP "CSV injection"). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
