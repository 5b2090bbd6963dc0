package io.candor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deals.csv fields Candor knows, each with the header Salesforce report exports and HubSpot
 * exports give it (corpus-format.md), so those files work unchanged.
 */
enum DealColumn {
    DEAL_ID("deal_id", true, "Opportunity ID", "Record ID"),
    DEAL_NAME("deal_name", false, "Opportunity Name", "Deal Name"),
    ACCOUNT("account", false, "Account Name", "Associated Company"),
    OWNER_NAME("owner_name", true, "Opportunity Owner", "Deal owner"),
    OWNER_EMAIL("owner_email", false, "Owner Email", "Deal owner email"),
    AMOUNT("amount", false, "Amount", "Amount"),
    CURRENCY("currency", false, "Opportunity Currency", "Currency"),
    CLOSE_DATE("close_date", false, "Close Date", "Close Date"),
    STAGE("stage", false, "Stage", "Deal Stage"),
    LOSS_REASON("loss_reason", false, "Loss Reason", "Closed Lost Reason"),
    LOSS_REASON_DETAIL("loss_reason_detail", false, "Loss Reason Detail", "Closed lost reason notes"),
    COMPETITOR("competitor", false, "Competitor", "Competitor");

    final String canonical;
    final boolean required;
    private final String salesforce;
    private final String hubspot;

    DealColumn(String canonical, boolean required, String salesforce, String hubspot) {
        this.canonical = canonical;
        this.required = required;
        this.salesforce = salesforce;
        this.hubspot = hubspot;
    }

    /** Headers tried in order: the candor.yml mapping, the canonical name, Salesforce, HubSpot. */
    List<String> acceptedHeaders(Map<String, String> configured) {
        List<String> names = new ArrayList<>();
        if (configured.containsKey(canonical)) {
            names.add(configured.get(canonical));
        }
        names.add(canonical);
        names.add(salesforce);
        if (!hubspot.equals(salesforce)) {
            names.add(hubspot);
        }
        return names;
    }

    static DealColumn byCanonical(String name) {
        for (DealColumn c : values()) {
            if (c.canonical.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
