package io.candor.scoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a name said in a call ("Sally", "Sally Jensen", "sally.jensen@halvorsen.com") and a speaker
 * label are the same person. Buyers say first names; transcripts label full names, devices or e-mails.
 */
public final class PersonNames {

    /** Labels diarization engines give (A, SPEAKER_00, spk_1, 0): they name a voice in one call, never a person. */
    private static final List<String> LEADING_WORDS = List.of("the", "our", "my", "their", "your", "his", "her", "mr", "mrs", "ms", "dr");

    private PersonNames() {
    }

    public static boolean isDiarizationLabel(String speaker) {
        return io.candor.domain.SpeakerLabels.isDiarizationLabel(speaker);
    }

    /**
     * True when {@code mentioned} names the person who speaks as {@code speaker} (with {@code email}, may be null).
     * A single word matches a first name; two or more words must match first and last name.
     */
    public static boolean sameSpeaker(String mentioned, String speaker, String email) {
        List<String> m = tokens(mentioned);
        if (m.isEmpty()) {
            return false;
        }
        if (email != null && mentioned.strip().equalsIgnoreCase(email.strip())) {
            return true;
        }
        return matchesTokens(m, tokens(speaker)) || (email != null && matchesTokens(m, emailTokens(email)));
    }

    /** True when two mentions plausibly name the same person ("Dana" and "Dana Whitmore"). */
    public static boolean samePerson(String a, String b) {
        return matchesTokens(tokens(a), tokens(b));
    }

    private static boolean matchesTokens(List<String> m, List<String> s) {
        if (m.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (m.size() == 1 || s.size() == 1) {
            return m.get(0).equals(s.get(0));
        }
        return m.get(0).equals(s.get(0)) && m.get(m.size() - 1).equals(s.get(s.size() - 1));
    }

    /** "sally.jensen@x.com" → [sally, jensen]. */
    private static List<String> emailTokens(String email) {
        int at = email.indexOf('@');
        String local = at > 0 ? email.substring(0, at) : email;
        return tokens(local.replace('.', ' ').replace('_', ' ').replace('-', ' '));
    }

    /** Lower-case letter words without accents, leading articles and titles dropped ("our Dr. Sally" → [sally]). */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(plain.split("[^a-z']+")).filter(w -> !w.isBlank()).map(w -> w.replace("'s", "")).toList();
        int first = 0;
        while (first < words.size() - 1 && LEADING_WORDS.contains(words.get(first))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    /** The first name, capitalised as said: "Sally" from "Sally Jensen". */
    public static String firstName(String name) {
        String s = name == null ? "" : name.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /**
     * Whether a sentence names the person: word-boundary match of the full name or first name.
     * Acronyms ("IT", "CFO") match case-sensitively, or "it" would match every sentence.
     */
    public static boolean namedIn(String text, String person) {
        if (text == null || person == null || person.isBlank()) {
            return false;
        }
        String p = person.strip().replaceFirst("(?i)^(the|our|your|their)\\s+", "");
        boolean acronym = p.length() <= 4 && p.equals(p.toUpperCase(Locale.ROOT));
        String first = firstName(p);
        for (String candidate : first.length() >= 3 && !first.equals(p) ? List.of(p, first) : List.of(p)) {
            Pattern pattern = Pattern.compile("\\b" + Pattern.quote(candidate) + "\\b", acronym ? 0 : Pattern.CASE_INSENSITIVE);
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
