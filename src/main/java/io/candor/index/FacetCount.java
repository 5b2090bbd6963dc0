package io.candor.index;

/** How many matching turns carry a facet value, e.g. rep "Tyler Brandt": 42. */
public record FacetCount(String value, long count) {
}
