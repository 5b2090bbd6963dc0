package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a view in a buyer's sentence: a named person ("Sally"), a role or group ("our CFO",
 * "IT", "procurement", "the warehouse team"). The speaker ("I", "we") is never a stakeholder here:
 * a view the speaker states is handled in the conversation, not hidden from the seller.
 */
final class StakeholderFinder {

    /** A stakeholder at tokens [start, end); person is true for a named person. */
    record Holder(String name, int start, int end, boolean person) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "our", "my", "their", "his", "her", "a", "an", "all", "some", "those", "these");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

    private final PhraseMatcher groups;
    private final PhraseMatcher groupNouns;

    StakeholderFinder(CallContext ctx) {
        this.groups = ctx.lexicon("detractor.groups");
        this.groupNouns = ctx.lexicon("detractor.group-nouns");
    }

    /** Stakeholders of the sentence, named people first, then groups, each in order of appearance. */
    List<Holder> find(CoreSentence sentence, CallContext ctx) {
        List<CoreLabel> tokens = sentence.tokens();
        var people = new ArrayList<Holder>();
        for (MentionExtractor.PersonSpan p : MentionExtractor.people(sentence, ctx)) {
            people.add(new Holder(p.linked(), p.start(), p.end(), true));
        }
        var groupHolders = new ArrayList<Holder>();
        for (PhraseMatcher.Match m : groups.findAll(tokens)) {
            groupHolders.add(new Holder(MentionExtractor.spanText(tokens, m.start(), m.end()), m.start(), m.end(), false));
        }
        for (PhraseMatcher.Match m : groupNouns.findAll(tokens)) {
            if (groupHolders.stream().noneMatch(g -> g.start() <= m.start() && m.start() < g.end())) {
                int start = modifierStart(tokens, m.start());
                boolean determined = start > 0 && DETERMINERS.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT));
                if (start < m.start() || determined) {
                    groupHolders.add(new Holder(MentionExtractor.spanText(tokens, start, m.end()), start, m.end(), false));
                }
            }
        }
        unrecognisedNames(tokens, ctx).stream()
                .filter(n -> people.stream().noneMatch(p -> p.start() <= n.start() && n.start() < p.end()))
                .forEach(people::add);
        people.sort(Comparator.comparingInt(Holder::start));
        groupHolders.sort(Comparator.comparingInt(Holder::start));
        people.addAll(groupHolders);
        return people;
    }

    /**
     * Names CoreNLP's NER misses ("Priya's team", "Priya keeps telling everyone"): a capitalised
     * proper noun outside any entity, not a competitor, our company, a role or a calendar word,
     * followed by a possessive or a verb.
     */
    private List<Holder> unrecognisedNames(List<CoreLabel> tokens, CallContext ctx) {
        var out = new ArrayList<Holder>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String next = tokens.get(i + 1).tag() == null ? "" : tokens.get(i + 1).tag();
            boolean properNoun = "NNP".equals(t.tag()) && "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0))
                    && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
            boolean followedRight = next.equals("POS") || next.startsWith("VB") || next.equals("MD");
            if (properNoun && followedRight && !ctx.competitors().isCompetitorName(t.word()) && !ctx.competitors().isOwn(t.word())
                    && !PhraseMatcher.tokenMatchesAny(t, groups) && (i == 0 || !"NNP".equals(tokens.get(i - 1).tag()))) {
                out.add(new Holder(ctx.people().link(t.word()), i, i + 1, true));
            }
        }
        return out;
    }

    /** The holder of a view expressed at cueStart: the first named person before it, else the first group before it. */
    static Optional<Holder> before(List<Holder> holders, int cueStart) {
        return holders.stream().filter(h -> h.end() <= cueStart).findFirst();
    }

    /** "she's vocal about it": a he/she/they before the cue, standing for someone named earlier in the turn. */
    static boolean pronounBefore(List<CoreLabel> tokens, int from, int cueStart) {
        for (int i = from; i < cueStart && i < tokens.size(); i++) {
            if (THIRD_PERSON.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the warehouse team": back over nouns and adjectives to the determiner, the determiner not included. */
    private static int modifierStart(List<CoreLabel> tokens, int noun) {
        int i = noun;
        while (i > 0) {
            CoreLabel prev = tokens.get(i - 1);
            String tag = prev.tag() == null ? "" : prev.tag();
            if (DETERMINERS.contains(prev.word().toLowerCase(Locale.ROOT)) || !(tag.startsWith("NN") || tag.startsWith("JJ"))) {
                break;
            }
            i--;
        }
        return i;
    }
}
