package io.candor.ingest;

import io.candor.domain.Deal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deal ids calls may belong to: usable deals (in deals.csv order, which orders the calls) and
 * skipped open deals, whose calls are dropped quietly because skipping them is not a problem.
 */
record KnownDeals(Map<String, Integer> position, Set<String> skipped) {

    static KnownDeals of(List<Deal> deals, List<SkippedDeal> skipped) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < deals.size(); i++) {
            position.put(deals.get(i).dealId(), i);
        }
        return new KnownDeals(Map.copyOf(position), skipped.stream().map(SkippedDeal::dealId).collect(Collectors.toUnmodifiableSet()));
    }

    boolean usable(String dealId) {
        return position.containsKey(dealId);
    }

    boolean isSkipped(String dealId) {
        return skipped.contains(dealId);
    }

    String unknownDealReason(String dealId) {
        return "deal_id '" + dealId + "' is not a usable deal in deals.csv (missing there, or its row has a problem)";
    }
}
