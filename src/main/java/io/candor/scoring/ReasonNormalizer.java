package io.candor.scoring;

import io.candor.config.CandorConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CRM loss reason, picklist value or free text, as one of Candor's reasons: budget, timing,
 * no_decision, competitor, product, price, other, or blank. The phrases are lexicons
 * ({@code loss-reason-*}), so a team's own picklist is a config change.
 */
public final class ReasonNormalizer {

    public static final String BUDGET = "budget";
    public static final String TIMING = "timing";
    public static final String NO_DECISION = "no_decision";
    public static final String COMPETITOR = "competitor";
    public static final String PRODUCT = "product";
    public static final String PRICE = "price";
    public static final String OTHER = "other";
    public static final String BLANK = "blank";

    /** Checked in this order: "Lost to competitor on price" is a competitor loss; "No budget for the product" a budget one. */
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();

    public ReasonNormalizer(CandorConfig config) {
        phrases.put(COMPETITOR, lower(config.lexicon("loss-reason-competitor")));
        phrases.put(PRICE, lower(config.lexicon("loss-reason-price")));
        phrases.put(BUDGET, lower(config.lexicon("loss-reason-budget")));
        phrases.put(TIMING, lower(config.lexicon("loss-reason-timing")));
        phrases.put(NO_DECISION, lower(config.lexicon("loss-reason-no-decision")));
        phrases.put(PRODUCT, lower(config.lexicon("loss-reason-product")));
    }

    public String normalize(String lossReason) {
        if (lossReason == null || lossReason.isBlank()) {
            return BLANK;
        }
        String text = lossReason.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (var e : phrases.entrySet()) {
            if (e.getValue().stream().anyMatch(text::contains)) {
                return e.getKey();
            }
        }
        return OTHER;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')).toList();
    }
}
