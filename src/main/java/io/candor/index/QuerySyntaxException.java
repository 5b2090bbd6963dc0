package io.candor.index;

/** A search query that cannot be parsed. The message is one line saying what is wrong and where. */
public final class QuerySyntaxException extends Exception {

    private final String query;

    public QuerySyntaxException(String query, String problem) {
        super("malformed query '" + query + "': " + problem);
        this.query = query;
    }

    public String query() {
        return query;
    }
}
