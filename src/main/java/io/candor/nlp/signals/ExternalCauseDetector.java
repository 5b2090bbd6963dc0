package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Causes outside the rep's control, said by the buyer:
 * <ul>
 * <li>EXTERNAL_CAUSE budget: budget or spending frozen, cut, capped or pulled ("the board froze all
 * discretionary spending"); not the buyer's "we don't have budget for you", which is an objection;</li>
 * <li>EXTERNAL_CAUSE org_change: acquisition, merger, reorg, new or departed leadership;</li>
 * <li>EXTERNAL_CAUSE priority: the project cancelled, shelved or postponed by the business;</li>
 * <li>PRODUCT_GAP, from {@link ProductGapDetector}, on either side.</li>
 * </ul>
 * One cause per sentence, budget before org change before priority: "the CFO froze all SaaS
 * contracts after the layoffs" is a budget freeze. Questions, hypotheticals ("if the board froze
 * budget"), denials ("we're not being acquired") and old news ("we had a reorg two years ago") do not fire.
 */
public final class ExternalCauseDetector implements TurnDetector {

    public static final String BUDGET = "budget";
    public static final String ORG_CHANGE = "org_change";
    public static final String PRIORITY = "priority";

    private final ProductGapDetector productGaps = new ProductGapDetector();

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        if (turn.isBuyer()) {
            for (CoreSentence sentence : turn.sentences()) {
                cause(sentence.tokens(), ctx).ifPresent(label -> out.add(Signals.of(ctx, turn, SignalType.EXTERNAL_CAUSE, label, sentence, java.util.Map.of())));
            }
        }
        out.addAll(productGaps.detect(turn, ctx));
        return out;
    }

    static Optional<String> cause(List<CoreLabel> tokens, CallContext ctx) {
        if (StatementGuard.isQuestion(tokens) || ctx.lexicon("external.old-news").anyIn(tokens)) {
            return Optional.empty();
        }
        if (asserted(tokens, ctx.lexicon("external.budget-cut"), ctx) && ctx.lexicon("external.budget-nouns").anyIn(tokens)) {
            return Optional.of(BUDGET);
        }
        if (asserted(tokens, ctx.lexicon("external.org-change"), ctx)) {
            return Optional.of(ORG_CHANGE);
        }
        if (asserted(tokens, ctx.lexicon("external.priority"), ctx)) {
            return Optional.of(PRIORITY);
        }
        return Optional.empty();
    }

    private static boolean asserted(List<CoreLabel> tokens, PhraseMatcher cues, CallContext ctx) {
        return cues.findAll(tokens).stream().anyMatch(m -> !ctx.guard().notAsserted(tokens, m.start()));
    }
}
