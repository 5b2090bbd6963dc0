package io.candor.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * The header names, id shapes and date format of the three deals.csv flavours corpus-format.md
 * says must be accepted as they are: Candor's canonical names, a Salesforce report export and a
 * HubSpot export.
 */
enum CrmExportStyle {
    CANONICAL(List.of("deal_id", "deal_name", "account", "owner_name", "owner_email", "amount", "currency", "close_date",
            "stage", "loss_reason", "loss_reason_detail", "competitor", "region"), "Closed Lost", DateTimeFormatter.ISO_LOCAL_DATE),
    SALESFORCE(List.of("Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Owner Email", "Amount",
            "Opportunity Currency", "Close Date", "Stage", "Loss Reason", "Loss Reason Detail", "Competitor", "Segment"),
            "Closed Lost", DateTimeFormatter.ofPattern("M/d/yyyy")),
    HUBSPOT(List.of("Record ID", "Deal Name", "Associated Company", "Deal owner", "Deal owner email", "Amount", "Currency",
            "Close Date", "Deal Stage", "Closed Lost Reason", "Closed lost reason notes", "Competitor", "Pipeline"),
            "closedlost", DateTimeFormatter.ISO_LOCAL_DATE);

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final List<String> headers;
    private final String lostStage;
    private final DateTimeFormatter dates;

    CrmExportStyle(List<String> headers, String lostStage, DateTimeFormatter dates) {
        this.headers = headers;
        this.lostStage = lostStage;
        this.dates = dates;
    }

    /** Header row: twelve known columns in canonical order, then one column Candor keeps as an attribute. */
    List<String> headers() {
        return headers;
    }

    String extraColumn() {
        return headers.get(headers.size() - 1);
    }

    String lostStage() {
        return lostStage;
    }

    String date(LocalDate date) {
        return date.format(dates);
    }

    /** Deal ids as each CRM makes them: "D-10042", a 15-character Salesforce id, a numeric HubSpot record id. */
    String dealId(int index, Random random) {
        return switch (this) {
            case CANONICAL -> "D-" + (10_001 + index);
            case SALESFORCE -> {
                StringBuilder id = new StringBuilder("0065g00000");
                for (int i = 0; i < 5; i++) {
                    id.append(BASE62.charAt(random.nextInt(BASE62.length())));
                }
                yield id.toString();
            }
            case HUBSPOT -> String.valueOf(9_100_000_000L + index * 7_919L);
        };
    }
}
