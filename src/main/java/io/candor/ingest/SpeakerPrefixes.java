package io.candor.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker in cue text written as {@code Name: words} (Zoom, SRT, plain text) or
 * {@code [Name] words} (SRT). A colon inside ordinary speech ("the thing is: it scales") must not
 * become a speaker, so a candidate is accepted when it looks like a label (short, no sentence
 * punctuation) and either recurs in the file or carries no function word.
 */
final class SpeakerPrefixes {

    private static final Pattern COLON = Pattern.compile("^([^:]{1,64}):(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern BRACKET = Pattern.compile("^\\[([^\\]]{1,64})\\]:?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern FORBIDDEN = Pattern.compile("[?!;\"<>\\[\\]{}=*#|/\\\\]");
    private static final int MAX_WORDS = 6;
    /** Words that start sentences, not names: a one-off "So the point is:" is speech. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "as", "at", "basically", "be", "because", "but", "by", "can", "could", "did", "do",
            "does", "example", "first", "for", "here's", "honestly", "how", "i", "if", "in", "is", "it", "it's",
            "just", "like", "my", "no", "not", "now", "of", "ok", "okay", "on", "or", "our", "point", "question",
            "second", "so", "that", "the", "then", "there's", "they", "thing", "this", "to", "uh", "um", "was",
            "we", "well", "what", "when", "where", "which", "who", "why", "will", "with", "would", "yeah", "yes",
            "you", "your");

    /** A cue split into its speaker and its words. */
    record Split(String speaker, String text) {
    }

    private final Map<String, Integer> counts = new HashMap<>();

    /** @param cueTexts every cue text of the file that may carry a prefix, to count recurring labels */
    SpeakerPrefixes(Collection<String> cueTexts) {
        this(cueTexts, java.util.List.of());
    }

    /** @param otherLabels names seen in label position elsewhere (Otter headers), counted as recurring too */
    SpeakerPrefixes(Collection<String> cueTexts, Collection<String> otherLabels) {
        for (String text : cueTexts) {
            String candidate = candidate(text);
            if (candidate != null) {
                counts.merge(candidate, 1, Integer::sum);
            }
        }
        otherLabels.forEach(name -> counts.merge(name.strip(), 1, Integer::sum));
    }

    /** True when a name in label position (an Otter header) is accepted by the same rule as a prefix. */
    boolean accepts(String name) {
        String n = name.strip();
        return looksLikeLabel(n) && (counts.getOrDefault(n, 0) > 1 || !hasFunctionWord(n));
    }

    /** The speaker and words of a cue, or null when the cue does not start with an accepted label. */
    Split split(String cueText) {
        String text = cueText.strip();
        Matcher bracket = BRACKET.matcher(text);
        if (bracket.matches() && looksLikeLabel(bracket.group(1).strip())) {
            return new Split(bracket.group(1).strip(), nullToEmpty(bracket.group(2)));
        }
        Matcher colon = COLON.matcher(text);
        if (colon.matches()) {
            String name = colon.group(1).strip();
            if (accepts(name)) {
                return new Split(name, nullToEmpty(colon.group(2)));
            }
        }
        return null;
    }

    private static String candidate(String cueText) {
        String text = cueText.strip();
        Matcher bracket = BRACKET.matcher(text);
        if (bracket.matches()) {
            return bracket.group(1).strip();
        }
        Matcher colon = COLON.matcher(text);
        return colon.matches() ? colon.group(1).strip() : null;
    }

    /** Short, no sentence punctuation, not starting with a digit, not a lower-case phrase. */
    static boolean looksLikeLabel(String name) {
        if (name.isEmpty() || name.length() > 64 || Character.isDigit(name.charAt(0)) || FORBIDDEN.matcher(name).find()) {
            return false;
        }
        String[] words = name.split("\\s+");
        return words.length <= MAX_WORDS && !(words.length > 1 && Character.isLowerCase(name.charAt(0)));
    }

    private static boolean hasFunctionWord(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (FUNCTION_WORDS.contains(word.replaceAll("[,.]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
