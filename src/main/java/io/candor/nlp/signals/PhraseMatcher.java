package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds lexicon phrases in CoreNLP tokens on token boundaries. A phrase token matches a token's
 * lower-cased word or its lemma, so "sign off" also finds "signed off"; contractions are spelled out
 * the way CoreNLP splits them ("won't" matches "wo n't" through the lemmas "will not"); "*" matches
 * any one token; an all-capital phrase token ("IT") matches only that exact word, because "it" the
 * pronoun is everywhere.
 */
public final class PhraseMatcher {

    /** A phrase found at tokens [start, end). */
    public record Match(int start, int end, String phrase) {
    }

    /** "you are missing" must find "you 're missing": auxiliaries are compared by lemma. */
    private static final java.util.Map<String, String> AUXILIARY_LEMMAS = java.util.Map.of(
            "is", "be", "are", "be", "am", "be", "was", "be", "were", "be", "has", "have", "does", "do", "did", "do");

    private final List<String> phrases;
    private final List<String[]> compiled;
    private final boolean wordsOnly;

    private PhraseMatcher(List<String> phrases, boolean wordsOnly) {
        this.phrases = List.copyOf(phrases);
        this.compiled = phrases.stream().map(PhraseMatcher::tokenize).toList();
        this.wordsOnly = wordsOnly;
    }

    public static PhraseMatcher of(List<String> phrases) {
        return new PhraseMatcher(phrases, false);
    }

    /** Names, not words: matched on the word as said, case-insensitively, never on a lemma ("Acmes" is not "Acme"). */
    public static PhraseMatcher names(List<String> names) {
        return new PhraseMatcher(names, true);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Every match, longest first where two start at one token, in token order. */
    public List<Match> findAll(List<CoreLabel> tokens) {
        var out = new ArrayList<Match>();
        for (int i = 0; i < tokens.size(); i++) {
            Match best = null;
            for (int p = 0; p < compiled.size(); p++) {
                String[] phrase = compiled.get(p);
                if (phrase.length > 0 && matchesAt(tokens, i, phrase, wordsOnly)
                        && (best == null || phrase.length > best.end() - best.start())) {
                    best = new Match(i, i + phrase.length, phrases.get(p));
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    public Optional<Match> first(List<CoreLabel> tokens) {
        List<Match> all = findAll(tokens);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public boolean anyIn(List<CoreLabel> tokens) {
        return !findAll(tokens).isEmpty();
    }

    private static boolean matchesAt(List<CoreLabel> tokens, int start, String[] phrase, boolean wordsOnly) {
        if (start + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            boolean match = wordsOnly ? normalize(tokens.get(start + k).word()).equalsIgnoreCase(phrase[k]) : tokenMatches(tokens.get(start + k), phrase[k]);
            if (!match) {
                return false;
            }
        }
        return true;
    }

    static boolean tokenMatches(CoreLabel token, String want) {
        if (want.equals("*")) {
            return true;
        }
        String word = normalize(token.word());
        if (isAcronym(want)) {
            return word.equals(want);
        }
        String lower = AUXILIARY_LEMMAS.getOrDefault(want.toLowerCase(Locale.ROOT), want.toLowerCase(Locale.ROOT));
        String lemma = token.lemma() == null ? "" : normalize(token.lemma()).toLowerCase(Locale.ROOT);
        return word.toLowerCase(Locale.ROOT).equals(lower) || lemma.equals(lower)
                || (lower.equals("not") && word.equalsIgnoreCase("n't"));
    }

    /** Whether one token is, on its own, any one-token phrase of the matcher. */
    static boolean tokenMatchesAny(CoreLabel token, PhraseMatcher matcher) {
        return matcher.compiled.stream().anyMatch(p -> p.length == 1 && tokenMatches(token, p[0]));
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static String normalize(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Splits a lexicon phrase the way CoreNLP tokenizes speech, contractions spelled out. */
    static String[] tokenize(String phrase) {
        String p = " " + normalize(phrase).strip() + " ";
        p = p.replaceAll("(?i) won't ", " will not ").replaceAll("(?i) can't ", " can not ")
                .replaceAll("(?i)n't ", " not ")
                .replaceAll("(?i)'(s|re|ll|d|ve|m) ", " '$1 ")
                .replaceAll("([,.;:!?])", " $1 ")
                .replaceAll("(\\p{L})-(\\p{L})", "$1 - $2");
        var out = new ArrayList<String>();
        for (String t : p.strip().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            out.add(switch (t.toLowerCase(Locale.ROOT)) {
                case "'re", "'m" -> "be";
                case "'ll" -> "will";
                case "'d" -> "would";
                case "'ve" -> "have";
                default -> t;
            });
        }
        return out.toArray(String[]::new);
    }
}
