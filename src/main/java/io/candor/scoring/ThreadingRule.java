package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** SINGLE_THREADED: fewer distinct buyer-side people spoke across all calls than the threshold. */
final class ThreadingRule implements CauseRule {

    private final double buyerSpeakersMin;

    ThreadingRule(CandorConfig config) {
        this.buyerSpeakersMin = config.threshold("buyer-speakers-min");
    }

    @Override
    public CauseCode cause() {
        return CauseCode.SINGLE_THREADED;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        List<Stakeholder> all = StakeholderMap.of(evidence);
        List<Stakeholder> buyers = StakeholderMap.buyerSpeakers(all);
        // No buyer speaker at all means the sides were not resolved, which is an ingest problem, not a finding.
        if (buyers.isEmpty() || buyers.size() >= buyerSpeakersMin) {
            return Optional.empty();
        }
        List<Stakeholder> neverMet = all.stream()
                .filter(s -> s.side() == Side.BUYER && !s.spoke() && s.mentions() > 0)
                .sorted(Comparator.comparingInt(Stakeholder::mentions).reversed())
                .toList();
        int calls = evidence.calls().size();
        String spoke = buyers.size() == 1 ? "one buyer-side person (" + buyers.get(0).name() + ") spoke"
                : buyers.size() + " buyer-side people spoke";
        int mentions = neverMet.stream().mapToInt(Stakeholder::mentions).sum();
        String summary = spoke + " across " + Figures.count(calls, "call") + "; " + (neverMet.isEmpty()
                ? "no other stakeholder was named or met"
                : names(neverMet) + (neverMet.size() == 1 ? " was" : " were") + " mentioned "
                        + Figures.count(mentions, "time") + " and never joined a call");
        String basis = buyers.size() + " distinct buyer-side speakers against a minimum of " + Figures.decimal(buyerSpeakersMin)
                + "; buying decisions involve several people, and a deal carried by one contact dies with that contact's influence";
        double strength = Math.min(1, 0.5 + 0.1 * neverMet.size() + (calls >= 3 ? 0.1 : 0));
        return Optional.of(new Finding(cause(), summary, buyers.size(), buyerSpeakersMin, basis, strength,
                quotes(evidence, neverMet, buyers)));
    }

    private static String names(List<Stakeholder> people) {
        List<String> shown = people.stream().limit(3)
                .map(s -> s.title() != null && !s.title().equalsIgnoreCase(s.name()) ? s.name() + " (" + s.title() + ")" : s.name())
                .toList();
        return String.join(", ", shown) + (people.size() > 3 ? " and " + (people.size() - 3) + " more" : "");
    }

    /** The buyer naming people the seller never met ("I'll run it by Dana"): one quote per person, most-mentioned first. */
    private static List<Evidence> quotes(DealEvidence evidence, List<Stakeholder> neverMet, List<Stakeholder> buyers) {
        List<Evidence> out = new ArrayList<>();
        for (Stakeholder person : neverMet) {
            evidence.signals(SignalType.PERSON_MENTION).stream()
                    .filter(s -> PersonNames.samePerson(s.label(), person.name()))
                    .min(Comparator.comparing((Signal s) -> evidence.sideOf(s) != Side.BUYER)
                            .thenComparingInt(s -> evidence.position(s.callId())))
                    .ifPresent(s -> out.add(Quotes.of(evidence, s)));
        }
        if (out.isEmpty()) {
            // Nobody else was named: the lone contact's longest turn shows who carried the deal.
            evidence.calls().stream()
                    .flatMap(c -> c.turns().stream().filter(t -> t.side() == Side.BUYER).map(t -> Quotes.of(c.callId(), t)))
                    .max(Comparator.comparingInt(e -> e.quote().length()))
                    .ifPresent(out::add);
        }
        return Quotes.distinct(out, 4);
    }
}
