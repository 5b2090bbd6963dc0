package io.candor.index;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total      matching turns; exact when {@code totalExact}, else a lower bound (searches without
 *                   facets stop counting after 1,000 so top-10 stays fast)
 * @param facets     dimension ({@link TurnFields#FACET_DIMS} order) to its top values over all matches; empty when not requested
 */
public record SearchResult(long total, boolean totalExact, List<TurnHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
