package io.candor.web.search;

/** A filter the search is narrowed by, shown as a chip whose link removes it. */
public record ActiveFilter(String name, String title, String value, String removeHref) {
}
