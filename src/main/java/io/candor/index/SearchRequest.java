package io.candor.index;

/**
 * One search: a query in Lucene's classic syntax plus exact filters (null or blank = no filter).
 *
 * @param query   classic query syntax over the fields of {@link TurnFields}; {@code text} is the default field; blank matches every turn
 * @param deal    deal id, exact
 * @param rep     deal owner's full name, any case
 * @param side    seller | buyer | unknown
 * @param signal  a signal type ({@code detractor}) or type.label ({@code question.open})
 * @param cause   a cause code ({@code NO_URGENCY}), any case
 * @param reason  the CRM's stated loss reason, any case
 * @param limit   hits per page, 1..1000
 * @param offset  hits to skip (paging)
 * @param context turns before and after each hit to attach, 0..20
 * @param facets  whether to count facets (and an exact total); costs a pass over all matches
 */
public record SearchRequest(String query, String deal, String rep, String side, String signal, String cause,
                            String reason, int limit, int offset, int context, boolean facets) {

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_CONTEXT = 20;

    public SearchRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (context < 0 || context > MAX_CONTEXT) {
            throw new IllegalArgumentException("context must be 0.." + MAX_CONTEXT + ", got " + context);
        }
    }

    /** With facet counts, as a search page shows them. */
    public SearchRequest(String query, String deal, String rep, String side, String signal, String cause,
                         String reason, int limit, int offset, int context) {
        this(query, deal, rep, side, signal, cause, reason, limit, offset, context, true);
    }

    /** The query alone: first 10 hits, no context, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, 10, 0, 0, true);
    }

    public SearchRequest withFacets(boolean on) {
        return new SearchRequest(query, deal, rep, side, signal, cause, reason, limit, offset, context, on);
    }

    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(query, deal, rep, side, signal, cause, reason, newLimit, newOffset, context, facets);
    }

    public SearchRequest withContext(int turns) {
        return new SearchRequest(query, deal, rep, side, signal, cause, reason, limit, offset, turns, facets);
    }

    public SearchRequest withFilters(String newDeal, String newRep, String newSide, String newSignal, String newCause, String newReason) {
        return new SearchRequest(query, newDeal, newRep, newSide, newSignal, newCause, newReason, limit, offset, context, facets);
    }
}
