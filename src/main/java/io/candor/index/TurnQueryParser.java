package io.candor.index;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser over the turn fields, with AND as the default operator and two additions: an unknown field name
 * is an error (a typo like {@code speker:} must not silently match nothing), and the numeric
 * fields ({@code start_ms}, {@code turn}, {@code amount}) take numbers and numeric ranges.
 * Not thread-safe (the classic parser keeps state): make one per query, they are cheap.
 */
final class TurnQueryParser extends QueryParser {

    private static final Set<String> KNOWN = TurnFields.queryable();

    TurnQueryParser(Analyzer analyzer) {
        super(TurnFields.TEXT, analyzer);
        // "pricing zendara" means turns with both words, as in every search box people know; OR is spelled out.
        setDefaultOperator(Operator.AND);
    }

    /**
     * Parses {@code query}; blank matches every turn.
     *
     * @throws QuerySyntaxException with a one-line message saying what is wrong
     */
    static Query parse(String query, Analyzer analyzer) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String problem = QueryProblems.unbalanced(query);
        if (problem != null) {
            throw new QuerySyntaxException(query, problem);
        }
        try {
            return new TurnQueryParser(analyzer).parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException(query, QueryProblems.describe(query, e));
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        check(field);
        if (TurnFields.LONG_FIELDS.contains(field)) {
            return LongPoint.newExactQuery(field, number(field, queryText).longValue());
        }
        if (TurnFields.INT_FIELDS.contains(field)) {
            return IntPoint.newExactQuery(field, number(field, queryText).intValue());
        }
        if (TurnFields.DOUBLE_FIELDS.contains(field)) {
            return DoublePoint.newExactQuery(field, number(field, queryText).doubleValue());
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        check(field);
        return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        check(field);
        if (TurnFields.LONG_FIELDS.contains(field)) {
            long lo = part1 == null ? Long.MIN_VALUE : number(field, part1).longValue() + (startInclusive ? 0 : 1);
            long hi = part2 == null ? Long.MAX_VALUE : number(field, part2).longValue() - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(field, lo, hi);
        }
        if (TurnFields.INT_FIELDS.contains(field)) {
            int lo = part1 == null ? Integer.MIN_VALUE : number(field, part1).intValue() + (startInclusive ? 0 : 1);
            int hi = part2 == null ? Integer.MAX_VALUE : number(field, part2).intValue() - (endInclusive ? 0 : 1);
            return IntPoint.newRangeQuery(field, lo, hi);
        }
        if (TurnFields.DOUBLE_FIELDS.contains(field)) {
            double lo = part1 == null ? Double.NEGATIVE_INFINITY : number(field, part1).doubleValue();
            double hi = part2 == null ? Double.POSITIVE_INFINITY : number(field, part2).doubleValue();
            return DoublePoint.newRangeQuery(field, startInclusive ? lo : Math.nextUp(lo), endInclusive ? hi : Math.nextDown(hi));
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkText(field, termStr + "*");
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return new MatchAllDocsQuery();
        }
        checkText(field, termStr);
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkText(field, termStr + "~");
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        checkText(field, "/" + termStr + "/");
        return super.getRegexpQuery(field, termStr);
    }

    private static void check(String field) throws ParseException {
        if (!KNOWN.contains(field)) {
            throw new FieldProblem("unknown field '" + field + "'; known fields: " + String.join(", ", KNOWN));
        }
    }

    /** Wildcards, fuzzy and regular expressions make no sense on numbers. */
    private static void checkText(String field, String term) throws ParseException {
        check(field);
        if (TurnFields.LONG_FIELDS.contains(field) || TurnFields.INT_FIELDS.contains(field) || TurnFields.DOUBLE_FIELDS.contains(field)) {
            throw new FieldProblem("'" + field + ":" + term + "': " + field + " is a number; use a value or a range like "
                    + field + ":[1 TO 100]");
        }
    }

    private static Number number(String field, String text) throws ParseException {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem(field + " takes a number, got '" + text + "'");
        }
    }

    /** Our own complaint, recognisable after the parser wraps it. */
    static final class FieldProblem extends ParseException {
        FieldProblem(String message) {
            super(message);
        }
    }
}
