package io.candor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.index.SearchRequest;
import io.candor.index.TurnIndex;
import io.candor.index.TurnSearcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkQueriesTest {

    @Test
    void queriesParseAndMostMatchAGeneratedCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(42);
        try (TurnIndex index = TurnIndex.open(dir)) {
            generator.deals(60).forEach(d -> d.calls().forEach(c -> index.indexCall(d.deal(), c.call(), c.signals(), d.plannedAssessment())));
            index.commit();
        }
        BenchmarkQueries queries = new BenchmarkQueries(1);
        int termHits = 0;
        int phraseHits = 0;
        int filteredHits = 0;
        try (TurnSearcher searcher = TurnSearcher.open(dir)) {
            for (int i = 0; i < 100; i++) {
                termHits += searcher.search(SearchRequest.of(queries.term())).total() > 0 ? 1 : 0;
                phraseHits += searcher.search(SearchRequest.of(queries.phrase())).total() > 0 ? 1 : 0;
                var f = queries.filters();
                filteredHits += searcher.search(SearchRequest.of("")
                        .withFilters(null, null, f.get("side"), f.get("signal"), f.get("cause"), f.get("reason"))).total() > 0 ? 1 : 0;
            }
        }
        assertThat(termHits).isGreaterThan(90);
        assertThat(phraseHits).isGreaterThan(80);
        assertThat(filteredHits).isGreaterThan(60);
    }
}
