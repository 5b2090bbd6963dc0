package io.candor.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/** Counts the facet dimensions of {@link TurnFields#FACET_DIMS} over every match of a query. */
final class TurnFacets {

    /** Values listed per dimension: enough for a side panel, the long tail is one filter away. */
    static final int TOP_VALUES = 10;

    Map<String, List<FacetCount>> count(IndexSearcher searcher, FacetsCollector matches) throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = searcher instanceof FacetingSearcherFactory.FacetingSearcher f ? f.facetState() : null;
        if (state == null) {
            return result;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
        for (String dim : TurnFields.FACET_DIMS) {
            FacetResult top = topChildren(counts, dim);
            List<FacetCount> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            result.put(dim, values);
        }
        return result;
    }

    private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getTopChildren(TOP_VALUES, dim);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return null;
        }
    }
}
