package io.candor.web.search;

import io.candor.index.FacetCount;
import io.candor.index.SearchResult;
import io.candor.index.TurnFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the search template shows, computed here so the template only prints.
 *
 * @param error the parser's message for a malformed query (the page is then HTTP 400), else null
 */
public record SearchPage(SearchForm form, List<ActiveFilter> filters, List<HitView> hits, List<FacetGroup> facets,
                         Pager pager, String error) {

    /** What each facet dimension is called on the page; the order is the index's. */
    private static final Map<String, String> TITLES = Map.of(
            TurnFields.REP, "Rep",
            TurnFields.SIDE, "Side",
            TurnFields.CAUSE, "Cause",
            TurnFields.REASON, "Stated reason",
            TurnFields.COMPETITOR, "Competitor",
            TurnFields.SIGNAL, "Signal");

    public SearchPage {
        filters = List.copyOf(filters);
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    static SearchPage of(SearchForm form, SearchResult result, int pageSize) {
        List<FacetGroup> groups = new ArrayList<>();
        result.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                groups.add(new FacetGroup(dim, TITLES.getOrDefault(dim, dim), links(form, dim, counts)));
            }
        });
        List<HitView> hits = result.hits().stream().map(HitView::of).toList();
        return new SearchPage(form, activeFilters(form), hits, groups,
                Pager.of(form, result.total(), result.totalExact(), hits.size(), pageSize), null);
    }

    static SearchPage failed(SearchForm form, String error) {
        return new SearchPage(form, activeFilters(form), List.of(), List.of(), null, error);
    }

    private static List<FacetGroup.Link> links(SearchForm form, String dim, List<FacetCount> counts) {
        Map<String, String> filters = form.filters();
        boolean filterable = SearchForm.FILTERS.contains(dim);
        List<FacetGroup.Link> links = new ArrayList<>();
        for (FacetCount c : counts) {
            boolean active = filterable && c.value().equalsIgnoreCase(filters.get(dim));
            String href;
            if (active) {
                href = form.withFilter(dim, null).href();
            } else if (filterable) {
                href = form.withFilter(dim, c.value()).href();
            } else {
                // No exact filter for this dimension: narrow with the query language, visibly, in the query box.
                href = form.withClause(dim + ":" + quoted(c.value())).href();
            }
            links.add(new FacetGroup.Link(c.value(), c.count(), href, active));
        }
        return links;
    }

    private static List<ActiveFilter> activeFilters(SearchForm form) {
        List<ActiveFilter> chips = new ArrayList<>();
        form.filters().forEach((name, value) ->
                chips.add(new ActiveFilter(name, TITLES.getOrDefault(name, "Deal"), value, form.withFilter(name, null).href())));
        return chips;
    }

    /** A phrase in the classic query syntax: quotes and backslashes escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
