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
        String previousCompetitor = null;
        for (CoreSentence sentence : turn.sentences()) {
            List<StakeholderFinder.Holder> holders = cues.stakeholders.find(sentence, ctx);
            List<CoreLabel> tokens = sentence.tokens();
            List<CompetitorMatcher.Hit> competitors = ctx.competitors().find(sentence);
            if (!StatementGuard.isQuestion(tokens)) {
                for (int[] part : parts(tokens)) {
                    Optional<Detected> d = detect(tokens, part, holders, competitors, previousHolder, previousCompetitor, cues, ctx);
                    d.ifPresent(x -> out.add(Signals.of(ctx, turn, SignalType.DETRACTOR, x.label(), sentence, x.details())));
                    previousHolder = holders.stream().filter(h -> h.start() >= part[0] && h.end() <= part[1]).findFirst().orElse(previousHolder);
                }
            }
            if (!holders.isEmpty()) {
                previousHolder = holders.get(0);
            }
            if (!competitors.isEmpty()) {
                previousCompetitor = competitors.get(competitors.size() - 1).name();
            }
        }
        return out;
    }

    private record Detected(String label, java.util.Map<String, String> details) {
    }

    /** A sentence joining two views ("our CFO thinks it's too pricey, and Sally loves Acme") is read part by part. */
    private static List<int[]> parts(List<CoreLabel> tokens) {
        var out = new ArrayList<int[]>();
        int start = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).word();
            String next = tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(";") || (w.equals(",") && (next.equals("and") || next.equals("but")))) {
                out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        out.add(new int[]{start, tokens.size()});
        return out;
    }

    private Optional<Detected> detect(List<CoreLabel> tokens, int[] part, List<StakeholderFinder.Holder> holders,
                                      List<CompetitorMatcher.Hit> allCompetitors, StakeholderFinder.Holder previous,
                                      String previousCompetitor, Cues cues, CallContext ctx) {
        // A part without a competitor of its own may refer back to one ("...Ledgerly folks, and she really likes them"),
        // also across sentences of the turn: "Victor's been talking about Ledgerly. He keeps saying we should go with them."
        List<CompetitorMatcher.Hit> own = allCompetitors.stream().filter(h -> h.start() >= part[0] && h.end() <= part[1]).toList();
        List<CompetitorMatcher.Hit> competitors = own.isEmpty() ? allCompetitors.stream().filter(h -> h.end() <= part[0]).toList() : own;
        if (competitors.isEmpty() && previousCompetitor != null
                && cues.competitorAnaphora.findAll(tokens).stream().anyMatch(m -> m.start() >= part[0] && m.end() <= part[1])) {
            competitors = List.of(new CompetitorMatcher.Hit(previousCompetitor, part[0], part[0]));
        }
        Optional<Stance> stance = stance(tokens, part, competitors, cues, ctx.guard());
        if (stance.isEmpty()) {
            return Optional.empty();
        }
        int cueStart = stance.get().cue().start();
        Optional<StakeholderFinder.Holder> holder = StakeholderFinder.before(
                holders.stream().filter(h -> h.start() >= part[0]).toList(), cueStart);
        if (holder.isEmpty() && previous != null && StakeholderFinder.pronounBefore(tokens, part[0], cueStart)) {
            holder = Optional.of(previous);
        }
        if (holder.isEmpty() || cues.positive.findAll(tokens).stream().anyMatch(m -> m.start() > cueStart)) {
            return Optional.empty();
        }
        String competitor = competitors.isEmpty() ? null : competitors.get(0).name();
        return Optional.of(new Detected(stance.get().label(), Signals.details("person", holder.get().name(), "competitor", competitor)));
    }

    /** The first asserted cue in the part: a competitor preference (only with a competitor named), else opposition, else doubt. */
    private static Optional<Stance> stance(List<CoreLabel> tokens, int[] part, List<CompetitorMatcher.Hit> competitors, Cues cues, StatementGuard guard) {
        if (!competitors.isEmpty()) {
            Optional<Stance> prefers = asserted(tokens, part, cues.prefers, PREFERS_COMPETITOR, guard);
            if (prefers.isPresent()) {
                return prefers;
            }
        }
        // Opposition or doubt aimed at a competitor ("Deepa was skeptical of DocuFlow's pricing") is no view against us.
        List<CompetitorMatcher.Hit> all = competitors;
        Optional<Stance> opposes = asserted(tokens, part, cues.opposes, OPPOSES, guard, cues).filter(s -> !aimedAtCompetitor(s, all));
        return opposes.isPresent() ? opposes
                : asserted(tokens, part, cues.doubts, DOUBTS, guard, cues).filter(s -> !aimedAtCompetitor(s, all));
    }

    /** A competitor named right after the cue is what the stance is about: "against Acme", "wary of Zendara's pricing". */
    private static boolean aimedAtCompetitor(Stance stance, List<CompetitorMatcher.Hit> competitors) {
        int end = stance.cue().end();
        return competitors.stream().anyMatch(c -> c.start() >= end && c.start() <= end + COMPETITOR_OBJECT_WINDOW);
    }

    private static final int COMPETITOR_OBJECT_WINDOW = 2;

    private static Optional<Stance> asserted(List<CoreLabel> tokens, int[] part, PhraseMatcher matcher, String label, StatementGuard guard) {
        return asserted(tokens, part, matcher, label, guard, null);
    }

    /** The first cue in the part that is asserted and not one of detractor.not-stances ("pushed back the meeting"). */
    private static Optional<Stance> asserted(List<CoreLabel> tokens, int[] part, PhraseMatcher matcher, String label, StatementGuard guard, Cues cues) {
        List<PhraseMatcher.Match> excluded = cues == null ? List.of() : cues.notStances.findAll(tokens);
        return matcher.findAll(tokens).stream()
                .filter(m -> m.start() >= part[0] && m.end() <= part[1])
                .filter(m -> !guard.notAsserted(tokens, m.start()))
                .filter(m -> excluded.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()))
                .findFirst()
                .map(m -> new Stance(label, m));
    }

    /** The lexicons this detector reads, looked up once per turn. */
    private static final class Cues {
        final PhraseMatcher prefers;
        final PhraseMatcher opposes;
        final PhraseMatcher doubts;
        final PhraseMatcher positive;
        final PhraseMatcher competitorAnaphora;
        final PhraseMatcher notStances;
        final StakeholderFinder stakeholders;

        Cues(CallContext ctx) {
            prefers = ctx.lexicon("detractor.prefers-competitor");
            opposes = ctx.lexicon("detractor.opposes");
            doubts = ctx.lexicon("detractor.doubts");
            positive = ctx.lexicon("detractor.came-around");
            competitorAnaphora = ctx.lexicon("detractor.competitor-anaphora");
            notStances = ctx.lexicon("detractor.not-stances");
            stakeholders = new StakeholderFinder(ctx);
        }
    }
}
