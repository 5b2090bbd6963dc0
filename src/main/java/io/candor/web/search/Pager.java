package io.candor.web.search;

/**
 * Where this page sits in the matches: "21-40 of 133", with previous and next links (null at the ends).
 */
public record Pager(int page, int pages, long from, long to, long total, boolean totalExact, String previousHref, String nextHref) {

    static Pager of(SearchForm form, long total, boolean exact, int shown, int pageSize) {
        int page = form.pageNumber();
        long from = shown == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        long to = from == 0 ? 0 : from + shown - 1;
        int pages = (int) Math.min(SearchForm.MAX_PAGE, (total + pageSize - 1) / pageSize);
        String previous = page > 1 ? form.withPage(page - 1).href() : null;
        String next = page < pages ? form.withPage(page + 1).href() : null;
        return new Pager(page, pages, from, to, total, exact, previous, next);
    }
}
