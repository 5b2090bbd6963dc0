package io.candor.web.search;

import io.candor.index.SearchRequest;
import io.candor.web.BadRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's query string: the query in the CLI's syntax, the exact filters and the page.
 * Also builds the links that change one of them (facets, filter chips, paging), so every link
 * keeps the rest of the search.
 *
 * @param page 1-based; null means 1
 */
public record SearchForm(String q, String deal, String rep, String side, String signal, String cause, String reason, Integer page) {

    /** Longer queries are not typed by people; refusing them bounds the parser's work. */
    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_FILTER_LENGTH = 200;
    /** Deep pages cost a top-N of offset + page size; nobody reads past page 100 of transcript hits. */
    static final int MAX_PAGE = 100;

    /** The filter parameters, in the order the page shows them. */
    static final java.util.List<String> FILTERS = java.util.List.of("deal", "rep", "side", "signal", "cause", "reason");

    public SearchForm {
        q = trim(q);
        deal = trim(deal);
        rep = trim(rep);
        side = trim(side);
        signal = trim(signal);
        cause = trim(cause);
        reason = trim(reason);
    }

    /** Refuses what no search box produces: over-long values, pages out of range. */
    SearchForm validated() {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("The query is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are accepted.");
        }
        filters().forEach((name, value) -> {
            if (value.length() > MAX_FILTER_LENGTH) {
                throw new BadRequestException("The " + name + " filter is longer than " + MAX_FILTER_LENGTH + " characters.");
            }
        });
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            throw new BadRequestException("Page must be 1 to " + MAX_PAGE + ".");
        }
        return this;
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }

    SearchRequest toRequest(int pageSize) {
        return new SearchRequest(q, deal, rep, side, signal, cause, reason, pageSize, (pageNumber() - 1) * pageSize, 0, true);
    }

    /** Filter name to value, set ones only. */
    Map<String, String> filters() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "deal", deal);
        put(set, "rep", rep);
        put(set, "side", side);
        put(set, "signal", signal);
        put(set, "cause", cause);
        put(set, "reason", reason);
        return set;
    }

    /** This search with one filter set (or cleared, with null), from page 1. */
    SearchForm withFilter(String name, String value) {
        return switch (name) {
            case "deal" -> new SearchForm(q, value, rep, side, signal, cause, reason, null);
            case "rep" -> new SearchForm(q, deal, value, side, signal, cause, reason, null);
            case "side" -> new SearchForm(q, deal, rep, value, signal, cause, reason, null);
            case "signal" -> new SearchForm(q, deal, rep, side, value, cause, reason, null);
            case "cause" -> new SearchForm(q, deal, rep, side, signal, value, reason, null);
            case "reason" -> new SearchForm(q, deal, rep, side, signal, cause, value, null);
            default -> throw new IllegalArgumentException("no search filter named '" + name + "' (known: " + FILTERS + ")");
        };
    }

    /** This search with a further clause ANDed to the query, from page 1. */
    SearchForm withClause(String clause) {
        String query = q == null ? clause : "(" + q + ") AND " + clause;
        return new SearchForm(query, deal, rep, side, signal, cause, reason, null);
    }

    SearchForm withPage(int newPage) {
        return new SearchForm(q, deal, rep, side, signal, cause, reason, newPage);
    }

    /** The URL of this search, every value percent-encoded. */
    String href() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
        if (q != null) {
            url.queryParam("q", "{q}");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (q != null) {
            values.put("q", q);
        }
        filters().forEach((name, value) -> {
            url.queryParam(name, "{" + name + "}");
            values.put(name, value);
        });
        if (page != null && page > 1) {
            url.queryParam("page", page);
        }
        // Template variables are encoded strictly: '&', '+', '=' and '#' inside a query survive the round trip.
        return url.encode().buildAndExpand(values).toUriString();
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
