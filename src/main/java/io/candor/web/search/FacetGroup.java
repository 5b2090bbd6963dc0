package io.candor.web.search;

import java.util.List;

/**
 * One facet dimension of the current matches, with links that narrow the search to each value.
 *
 * @param title the dimension as people call it, e.g. "Stated reason"
 */
public record FacetGroup(String dimension, String title, List<Link> values) {

    public FacetGroup {
        values = List.copyOf(values);
    }

    /**
     * @param active true when the search is already narrowed to this value
     */
    public record Link(String value, long count, String href, boolean active) {
    }
}
