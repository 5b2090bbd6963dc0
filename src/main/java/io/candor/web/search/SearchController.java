package io.candor.web.search;

import io.candor.index.QuerySyntaxException;
import io.candor.index.TurnSearcher;
import io.candor.web.WebSettings;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Full-text search over every turn, with the CLI's query syntax, filters and facets. */
@Controller
class SearchController {

    private final TurnSearcher searcher;
    private final int pageSize;

    SearchController(TurnSearcher searcher, WebSettings settings) {
        this.searcher = searcher;
        this.pageSize = settings.pageSize();
    }

    /** A blank search lists every turn, so the facets give an overview of the whole corpus. */
    @GetMapping({"/", "/search"})
    String search(SearchForm form, Model model, HttpServletResponse response) {
        form.validated();
        SearchPage page;
        try {
            page = SearchPage.of(form, searcher.search(form.toRequest(pageSize)), pageSize);
        } catch (QuerySyntaxException e) {
            // The user's mistake, not the server's: the page shows the parser's message beside the query.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page = SearchPage.failed(form, e.getMessage());
        }
        model.addAttribute("page", page);
        return "web/search";
    }
}
