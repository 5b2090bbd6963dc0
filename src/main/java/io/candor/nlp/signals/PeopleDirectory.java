package io.candor.nlp.signals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people of a call or a deal by name, so "Dana" links to "Dana Whitaker" when she is the only
 * Dana who spoke or was named in full. An ambiguous first name (two Danas) stays as said: a wrong
 * link would merge two stakeholders, which is worse than not linking.
 */
public final class PeopleDirectory {

    /** Diarization labels and devices are not names: SPEAKER_01, A, "Tasha's iPhone", "Speaker 2". */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(speaker[ _-]?\\d+|[a-z]|.*\\b(iphone|ipad|android|phone|pc|laptop)\\b.*|unknown.*|guest.*)");

    private final Set<String> fullNames = new LinkedHashSet<>();

    public PeopleDirectory(Collection<String> names) {
        names.forEach(this::add);
    }

    public static boolean looksLikeName(String s) {
        return s != null && !s.isBlank() && !NOT_A_NAME.matcher(s.strip()).matches() && s.chars().anyMatch(Character::isLetter);
    }

    private void add(String name) {
        if (looksLikeName(name) && tokens(name).size() >= 2) {
            fullNames.add(clean(name));
        }
    }

    /** The linked full name for a name as said, or the name itself where no unique full name fits. */
    public String link(String name) {
        String said = clean(name);
        if (tokens(said).size() != 1) {
            return said;
        }
        List<String> candidates = new ArrayList<>();
        for (String full : fullNames) {
            if (tokens(full).get(0).equalsIgnoreCase(said)) {
                candidates.add(full);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : said;
    }

    /** Whether two names, each as said, denote the same person under this directory's links. */
    public boolean samePerson(String a, String b) {
        return link(a).toLowerCase(Locale.ROOT).equals(link(b).toLowerCase(Locale.ROOT));
    }

    public Set<String> fullNames() {
        return Set.copyOf(fullNames);
    }

    static String clean(String name) {
        return String.join(" ", tokens(name));
    }

    private static List<String> tokens(String name) {
        return List.of(name.strip().replaceAll("[^\\p{L}\\p{N}' .-]", " ").strip().split("\\s+"));
    }
}
