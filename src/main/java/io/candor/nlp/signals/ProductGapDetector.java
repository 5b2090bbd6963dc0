package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PRODUCT_GAP gap: a capability the buyer needs that we lack, said by either side ("you don't
 * support on-prem", "we don't have a native Dynamics connector"). Details "capability": what the
 * buyer said they need where they said it ("we need data residency in Canada and you only host in
 * the US"), else the words after the lack ("doesn't handle purchase orders"). Questions ("do you
 * have an on-prem version?") and hypotheticals are not gaps.
 */
public final class ProductGapDetector implements TurnDetector {

    public static final String GAP = "gap";

    private static final Set<String> STOP = Set.of(",", ".", ";", ":", "!", "?", "and", "but", "which", "so", "because", "yet", "--", "that", "for", "right", "today");
    private static final Set<String> LEADING = Set.of("a", "an", "the", "any", "one", "to", "with", "us", "our", "in");
    private static final int MAX_WORDS = 6;

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        for (CoreSentence sentence : turn.sentences()) {
            gap(sentence, ctx).ifPresent(capability -> out.add(Signals.of(ctx, turn, SignalType.PRODUCT_GAP, GAP, sentence,
                    Signals.details("capability", capability))));
        }
        return out;
    }

    /** The missing capability, if the sentence states a gap; empty text where the capability cannot be told. */
    static Optional<String> gap(CoreSentence sentence, CallContext ctx) {
        List<CoreLabel> tokens = sentence.tokens();
        if (StatementGuard.isQuestion(tokens)) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match> lack = ctx.lexicon("product-gap.lacks").findAll(tokens).stream()
                .filter(m -> !ctx.guard().hypotheticalBefore(tokens, m.start()))
                .findFirst();
        if (lack.isEmpty()) {
            return Optional.empty();
        }
        Optional<PhraseMatcher.Match> need = ctx.lexicon("product-gap.need").findAll(tokens).stream()
                .filter(m -> m.end() <= lack.get().start()).findFirst();
        String capability = need.map(m -> phraseAfter(tokens, m.end())).filter(s -> !s.isEmpty())
                .orElseGet(() -> phraseAfter(tokens, lack.get().end()));
        return Optional.of(capability);
    }

    /** A short noun phrase starting at from: up to a clause break, leading articles dropped. */
    private static String phraseAfter(List<CoreLabel> tokens, int from) {
        int start = from;
        while (start < tokens.size() && LEADING.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && end - start < MAX_WORDS && !STOP.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
            end++;
        }
        return end > start ? MentionExtractor.spanText(tokens, start, end) : "";
    }
}
