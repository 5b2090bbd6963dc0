package io.candor.nlp.signals;

import io.candor.domain.Call;
import io.candor.domain.Participant;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deal level: for each DETRACTOR, did the seller side deal with that stakeholder afterwards?
 * <ul>
 * <li>engaged: the person spoke on a later call (their linked name, first name where unambiguous,
 * or e-mail matches a later call's speaker), or, for a role ("our CFO"), a later call's participant
 * has that title;</li>
 * <li>addressed: a later seller turn (later in the same call or on a later call) names the person
 * and the competitor, or the person and a word of the concern.</li>
 * </ul>
 * Neither means MISSED_DETRACTOR evidence for the scorer.
 */
public final class DetractorFollowUp {

    /** One detractor and what became of it; the evidence fields name the turn that engaged or addressed it, else null. */
    public record Outcome(Signal detractor, boolean engaged, boolean addressed, String evidenceCallId, Integer evidenceTurnIndex) {
        public boolean missed() {
            return !engaged && !addressed;
        }
    }

    private static final Set<String> STOP = Set.of("about", "that", "this", "they", "them", "their", "with", "have", "thinks",
            "think", "said", "says", "really", "would", "will", "just", "what", "from", "been", "being", "because", "going",
            "it's", "he's", "she's", "team", "whole", "everyone", "already", "pretty", "honestly");

    /**
     * @param calls        the deal's calls in order
     * @param signals      every signal of the deal (the DETRACTOR and PERSON_MENTION ones are read)
     * @param participants participants.csv rows of the deal's calls (titles for roles, e-mails); may be empty
     */
    public List<Outcome> follow(List<Call> calls, List<Signal> signals, List<Participant> participants) {
        PeopleDirectory people = dealPeople(calls, signals, participants);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            order.put(calls.get(i).callId(), i);
        }
        var out = new ArrayList<Outcome>();
        for (Signal d : signals) {
            if (d.type() != SignalType.DETRACTOR || !order.containsKey(d.callId())) {
                continue;
            }
            out.add(follow(d, calls, order.get(d.callId()), people, participants));
        }
        return out;
    }

    private Outcome follow(Signal d, List<Call> calls, int callIndex, PeopleDirectory people, List<Participant> participants) {
        String person = d.details().getOrDefault("person", "");
        String email = emailOf(person, calls, participants, people);
        for (int c = callIndex + 1; c < calls.size(); c++) {
            Call later = calls.get(c);
            for (Turn t : later.turns()) {
                if (isPerson(t.speaker(), t.email(), person, email, people)) {
                    return new Outcome(d, true, false, later.callId(), t.index());
                }
            }
            for (Participant p : participants) {
                if (p.callId().equals(later.callId()) && (isPerson(p.name(), p.email(), person, email, people) || titleMatches(p.title(), person))) {
                    return new Outcome(d, true, false, later.callId(), null);
                }
            }
        }
        List<Pattern> concern = concernWords(d, person);
        Pattern personPattern = person.isBlank() ? null : namePattern(person, people);
        for (int c = callIndex; c < calls.size(); c++) {
            Call call = calls.get(c);
            for (Turn t : call.turns()) {
                boolean after = c > callIndex || t.index() > d.turnIndex();
                if (after && t.side() == io.candor.domain.Side.SELLER && personPattern != null && personPattern.matcher(t.text()).find()
                        && concern.stream().anyMatch(p -> p.matcher(t.text()).find())) {
                    return new Outcome(d, false, true, call.callId(), t.index());
                }
            }
        }
        return new Outcome(d, false, false, null, null);
    }

    private static PeopleDirectory dealPeople(List<Call> calls, List<Signal> signals, List<Participant> participants) {
        var names = new ArrayList<String>();
        calls.forEach(c -> c.turns().forEach(t -> names.add(t.speaker())));
        participants.forEach(p -> names.add(p.name()));
        signals.stream().filter(s -> s.type() == SignalType.PERSON_MENTION).forEach(s -> names.add(s.label()));
        return new PeopleDirectory(names);
    }

    private static boolean isPerson(String speaker, String speakerEmail, String person, String email, PeopleDirectory people) {
        if (email != null && speakerEmail != null && email.equalsIgnoreCase(speakerEmail)) {
            return true;
        }
        if (speaker == null || !PeopleDirectory.looksLikeName(speaker) || person.isBlank()) {
            return false;
        }
        return people.samePerson(speaker, person);
    }

    /** The person's e-mail, where a speaker or participant with that name has one. */
    private static String emailOf(String person, List<Call> calls, List<Participant> participants, PeopleDirectory people) {
        for (Call c : calls) {
            for (Turn t : c.turns()) {
                if (t.email() != null && isPerson(t.speaker(), null, person, null, people)) {
                    return t.email();
                }
            }
        }
        return participants.stream().filter(p -> p.email() != null && isPerson(p.name(), null, person, null, people))
                .map(Participant::email).findFirst().orElse(null);
    }

    private static boolean titleMatches(String title, String role) {
        if (title == null || role.isBlank()) {
            return false;
        }
        return word(role.replaceFirst("(?i)^(our|my|the)\\s+", "")).matcher(title).find();
    }

    /** The person by linked name, full name or first name. */
    private static Pattern namePattern(String person, PeopleDirectory people) {
        String linked = people.link(person);
        String first = linked.split("\\s+")[0];
        String role = person.replaceFirst("(?i)^(our|my|the)\\s+", "");
        return Pattern.compile("(?i)\\b(" + Pattern.quote(linked) + "|" + Pattern.quote(first) + "|" + Pattern.quote(role) + ")\\b");
    }

    /** The competitor, or the content words of the detractor's sentence other than the person. */
    private static List<Pattern> concernWords(Signal d, String person) {
        var out = new ArrayList<Pattern>();
        String competitor = d.details().get("competitor");
        if (competitor != null) {
            out.add(word(competitor));
        }
        Set<String> personWords = Set.of(person.toLowerCase(Locale.ROOT).split("\\s+"));
        for (String w : d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (w.length() >= 4 && !STOP.contains(w) && !personWords.contains(w)) {
                out.add(word(w));
            }
        }
        return out;
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?i)\\b" + Pattern.quote(w.strip()) + "\\b");
    }
}
