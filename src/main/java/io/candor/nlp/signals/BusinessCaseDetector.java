package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Business-case talk, either side:
 * <ul>
 * <li>BUSINESS_CASE roi | cost_of_inaction | payback | savings, only with a figure in the same
 * sentence (a MONEY, PERCENT, NUMBER or DURATION entity, or "3x"); "the ROI is great" is not a
 * business case. Details "figure". Stated requirements ("we'd need to see 20% savings") are not one.</li>
 * <li>ECONOMIC_BUYER cfo | finance | procurement | economic_buyer, details "person" where a name is said next to it.</li>
 * <li>JUSTIFICATION_ASK ask: a buyer asks how to justify the spend ("how do I sell this to my CFO").</li>
 * </ul>
 */
public final class BusinessCaseDetector implements TurnDetector {

    public static final String ASK = "ask";

    /** Checked in this order: "you break even after $14 saved per invoice" is payback, not savings. */
    private static final Map<String, String> CASES = orderedMap(
            "business-case.payback", "payback",
            "business-case.roi", "roi",
            "business-case.cost-of-inaction", "cost_of_inaction",
            "business-case.savings", "savings");
    private static final Map<String, String> ECONOMIC_BUYERS = orderedMap(
            "business-case.economic-buyer.cfo", "cfo",
            "business-case.economic-buyer.finance", "finance",
            "business-case.economic-buyer.procurement", "procurement",
            "business-case.economic-buyer.signer", "economic_buyer");
    private static final List<String> FIGURE_TYPES = List.of("MONEY", "PERCENT", "NUMBER", "DURATION");
    private static final Pattern MULTIPLIER = Pattern.compile("(?i)^\\d+(\\.\\d+)?x$");
    private static final int PERSON_WINDOW = 4;

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        Set<String> economicBuyersSeen = new HashSet<>();
        for (CoreSentence sentence : turn.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            // No negation guard: "I don't know how to get this past finance" is the ask itself.
            boolean ask = turn.isBuyer() && isJustificationAsk(tokens, ctx);
            if (ask) {
                out.add(Signals.of(ctx, turn, SignalType.JUSTIFICATION_ASK, ASK, sentence, Map.of()));
            } else {
                businessCase(sentence, ctx).ifPresent(e -> out.add(Signals.of(ctx, turn, SignalType.BUSINESS_CASE, e.getKey(), sentence,
                        Map.of("figure", e.getValue()))));
            }
            for (var eb : ECONOMIC_BUYERS.entrySet()) {
                Optional<PhraseMatcher.Match> m = ctx.lexicon(eb.getKey()).first(tokens);
                if (m.isPresent() && economicBuyersSeen.add(eb.getValue())) {
                    out.add(Signals.of(ctx, turn, SignalType.ECONOMIC_BUYER, eb.getValue(), sentence,
                            Signals.details("person", personNear(sentence, m.get(), ctx))));
                }
            }
        }
        return out;
    }

    /**
     * An ask cue ("how do I sell this to", "justify"), or the business case named in a request: a question
     * or a need ("Colleen will want a business case", "do you have a template for the business case?").
     * Naming it otherwise is talk about one, not an ask: "the business case was good".
     */
    private static boolean isJustificationAsk(List<CoreLabel> tokens, CallContext ctx) {
        // "No need for a business case", "I don't need to justify anything": the buyer says there is nothing to justify.
        if (ctx.lexicon("business-case.no-justification-need").anyIn(tokens)) {
            return false;
        }
        if (ctx.lexicon("business-case.justification-ask").anyIn(tokens)) {
            return true;
        }
        return ctx.lexicon("business-case.justification-topic").anyIn(tokens)
                && (StatementGuard.isQuestion(tokens) || ctx.lexicon("business-case.justification-need").anyIn(tokens));
    }

    /** The kind of business case and its figure, if the sentence makes one. */
    static Optional<Map.Entry<String, String>> businessCase(CoreSentence sentence, CallContext ctx) {
        List<CoreLabel> tokens = sentence.tokens();
        if (ctx.lexicon("business-case.requirement").anyIn(tokens)) {
            return Optional.empty();
        }
        for (var c : CASES.entrySet()) {
            if (ctx.lexicon(c.getKey()).anyIn(tokens)) {
                Optional<String> figure = figure(sentence, c.getValue().equals("payback"));
                if (figure.isPresent()) {
                    return Optional.of(Map.entry(c.getValue(), figure.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence's figure: money first, then a percentage, a multiplier, a number, a duration (first for payback). */
    private static Optional<String> figure(CoreSentence sentence, boolean durationFirst) {
        List<String> order = durationFirst ? List.of("DURATION", "MONEY", "PERCENT", "NUMBER") : FIGURE_TYPES;
        for (String type : order) {
            for (CoreEntityMention m : CompetitorMatcher.entities(sentence)) {
                if (m.entityType().equals(type) && m.tokens().stream().anyMatch(t -> !"DT".equals(t.tag())) && !vagueDuration(m)
                        && !spanOfTime(m, sentence.tokens()) && !smallCount(m, sentence.tokens())) {
                    return Optional.of(m.text());
                }
            }
            if (type.equals("PERCENT")) {
                Optional<String> times = sentence.tokens().stream().map(CoreLabel::word).filter(w -> MULTIPLIER.matcher(w).matches()).findFirst();
                if (times.isPresent()) {
                    return times;
                }
            }
        }
        return Optional.empty();
    }

    /** "I'd been fighting for it for two years": a duration after "for" says how long something lasted, not what it saves. */
    private static boolean spanOfTime(CoreEntityMention m, List<CoreLabel> tokens) {
        int start = AnnotatedTurn.indexOf(m.tokens().get(0));
        return m.entityType().equals("DURATION") && start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("for");
    }

    /**
     * A count of one or two things ("one clerk", "we lost two people", "one bad fraud") or "for one" is
     * ordinary talk, not a quantified business case. A decimal ("2.5 times") is a ratio and a number after
     * its noun ("year one") names a point in time: both stay figures.
     */
    private static boolean smallCount(CoreEntityMention m, List<CoreLabel> tokens) {
        if (!m.entityType().equals("NUMBER")) {
            return false;
        }
        String value = m.coreMap().get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value == null) {
            value = m.tokens().get(0).get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        double n;
        try {
            n = value == null ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return false;
        }
        if (!(n == 1 || n == 2)) {
            return false;
        }
        int start = AnnotatedTurn.indexOf(m.tokens().get(0));
        int end = start + m.tokens().size();
        boolean forOne = start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("for");
        boolean countsAThing = false;
        for (int i = end; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag() == null ? "" : tokens.get(i).tag();
            if (tag.startsWith("NN")) {
                countsAThing = true;
                break;
            }
            if (!tag.startsWith("JJ") && !tag.equals("HYPH")) {
                break;
            }
        }
        return forOne || countsAThing;
    }

    /** "a while", "years": a duration without a number is not a figure. */
    private static boolean vagueDuration(CoreEntityMention m) {
        return m.entityType().equals("DURATION") && m.tokens().stream().noneMatch(t -> "CD".equals(t.tag()) || t.word().matches("(?i)a|an|one"));
    }

    private static String personNear(CoreSentence sentence, PhraseMatcher.Match role, CallContext ctx) {
        for (MentionExtractor.PersonSpan p : MentionExtractor.people(sentence, ctx)) {
            int distance = p.start() >= role.end() ? p.start() - role.end() : role.start() - p.end();
            if (distance >= 0 && distance <= PERSON_WINDOW) {
                return p.linked();
            }
        }
        return null;
    }

    private static Map<String, String> orderedMap(String... kv) {
        var m = new LinkedHashMap<String, String>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
