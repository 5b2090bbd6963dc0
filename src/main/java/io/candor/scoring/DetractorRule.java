package io.candor.scoring;

import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MISSED_DETRACTOR: a buyer said a named person or group prefers a competitor, opposes or doubts,
 * and that person never spoke after it and no later seller turn asked about them.
 * Engaged detractors (they joined a later call, or the seller asked to meet them or about their view)
 * are exactly what a good rep does, so they never fire; nor does an objection that enforces the buyer's
 * external news said earlier in that call (see {@link ExternalNews}).
 */
final class DetractorRule implements CauseRule {

    @Override
    public CauseCode cause() {
        return CauseCode.MISSED_DETRACTOR;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        List<Stakeholder> stakeholders = StakeholderMap.of(evidence);
        // Person (as first said) to the statements about them, in the order they were first said.
        Map<String, List<Signal>> missed = new LinkedHashMap<>();
        for (Signal s : evidence.signals(SignalType.DETRACTOR)) {
            String person = SignalLabels.detail(s, SignalLabels.DETAIL_PERSON);
            if (person == null || evidence.sideOf(s) == Side.SELLER || evidence.turn(s).isEmpty() || enforcesExternalNews(evidence, s)) {
                continue;
            }
            List<String> names = namesFor(person, stakeholders);
            if (spokeLater(evidence, s, names) || sellerAskedLater(evidence, s, names)) {
                continue;
            }
            String key = missed.keySet().stream().filter(k -> PersonNames.samePerson(k, person) || k.equalsIgnoreCase(person))
                    .findFirst().orElse(person);
            missed.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<Evidence> quotes = new ArrayList<>();
        missed.forEach((person, statements) -> {
            Signal first = statements.get(0);
            parts.add(person + " " + stance(first) + " (" + Figures.where(first.callId(), evidence.turn(first).orElseThrow().startMs()) + ")");
            quotes.add(Quotes.of(evidence, first));
        });
        // Repeated statements come after one quote per person: breadth first, then the concern growing.
        missed.values().forEach(list -> list.stream().skip(1).forEach(s -> quotes.add(Quotes.of(evidence, s))));
        String summary = String.join("; ", parts) + (missed.size() == 1
                ? "; " + PersonNames.firstName(missed.keySet().iterator().next()) + " never spoke on a later call and no seller turn asked about that view"
                : "; none of them spoke on a later call and no seller turn asked about their views");
        boolean competitor = missed.values().stream().flatMap(List::stream)
                .anyMatch(s -> SignalLabels.detail(s, SignalLabels.DETAIL_COMPETITOR) != null);
        boolean repeated = missed.values().stream().anyMatch(l -> l.size() > 1);
        String basis = missed.size() + " detractor" + (missed.size() == 1 ? "" : "s")
                + " left unengaged (any one fires); an influential opponent the seller never meets decides the deal where the seller cannot answer";
        double strength = 0.6 + (competitor ? 0.2 : 0) + (repeated || missed.size() > 1 ? 0.2 : 0);
        return Optional.of(new Finding(cause(), summary, missed.size(), 1, basis, Math.min(1, strength), Quotes.distinct(quotes, 4)));
    }

    /**
     * "The board froze all capital projects... The CFO was very clear. They don't want forty exception requests":
     * an objection voiced after the buyer's news of an external cause, in the same call, is that cause being
     * enforced, not a detractor the rep could have won over. A competitor preference stays a detractor whatever the news.
     */
    private static boolean enforcesExternalNews(DealEvidence evidence, Signal s) {
        return !"prefers_competitor".equals(s.label()) && ExternalNews.follows(evidence, s, EXTERNAL_NEWS);
    }

    private static final Set<String> EXTERNAL_NEWS = Set.of(SignalLabels.EXTERNAL_BUDGET, SignalLabels.EXTERNAL_ORG_CHANGE,
            SignalLabels.EXTERNAL_PRIORITY);

    /** "prefers Zendara", "opposes the purchase", "doubts it will work". */
    private static String stance(Signal s) {
        String competitor = SignalLabels.detail(s, SignalLabels.DETAIL_COMPETITOR);
        return switch (s.label()) {
            case "prefers_competitor" -> "prefers " + (competitor == null ? "a competitor" : competitor);
            case "opposes" -> "opposes the purchase" + (competitor == null ? "" : " (favours " + competitor + ")");
            case "doubts" -> "doubts it will work" + (competitor == null ? "" : " (favours " + competitor + ")");
            default -> "was named as a detractor (" + s.label() + ")";
        };
    }

    /** The name as said plus the names of anyone holding it as a title ("our CFO" → Dana Whitmore). */
    private static List<String> namesFor(String person, List<Stakeholder> stakeholders) {
        List<String> names = new ArrayList<>(List.of(person));
        String role = person.replaceFirst("(?i)^(the|our|your|their)\\s+", "").strip();
        stakeholders.stream().filter(s -> role.equalsIgnoreCase(s.title())).forEach(s -> names.add(s.name()));
        return names;
    }

    private static boolean spokeLater(DealEvidence evidence, Signal statement, List<String> names) {
        for (Call call : evidence.calls()) {
            for (int i = 0; i < call.turns().size(); i++) {
                Turn t = call.turns().get(i);
                if (evidence.isAfter(call.callId(), i, statement.callId(), statement.turnIndex())
                        && names.stream().anyMatch(n -> PersonNames.sameSpeaker(n, t.speaker(), t.email()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A later seller turn that names the person and asks something: "what does Sally like about Zendara?", "could we get Sally on a call?" */
    private static boolean sellerAskedLater(DealEvidence evidence, Signal statement, List<String> names) {
        for (Signal q : evidence.signals(SignalType.QUESTION, Side.SELLER)) {
            if (SignalLabels.asksSomething(q)
                    && evidence.isAfter(q.callId(), q.turnIndex(), statement.callId(), statement.turnIndex())
                    && evidence.turn(q).map(t -> names.stream().anyMatch(n -> PersonNames.namedIn(t.text(), n))).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
