package io.candor.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Builds, once per index refresh rather than once per query, the facet ordinal map that
 * sorted-set facet counting needs; it costs a pass over every facet value of the index.
 */
final class FacetingSearcherFactory extends SearcherFactory {

    private final FacetsConfig config;

    FacetingSearcherFactory(FacetsConfig config) {
        this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetingSearcher(reader, facetState(reader));
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetValuesYet) {
            return null; // an empty index has no facet field at all
        }
    }

    /** A searcher with the facet state of its own reader; null state when the index holds no facet values. */
    static final class FacetingSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState facetState;

        FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
            super(reader);
            this.facetState = facetState;
        }

        SortedSetDocValuesReaderState facetState() {
            return facetState;
        }
    }
}
