package io.candor.generate;

import static io.candor.generate.Vocabulary.pick;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Template values for one call: the deal's words plus this call's figures and dates. */
final class CallWords {

    private static final Pattern FIGURE = Pattern.compile("\\$[0-9][0-9,]*|[0-9]+ ?%|[0-9]+ months");

    private CallWords() {
    }

    static Map<String, String> of(DealPlan plan, int callNo, Random random) {
        Map<String, String> words = new HashMap<>(plan.words());
        words.put("buyer_first", plan.champion().firstName());
        if (plan.competitor() != null) {
            words.put("competitor", plan.competitor().name());
            // Buyers often use an alias ("Zen Dara"): detection must map it back to the canonical name.
            words.put("competitor_said", random.nextInt(4) == 0 ? pick(random, plan.competitor().allNames()) : plan.competitor().name());
        } else {
            words.put("competitor", "another vendor");
            words.put("competitor_said", "another vendor");
        }
        if (plan.detractor() != null) {
            words.put("detractor", plan.detractor().name());
            words.put("detractor_title", plan.detractor().title());
        }
        words.put("figure", String.format(Locale.ROOT, "$%,d", 1_000 * (20 + random.nextInt(400))));
        words.put("percent", (15 + random.nextInt(60)) + "%");
        words.put("months", String.valueOf(4 + random.nextInt(14)));
        LocalDate day = LocalDate.ofInstant(plan.callStarts().get(callNo), ZoneOffset.UTC);
        LocalDate event = day.plusDays(30 + random.nextInt(150));
        words.put("event_date", monthDay(event));
        words.put("event_iso", event.toString());
        LocalDate next = day.plusDays(2 + random.nextInt(12));
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        words.put("next_iso", next.toString());
        words.put("weekday", next.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        words.put("date_text", monthDay(next));
        words.put("day_ordinal", ordinal(next.getDayOfMonth()));
        words.put("hour", pick(random, List.of("10am", "11:30", "2pm", "3:15", "9 o'clock")));
        return words;
    }

    /** The figure a business-case sentence quotes ("$240,000", "30%", "9 months"). */
    static String figureIn(String sentence) {
        Matcher m = FIGURE.matcher(sentence);
        return m.find() ? m.group() : "";
    }

    private static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    private static String ordinal(int day) {
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }
}
