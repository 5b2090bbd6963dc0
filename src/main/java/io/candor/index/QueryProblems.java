package io.candor.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Turns the classic parser's multi-line errors ("Encountered ... Was expecting one of: ...") into
 * one line a person can act on.
 */
final class QueryProblems {

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");
    private static final String LITERAL_HINT = " (put it in quotes or escape it with \\ to search for it literally)";

    private QueryProblems() {
    }

    /** Unclosed quotes, parentheses or brackets, found before parsing because the parser's words for them are cryptic; else null. */
    static String unbalanced(String query) {
        int depth = 0;
        int firstOpen = -1;
        int quoteAt = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quoteAt = quoteAt < 0 ? i : -1;
            } else if (quoteAt < 0 && c == '(') {
                if (depth++ == 0) {
                    firstOpen = i;
                }
            } else if (quoteAt < 0 && c == ')') {
                if (--depth < 0) {
                    return "')' at column " + (i + 1) + " has no matching '('";
                }
            }
        }
        if (quoteAt >= 0) {
            return "the quote at column " + (quoteAt + 1) + " is never closed";
        }
        if (depth > 0) {
            return "the '(' at column " + (firstOpen + 1) + " is never closed";
        }
        return null;
    }

    static String describe(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause();
        if (cause instanceof TokenMgrError lexical) {
            return lexical(query, lexical);
        }
        if (cause instanceof TurnQueryParser.FieldProblem problem) {
            return problem.getMessage();
        }
        if (cause instanceof ParseException syntax && syntax.currentToken != null) {
            return unexpected(syntax);
        }
        return firstLine(cause != null && cause.getMessage() != null ? cause.getMessage() : wrapped.getMessage());
    }

    private static String unexpected(ParseException e) {
        Token last = e.currentToken;
        Token next = last.next;
        if ((next == null || next.kind == QueryParserConstants.EOF) && last.kind == QueryParserConstants.COLON) {
            return "it ends with a field name and no value after the colon";
        }
        if (next == null || next.kind == QueryParserConstants.EOF) {
            String after = last.image == null || last.image.isEmpty() ? "" : " after '" + last.image + "'";
            return "it ends too early" + after + " (a dangling AND/OR/NOT, field name or '+'/'-'?)";
        }
        String hint = switch (next.kind) {
            case QueryParserConstants.AND, QueryParserConstants.OR -> " (AND/OR need a term on both sides)";
            case QueryParserConstants.COLON -> " (a field name needs a value right after the colon)";
            case QueryParserConstants.RPAREN -> " (empty or unbalanced parentheses?)";
            default -> LITERAL_HINT;
        };
        return "unexpected '" + next.image + "' at column " + (next.beginColumn + 1) + hint; // the parser counts from 0
    }

    /** The lexer's message gives a column and a character code; say which character, where. */
    private static String lexical(String query, TokenMgrError e) {
        Matcher column = LEXICAL_COLUMN.matcher(String.valueOf(e.getMessage()));
        if (column.find()) {
            int at = Integer.parseInt(column.group(1));
            if (at >= 1 && at <= query.length()) {
                return "unexpected '" + query.charAt(at - 1) + "' at column " + at + LITERAL_HINT;
            }
            return "it ends in the middle of a term (a trailing backslash?)";
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse(message).strip();
        int prefix = line.indexOf("': ");
        return line.startsWith("Cannot parse '") && prefix > 0 ? line.substring(prefix + 3) : line;
    }
}
