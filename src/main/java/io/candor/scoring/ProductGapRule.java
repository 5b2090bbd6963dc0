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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PRODUCT_GAP: a capability the buyer needed and we lack, said on a call (by either side). */
final class ProductGapRule implements CauseRule {

    private final double statementsMin;
    private final String company;

    ProductGapRule(CandorConfig config) {
        this.statementsMin = config.threshold("product-gap-statements-min");
        this.company = config.company() == null || config.company().isBlank() ? "we" : config.company();
    }

    @Override
    public CauseCode cause() {
        return CauseCode.PRODUCT_GAP;
    }

    @Override
    public Optional<Finding> evaluate(DealEvidence evidence) {
        List<Signal> gaps = evidence.signals(SignalType.PRODUCT_GAP).stream().filter(s -> evidence.turn(s).isPresent()).toList();
        if (gaps.isEmpty() || gaps.size() < statementsMin) {
            return Optional.empty();
        }
        Map<String, List<Signal>> byCapability = new LinkedHashMap<>();
        for (Signal s : gaps) {
            String capability = SignalLabels.detail(s, SignalLabels.DETAIL_CAPABILITY);
            byCapability.computeIfAbsent(capability == null ? "a capability" : capability, k -> new ArrayList<>()).add(s);
        }
        boolean bothSides = gaps.stream().anyMatch(s -> evidence.sideOf(s) == Side.BUYER)
                && gaps.stream().anyMatch(s -> evidence.sideOf(s) == Side.SELLER);
        // The buyer's need first, then our own confirmation that we lack it: together they leave no doubt.
        List<Evidence> quotes = new ArrayList<>();
        gaps.stream().filter(s -> evidence.sideOf(s) == Side.BUYER).findFirst().ifPresent(s -> quotes.add(Quotes.of(evidence, s)));
        gaps.stream().filter(s -> evidence.sideOf(s) == Side.SELLER).findFirst().ifPresent(s -> quotes.add(Quotes.of(evidence, s)));
        gaps.stream().sorted(Comparator.comparingInt((Signal s) -> evidence.position(s.callId())))
                .forEach(s -> quotes.add(Quotes.of(evidence, s)));
        String summary = "the buyer needed " + String.join(", ", byCapability.keySet()) + ", which " + company
                + (company.equals("we") ? " lack" : " lacks") + " (" + Figures.count(gaps.size(), "statement")
                + (bothSides ? ", confirmed by our side" : "") + ")";
        String basis = gaps.size() + " statements of a missing capability against a minimum of " + Figures.decimal(statementsMin)
                + "; a product gap is the product team's to close, not the rep's";
        double strength = Math.min(1, 0.6 + (bothSides ? 0.2 : 0) + (gaps.size() > 1 ? 0.2 : 0));
        return Optional.of(new Finding(cause(), summary, gaps.size(), statementsMin, basis, strength, Quotes.distinct(quotes, 3)));
    }
}
