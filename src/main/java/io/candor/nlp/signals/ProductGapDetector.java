package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Side;
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
 *
 * <p>A lack is a gap only when it is ours. "Doesn't support", "can't", "not there yet" say nothing
 * about whose lack it is; the subject does, read from the speaker's side: "you"/"your" is us when
 * the buyer says it, "we"/"our" is us when the seller says it (a buyer's "we can't scale the current
 * process" is their pain, a seller's "so you don't have to re-approve" is about the buyer). People
 * ("Phil doesn't read long emails", "they don't read email all day") and competitors ("Ledgerly
 * doesn't do statement reconciliation", "their app... it doesn't do much") are never our gap, and
 * "don't have to" is obligation, not a missing capability.
 */
public final class ProductGapDetector implements TurnDetector {

    public static final String GAP = "gap";

    private static final Set<String> STOP = Set.of(",", ".", ";", ":", "!", "?", "and", "but", "which", "so", "because", "yet", "--", "that", "for", "right", "today");
    private static final Set<String> LEADING = Set.of("a", "an", "the", "any", "one", "to", "with", "us", "our", "in");
    private static final int MAX_WORDS = 6;

    /** Pronouns that name the seller's company: "you" from the buyer's mouth, "we" from the seller's. */
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "you're", "y'all");
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "our", "us", "ours", "we're");
    /** Pronouns that stand for the thing being discussed, whoever says them: "it doesn't handle POs". */
    private static final Set<String> THING = Set.of("it", "its", "it's", "this", "that", "there");
    /** Words that point at someone else's product: "their app looks simple because it doesn't do much". */
    private static final Set<String> THEIRS = Set.of("they", "their", "them", "theirs", "they're");
    /** Tokens between a subject and its verb that do not end the subject: "your tool really can't". */
    private static final Set<String> SKIPPABLE_TAGS = Set.of("MD", "RB", "VBZ", "VBP", "VBD", "VB");

    /** Whose lack a cue states, from its subject. */
    private enum Owner { SELLER_COMPANY, BUYER_SIDE, THING, ROADMAP_ITEM, SOMEONE_ELSE }

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        for (CoreSentence sentence : turn.sentences()) {
            gap(sentence, turn.turn().side(), ctx).ifPresent(capability -> out.add(Signals.of(ctx, turn, SignalType.PRODUCT_GAP, GAP, sentence,
                    Signals.details("capability", capability))));
        }
        return out;
    }

    /** The missing capability, if the sentence said by that side states a gap of ours; empty text where the capability cannot be told. */
    static Optional<String> gap(CoreSentence sentence, Side speaker, CallContext ctx) {
        List<CoreLabel> tokens = sentence.tokens();
        if (StatementGuard.isQuestion(tokens)) {
            return Optional.empty();
        }
        boolean aboutCompetitor = !ctx.competitors().find(sentence).isEmpty();
        Optional<PhraseMatcher.Match> lack = ctx.lexicon("product-gap.lacks").findAll(tokens).stream()
                .filter(m -> !ctx.guard().hypotheticalBefore(tokens, m.start()))
                .filter(m -> !obligation(tokens, m))
                .filter(m -> ours(tokens, m, speaker, aboutCompetitor, ctx))
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

    /** "you don't have to re-approve": "have to" is a duty, not a missing feature. */
    private static boolean obligation(List<CoreLabel> tokens, PhraseMatcher.Match m) {
        return m.end() < tokens.size() && tokens.get(m.end() - 1).lemma() != null
                && tokens.get(m.end() - 1).lemma().equalsIgnoreCase("have") && tokens.get(m.end()).word().equalsIgnoreCase("to");
    }

    private static boolean ours(List<CoreLabel> tokens, PhraseMatcher.Match m, Side speaker, boolean aboutCompetitor, CallContext ctx) {
        boolean theirsBefore = tokens.subList(0, m.start()).stream().anyMatch(t -> THEIRS.contains(lower(t)));
        return switch (owner(tokens, m, speaker, ctx)) {
            case SELLER_COMPANY -> true;
            case THING -> !aboutCompetitor && !theirsBefore;
            // "Spanish handwriting is not on the roadmap": the seller speaks of our roadmap; a buyer's own roadmap is theirs.
            case ROADMAP_ITEM -> speaker == Side.SELLER && !aboutCompetitor && !theirsBefore;
            case BUYER_SIDE, SOMEONE_ELSE -> false;
        };
    }

    /** The owner named in the cue itself ("you lack", "missing in your"), else by the subject just before it. */
    private static Owner owner(List<CoreLabel> tokens, PhraseMatcher.Match m, Side speaker, CallContext ctx) {
        for (int i = m.start(); i < m.end(); i++) {
            String w = lower(tokens.get(i));
            if (SECOND_PERSON.contains(w) || FIRST_PERSON_PLURAL.contains(w)) {
                return byPronoun(w, speaker).orElseThrow();
            }
        }
        boolean roadmap = tokens.subList(m.start(), m.end()).stream().anyMatch(t -> lower(t).equals("roadmap"));
        boolean productWord = false;
        boolean commonNoun = false;
        int clauseStart = StatementGuard.clauseStart(tokens, m.start());
        int i = m.start() - 1;
        while (i >= clauseStart && SKIPPABLE_TAGS.contains(tag(tokens.get(i))) && !isNounPhraseWord(tokens.get(i))) {
            i--;
        }
        for (; i >= clauseStart && isNounPhraseWord(tokens.get(i)); i--) {
            CoreLabel t = tokens.get(i);
            Optional<Owner> byPronoun = byPronoun(lower(t), speaker);
            if (byPronoun.isPresent()) {
                return byPronoun.get();
            }
            if (isSellerCompany(t, ctx)) {
                return Owner.SELLER_COMPANY;
            }
            if ("PERSON".equals(t.ner()) || ctx.competitors().isCompetitorName(t.word())) {
                return Owner.SOMEONE_ELSE;
            }
            productWord |= PhraseMatcher.tokenMatchesAny(t, ctx.lexicon("product-gap.product-words"));
            commonNoun |= tag(t).startsWith("NN");
        }
        if (roadmap && commonNoun) {
            return Owner.ROADMAP_ITEM;
        }
        if (productWord || !commonNoun) {
            // "the app can't work offline", or nothing before the cue ("doesn't do Sage, though"): the thing under discussion.
            return Owner.THING;
        }
        return Owner.SOMEONE_ELSE;
    }

    /** Our company's name ("Paperlane doesn't support..."); the buyer's account name is theirs, so not {@code isOwn}. */
    private static boolean isSellerCompany(CoreLabel t, CallContext ctx) {
        String company = ctx.config().company();
        return company != null && !company.isBlank()
                && List.of(company.toLowerCase(Locale.ROOT).split("\\s+")).contains(lower(t));
    }

    private static Optional<Owner> byPronoun(String word, Side speaker) {
        if (SECOND_PERSON.contains(word)) {
            return Optional.of(speaker == Side.SELLER ? Owner.BUYER_SIDE : Owner.SELLER_COMPANY);
        }
        if (FIRST_PERSON_PLURAL.contains(word)) {
            return Optional.of(speaker == Side.SELLER ? Owner.SELLER_COMPANY : Owner.BUYER_SIDE);
        }
        if (THING.contains(word)) {
            return Optional.of(Owner.THING);
        }
        if (Set.of("i", "my", "me", "he", "she", "his", "her", "him").contains(word) || THEIRS.contains(word)) {
            return Optional.of(Owner.SOMEONE_ELSE);
        }
        return Optional.empty();
    }

    /** Words that can make up a subject noun phrase: determiners, adjectives, nouns, pronouns, possessives, numbers. */
    private static boolean isNounPhraseWord(CoreLabel t) {
        String tag = tag(t);
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("PRP") || tag.equals("DT") || tag.equals("EX")
                || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH");
    }

    private static String tag(CoreLabel t) {
        return t.tag() == null ? "" : t.tag();
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
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
