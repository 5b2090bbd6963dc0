package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DETRACTOR: in a buyer's turn, a stakeholder other than the speaker who favours a competitor
 * (prefers_competitor), opposes the purchase (opposes) or doubts it (doubts). Details: "person"
 * (the linked name or the group as said) and "competitor" (canonical, where one is named).
 *
 * <p>Precision first: a missed detractor costs one finding, a false one accuses a stakeholder. So a
 * view needs a holder said before the cue, a competitor preference needs a competitor in the
 * sentence, and questions, hypotheticals, denials and "…but she came around" do not count.
 */
public final class DetractorDetector implements TurnDetector {

    public static final String PREFERS_COMPETITOR = "prefers_competitor";
    public static final String OPPOSES = "opposes";
    public static final String DOUBTS = "doubts";

    private record Stance(String label, PhraseMatcher.Match cue) {
    }

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        if (!turn.isBuyer()) {
            return List.of();
        }
        var cues = new Cues(ctx);
        var out = new ArrayList<Signal>();
        StakeholderFinder.Holder previousHolder = null;
        for (CoreSentence sentence : turn.sentences()) {
            List<StakeholderFinder.Holder> holders = cues.stakeholders.find(sentence, ctx);
            detect(sentence, holders, previousHolder, cues, ctx).ifPresent(d -> out.add(Signals.of(ctx, turn, SignalType.DETRACTOR, d.label(), sentence, d.details())));
            if (!holders.isEmpty()) {
                previousHolder = holders.get(0);
            }
        }
        return out;
    }

    private record Detected(String label, java.util.Map<String, String> details) {
    }

    private Optional<Detected> detect(CoreSentence sentence, List<StakeholderFinder.Holder> holders,
                                      StakeholderFinder.Holder previous, Cues cues, CallContext ctx) {
        List<CoreLabel> tokens = sentence.tokens();
        if (StatementGuard.isQuestion(tokens)) {
            return Optional.empty();
        }
        List<CompetitorMatcher.Hit> competitors = ctx.competitors().find(sentence);
        Optional<Stance> stance = stance(tokens, competitors, cues, ctx.guard());
        if (stance.isEmpty()) {
            return Optional.empty();
        }
        int cueStart = stance.get().cue().start();
        Optional<StakeholderFinder.Holder> holder = StakeholderFinder.before(holders, cueStart);
        if (holder.isEmpty() && previous != null && StakeholderFinder.pronounBefore(tokens, cueStart)) {
            holder = Optional.of(previous);
        }
        if (holder.isEmpty() || cues.positive.findAll(tokens).stream().anyMatch(m -> m.start() > cueStart)) {
            return Optional.empty();
        }
        String competitor = competitors.isEmpty() ? null : competitors.get(0).name();
        return Optional.of(new Detected(stance.get().label(), Signals.details("person", holder.get().name(), "competitor", competitor)));
    }

    /** The first asserted cue: a competitor preference (only with a competitor named), else opposition, else doubt. */
    private static Optional<Stance> stance(List<CoreLabel> tokens, List<CompetitorMatcher.Hit> competitors, Cues cues, StatementGuard guard) {
        if (!competitors.isEmpty()) {
            Optional<Stance> prefers = asserted(tokens, cues.prefers, PREFERS_COMPETITOR, guard);
            if (prefers.isPresent()) {
                return prefers;
            }
        }
        Optional<Stance> opposes = asserted(tokens, cues.opposes, OPPOSES, guard);
        return opposes.isPresent() ? opposes : asserted(tokens, cues.doubts, DOUBTS, guard);
    }

    private static Optional<Stance> asserted(List<CoreLabel> tokens, PhraseMatcher matcher, String label, StatementGuard guard) {
        return matcher.findAll(tokens).stream()
                .filter(m -> !guard.notAsserted(tokens, m.start()))
                .findFirst()
                .map(m -> new Stance(label, m));
    }

    /** The lexicons this detector reads, looked up once per turn. */
    private static final class Cues {
        final PhraseMatcher prefers;
        final PhraseMatcher opposes;
        final PhraseMatcher doubts;
        final PhraseMatcher positive;
        final StakeholderFinder stakeholders;

        Cues(CallContext ctx) {
            prefers = ctx.lexicon("detractor.prefers-competitor");
            opposes = ctx.lexicon("detractor.opposes");
            doubts = ctx.lexicon("detractor.doubts");
            positive = ctx.lexicon("detractor.came-around");
            stakeholders = new StakeholderFinder(ctx);
        }
    }
}
