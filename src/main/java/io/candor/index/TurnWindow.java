package io.candor.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads a run of consecutive turns of one call, and turns stored documents into {@link TurnHit}s. */
final class TurnWindow {

    private static final Sort BY_TURN = new Sort(new SortField(TurnFields.TURN, SortField.Type.INT));

    private TurnWindow() {
    }

    /** Turns {@code from..to} (inclusive, clipped to the call) of a call, in call order, unmarked. */
    static List<TurnHit> read(IndexSearcher searcher, String callId, int from, int to) throws IOException {
        if (to < from) {
            return List.of();
        }
        BooleanQuery window = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TurnFields.CALL, callId)), BooleanClause.Occur.FILTER)
                .add(IntPoint.newRangeQuery(TurnFields.TURN, Math.max(0, from), to), BooleanClause.Occur.FILTER)
                .build();
        TopDocs docs = searcher.search(window, Math.max(1, to - Math.max(0, from) + 1), BY_TURN);
        StoredFields stored = searcher.storedFields();
        List<TurnHit> turns = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc sd : docs.scoreDocs) {
            Document doc = stored.document(sd.doc, TurnFields.HIT_FIELDS);
            turns.add(hit(doc, Snippet.plain(doc.get(TurnFields.TEXT)), Float.NaN));
        }
        return turns;
    }

    static TurnHit hit(Document doc, Snippet snippet, float score) {
        IndexableField start = doc.getField(TurnFields.START_MS);
        return new TurnHit(
                doc.get(TurnFields.TURN_ID),
                doc.get(TurnFields.DEAL),
                doc.get(TurnFields.CALL),
                doc.get(TurnFields.DATE),
                doc.get(TurnFields.REP),
                doc.get(TurnFields.SPEAKER),
                doc.get(TurnFields.SIDE),
                doc.getField(TurnFields.TURN).numericValue().intValue(),
                start == null ? null : start.numericValue().longValue(),
                snippet,
                doc.get(TurnFields.TEXT),
                score,
                List.of(),
                List.of());
    }
}
