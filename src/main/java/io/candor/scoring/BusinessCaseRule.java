package io.candor.scoring;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NO_BUSINESS_CASE: no business-case figure and no economic buyer on any call; or the buyer asked how
 * to justify the spend and no seller answer with figures followed.
 */
final class BusinessCaseRule implements CauseRule {

    private final double figuresMin;
    private final List<String> economicBuyerTitles;

    BusinessCaseRule(CandorConfig config) {
        this.figuresMin = config.threshold("business-case-figures-min");
        this.economicBuyerTitles = config.lexicon("economic-buyer-titles").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public CauseCode cause() {
        return CauseCode.NO_BUSINESS_CASE;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        int calls = evidence.calls().size();
        if (calls == 0) {
            return Optional.empty();
        }
        List<Signal> withFigures = evidence.signals(SignalType.BUSINESS_CASE).stream()
                .filter(s -> SignalLabels.detail(s, SignalLabels.DETAIL_FIGURE) != null).toList();
        List<Stakeholder> economicBuyers = StakeholderMap.of(evidence).stream().filter(this::isEconomicBuyer).toList();
        boolean economicBuyerJoined = economicBuyers.stream().anyMatch(s -> s.spoke() && s.side() != Side.SELLER);
        List<Signal> unanswered = evidence.signals(SignalType.JUSTIFICATION_ASK).stream()
                .filter(ask -> evidence.sideOf(ask) != Side.SELLER)
                .filter(ask -> withFigures.stream().noneMatch(f -> evidence.sideOf(f) == Side.SELLER
                        && evidence.isAfter(f.callId(), f.turnIndex(), ask.callId(), ask.turnIndex())))
                .toList();
        boolean noCase = withFigures.size() < figuresMin && !economicBuyerJoined;
        if (!noCase && unanswered.isEmpty()) {
            return Optional.empty();
        }
        List<Stakeholder> absentBuyers = economicBuyers.stream().filter(s -> !s.spoke()).toList();
        List<String> parts = new ArrayList<>();
        if (!unanswered.isEmpty()) {
            Signal ask = unanswered.get(0);
            parts.add("the buyer asked how to justify the spend (" + Figures.where(ask.callId(), evidence.turn(ask).orElseThrow().startMs())
                    + ") and no seller answer with figures followed");
        }
        if (withFigures.size() < figuresMin) {
            parts.add("no ROI, payback, savings or cost-of-inaction figure in " + Figures.count(calls, "call"));
        }
        if (!economicBuyerJoined) {
            parts.add(absentBuyers.isEmpty() ? "no one from finance or procurement joined a call" : absentSentence(absentBuyers.get(0)));
        }
        String basis = withFigures.size() + " business-case statements with a figure (minimum " + Figures.decimal(figuresMin)
                + "), economic buyer on a call: " + (economicBuyerJoined ? "yes" : "no")
                + ", justification asks unanswered: " + unanswered.size()
                + "; a champion without numbers cannot win the budget from the economic buyer";
        double strength = 0.4 + (unanswered.isEmpty() ? 0 : 0.3) + (absentBuyers.isEmpty() ? 0 : 0.15) + (withFigures.isEmpty() ? 0.15 : 0);
        return Optional.of(new Finding(cause(), String.join("; ", parts), withFigures.size(), figuresMin, basis,
                Math.min(1, strength), quotes(evidence, unanswered, absentBuyers)));
    }

    private boolean isEconomicBuyer(Stakeholder s) {
        String title = s.title() == null ? "" : s.title().toLowerCase(Locale.ROOT);
        return !title.isEmpty() && economicBuyerTitles.stream().anyMatch(title::contains);
    }

    /** "the CFO (Dana Whitmore) was mentioned 4 times and never joined a call". */
    private static String absentSentence(Stakeholder s) {
        boolean named = s.title() != null && !s.title().equalsIgnoreCase(s.name());
        String who = named ? "the " + s.title() + " (" + s.name() + ")" : "the " + s.name();
        return who + " was mentioned " + Figures.count(s.mentions(), "time").replace("1 time", "once")
                + " and never joined a call";
    }

    /** The unanswered ask itself, then the economic buyer being talked about instead of talked to. */
    private static List<Evidence> quotes(DealEvidence evidence, List<Signal> unanswered, List<Stakeholder> absentBuyers) {
        List<Evidence> out = new ArrayList<>();
        unanswered.stream().limit(2).forEach(s -> out.add(Quotes.of(evidence, s)));
        for (Signal s : evidence.signals()) {
            if ((s.type() == SignalType.ECONOMIC_BUYER || s.type() == SignalType.PERSON_MENTION)
                    && absentBuyers.stream().anyMatch(b -> mentions(s, b))) {
                out.add(Quotes.of(evidence, s));
            }
        }
        if (out.isEmpty()) {
            evidence.signals(SignalType.BUSINESS_CASE).stream().limit(2).forEach(s -> out.add(Quotes.of(evidence, s)));
        }
        if (out.isEmpty()) {
            TalkShare.of(evidence.calls()).sellerTurns().stream().findFirst().ifPresent(t -> out.add(Quotes.of(t.callId(), t.turn())));
        }
        return Quotes.distinct(out, 3);
    }

    private static boolean mentions(Signal s, Stakeholder b) {
        String name = s.type() == SignalType.PERSON_MENTION ? s.label() : SignalLabels.detail(s, SignalLabels.DETAIL_PERSON);
        if (name != null) {
            return PersonNames.samePerson(name, b.name());
        }
        String role = StakeholderMap.roleName(s.label());
        return role != null && (role.equalsIgnoreCase(b.title()) || role.equalsIgnoreCase(b.name()));
    }
}
