package io.candor.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The UnifiedHighlighter over {@link TurnFields#TEXT}, reading match offsets from the postings
 * (indexed with offsets, so nothing is re-analysed) and returning {@link Snippet}s. Cheap to build:
 * one per acquired searcher.
 */
final class TurnHighlighter extends UnifiedHighlighter {

    /** Sentences grouped to about this many characters: a snippet reads as one thought, a line or two long. */
    private static final int PASSAGE_CHARS = 220;
    /** Where the first match sits in a grown passage (0 = start): a third in, so the reader sees what led up to it. */
    private static final float MATCH_ALIGNMENT = 0.33f;

    private final IndexSearcher searcher;
    /** The hit fields of every document the highlighter loaded, so each hit's stored fields are read once. */
    private final Map<Integer, Document> loaded = new HashMap<>();

    TurnHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, MATCH_ALIGNMENT)));
        this.searcher = searcher;
    }

    /** The stored hit fields of a document this highlighter has snippeted. */
    Document hitFields(int docId) throws IOException {
        Document doc = loaded.get(docId);
        return doc != null ? doc : searcher.storedFields().document(docId, TurnFields.HIT_FIELDS);
    }

    /** Reads all of a hit's display fields in the one stored-fields visit the highlighter needs for the text anyway. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document = stored.document(doc, TurnFields.HIT_FIELDS);
            loaded.put(doc, document);
            CharSequence[] row = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String value = document.get(fields[f]);
                row[f] = value == null ? "" : value;
            }
            values.add(row);
        }
        return values;
    }

    /** One snippet per doc id (same order); a turn without a match gets its opening passage unmarked. */
    Snippet[] snippets(Query query, int[] docIds, int maxPassages) throws IOException {
        Object[] formatted = highlightFieldsAsObjects(new String[] {TurnFields.TEXT}, query, docIds, new int[] {maxPassages})
                .get(TurnFields.TEXT);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = formatted[i] instanceof Snippet s ? s : Snippet.plain("");
        }
        return snippets;
    }
}
