package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People and competitors named in a turn: PERSON_MENTION (label: the linked name, details "title"
 * when a title is said next to the name: "Dana, our controller") and COMPETITOR_MENTION (label: the
 * canonical competitor name). One signal per name per turn.
 */
public final class MentionExtractor implements TurnDetector {

    /** A person named in a sentence, at tokens [start, end). */
    public record PersonSpan(String said, String linked, int start, int end) {
    }

    /** Titles are looked for this many tokens either side of a name: "Dana Whitaker, our VP Finance,". */
    private static final int TITLE_WINDOW = 4;

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        PhraseMatcher titles = ctx.lexicon("mention.titles");
        var out = new ArrayList<Signal>();
        Set<String> seen = new LinkedHashSet<>();
        for (CoreSentence sentence : turn.sentences()) {
            for (CompetitorMatcher.Hit hit : ctx.competitors().find(sentence)) {
                if (seen.add("c:" + hit.name())) {
                    out.add(Signals.of(ctx, turn, SignalType.COMPETITOR_MENTION, hit.name(), sentence, Map.of()));
                }
            }
            List<PersonSpan> people = people(sentence, ctx);
            for (PersonSpan p : people) {
                if (seen.add("p:" + p.linked())) {
                    String title = titleNear(sentence.tokens(), p, people, titles);
                    out.add(Signals.of(ctx, turn, SignalType.PERSON_MENTION, p.linked(), sentence, title == null ? Map.of() : Map.of("title", title)));
                }
            }
        }
        return out;
    }

    /** Named people in a sentence: PERSON entities that are not pronouns, competitors or our own names. */
    public static List<PersonSpan> people(CoreSentence sentence, CallContext ctx) {
        var out = new ArrayList<PersonSpan>();
        for (CoreEntityMention m : CompetitorMatcher.entities(sentence)) {
            if (!m.entityType().equals("PERSON") || isPronoun(m.tokens()) || !Character.isUpperCase(m.text().charAt(0))
                    || ctx.competitors().isCompetitorName(m.text()) || ctx.competitors().isOwn(m.text())) {
                continue;
            }
            int start = AnnotatedTurn.indexOf(m.tokens().get(0));
            String said = PeopleDirectory.clean(m.text());
            out.add(new PersonSpan(said, ctx.people().link(said), start, start + m.tokens().size()));
        }
        return out;
    }

    private static boolean isPronoun(List<CoreLabel> tokens) {
        return tokens.stream().allMatch(t -> t.tag() != null && (t.tag().startsWith("PRP") || t.tag().startsWith("W")));
    }

    private static String titleNear(List<CoreLabel> tokens, PersonSpan p, List<PersonSpan> others, PhraseMatcher titles) {
        PhraseMatcher.Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PhraseMatcher.Match m : titles.findAll(tokens)) {
            int distance = m.start() >= p.end() ? m.start() - p.end() : p.start() - m.end();
            boolean otherPersonBetween = others.stream().anyMatch(o -> o != p
                    && o.start() >= Math.min(m.end(), p.end()) && o.end() <= Math.max(m.start(), p.start()));
            if (distance >= 0 && distance <= TITLE_WINDOW && !otherPersonBetween && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best == null ? null : spanText(tokens, best.start(), best.end());
    }

    static String spanText(List<CoreLabel> tokens, int start, int end) {
        var sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            CoreLabel t = tokens.get(i);
            if (i > start) {
                sb.append(t.before() == null ? " " : t.before());
            }
            sb.append(t.originalText() == null ? t.word() : t.originalText());
        }
        return sb.toString();
    }
}
