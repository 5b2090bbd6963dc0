package io.candor.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One closed-lost opportunity from the CRM export. Optional columns are null when absent;
 * columns Candor does not know are kept in {@code attributes} (header to value, in file order).
 */
public record Deal(
        String dealId,
        String dealName,
        String account,
        String ownerName,
        String ownerEmail,
        BigDecimal amount,
        String currency,
        LocalDate closeDate,
        String stage,
        String lossReason,
        String lossReasonDetail,
        String competitor,
        Map<String, String> attributes) {

    public Deal {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
