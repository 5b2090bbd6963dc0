package io.candor.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The one analyzer used both to index and to parse queries, so both sides see the same terms. */
final class TurnAnalyzers {

    private TurnAnalyzers() {
    }

    /**
     * Per field: English with Porter stemming for text; plain lower-cased words for names;
     * lower-cased whole values for labels; ids as they are.
     */
    static Analyzer perField() {
        // No stop words: in sales talk "not a priority" and "no budget" hinge on exactly those words,
        // and phrase queries must match them.
        Analyzer text = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer labels = new LowerCaseKeywordAnalyzer();
        Analyzer ids = new KeywordAnalyzer();
        Map<String, Analyzer> fields = new HashMap<>();
        TurnFields.NAME_FIELDS.forEach(f -> fields.put(f, names));
        TurnFields.LABEL_FIELDS.forEach(f -> fields.put(f, labels));
        TurnFields.ID_FIELDS.forEach(f -> fields.put(f, ids));
        return new PerFieldAnalyzerWrapper(text, fields);
    }

    /** Lower-cases label values in the query the same way {@link TurnDocuments} lower-cases them at index time. */
    static String label(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A whole value as one lower-cased term; normalize() too, so wildcard and range queries are lower-cased. */
    private static final class LowerCaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
