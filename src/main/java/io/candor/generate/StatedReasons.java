package io.candor.generate;



import io.candor.domain.CauseCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the CRM says the deal was lost to. External causes are usually reported truthfully; a rep's
 * own failures hide behind the usual cover stories, which is the gap Candor exists to show.
 */
final class StatedReasons {

    private static final List<String> COVER_STORIES = List.of("Budget", "Timing", "Went dark", "No decision", "Price");

    private StatedReasons() {
    }

    static String pick(Set<CauseCode> causes, boolean competitorInDeal, Random random) {
        if (causes.contains(CauseCode.EXTERNAL_BUDGET)) {
            return "Budget";
        }
        if (causes.contains(CauseCode.EXTERNAL_ORG_CHANGE)) {
            return random.nextBoolean() ? "No decision" : "Timing";
        }
        if (causes.contains(CauseCode.EXTERNAL_PRIORITY)) {
            return "Timing";
        }
        if (causes.contains(CauseCode.PRODUCT_GAP)) {
            return random.nextBoolean() ? "Product fit" : "Missing feature";
        }
        List<String> stories = new ArrayList<>(COVER_STORIES);
        if (competitorInDeal) {
            stories.add("Lost to competitor");
            stories.add("Lost to competitor");
        }
        return Vocabulary.pick(random, stories);
    }

    static String detail(String reason, Random random) {
        return switch (reason) {
            case "Budget" -> Vocabulary.pick(random, List.of("No budget this year", "Budget frozen", ""));
            case "Timing" -> Vocabulary.pick(random, List.of("Revisit next fiscal year", "Pushed to Q3", ""));
            case "Went dark" -> Vocabulary.pick(random, List.of("No response after proposal", "Champion stopped replying"));
            case "Lost to competitor" -> "Chose a cheaper option";
            default -> "";
        };
    }
}
