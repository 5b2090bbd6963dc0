package io.candor.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The request's filters as non-scoring clauses: they narrow the matches without changing the ranking. */
final class TurnFilters {

    private TurnFilters() {
    }

    static Query apply(Query userQuery, SearchRequest req) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
        boolean any = false;
        any |= add(filtered, TurnFields.DEAL, blankToNull(req.deal()));
        any |= add(filtered, TurnFields.REP, label(req.rep()));
        any |= add(filtered, TurnFields.SIDE, label(req.side()));
        any |= add(filtered, TurnFields.SIGNAL, label(req.signal()));
        any |= add(filtered, TurnFields.CAUSE, label(req.cause()));
        any |= add(filtered, TurnFields.REASON, label(req.reason()));
        return any ? filtered.build() : userQuery;
    }

    private static boolean add(BooleanQuery.Builder query, String field, String value) {
        if (value == null) {
            return false;
        }
        query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        return true;
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? null : TurnAnalyzers.label(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
