package io.candor.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.candor.web.WebFixture;
import io.candor.web.WebMvcTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class SearchControllerTest extends WebMvcTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aBlankSearchListsEveryTurnWithFacetsOverTheWholeCorpus() throws Exception {
        String html = page(get("/search"), 200);

        assertThat(html).contains("of <span>21</span>");
        assertThat(html).contains("Tyler Brandt", "Megan Castillo", "Stated reason", "Lost to Competitor");
        assertThat(html).contains("href=\"/search?rep=Megan%20Castillo\"");
    }

    @Test
    void aHitIsHighlightedAndLinksToItsTurnInTheTranscript() throws Exception {
        String html = page(get("/search").param("q", "controller"), 200);

        assertThat(html).contains("<mark>controller</mark>");
        assertThat(html).contains("href=\"/calls/D-1001-disco?turn=" + WebFixture.DETRACTOR_TURN + "#turn-" + WebFixture.DETRACTOR_TURN + "\"");
        assertThat(html).contains("href=\"/deals/D-1001\"", "Dana Whitfield", "02:20", "2026-06-03");
    }

    @Test
    void filtersNarrowTheMatchesAndShowAsRemovableChips() throws Exception {
        String html = page(get("/search").param("q", "invoices").param("rep", "Megan Castillo").param("side", "buyer"), 200);

        assertThat(html).contains("D-1002-demo").doesNotContain("D-1001-disco");
        assertThat(html).contains("Narrowed to", "href=\"/search?q=invoices&amp;side=buyer\"", "href=\"/search?q=invoices&amp;rep=Megan%20Castillo\"");
    }

    @Test
    void aCompetitorFacetNarrowsThroughTheQueryLanguage() throws Exception {
        String html = page(get("/search"), 200);

        assertThat(html).contains("href=\"/search?q=competitor%3A%22Zendara%22\"");
        String narrowed = page(get("/search").param("q", "competitor:\"Zendara\""), 200);
        assertThat(narrowed).contains("of <span>2</span>");
    }

    @Test
    void pagesLinkToEachOther() throws Exception {
        String first = page(get("/search"), 200);
        assertThat(first).contains("Page <span>1</span> of <span>2</span>", "href=\"/search?page=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");

        String second = page(get("/search").param("page", "2"), 200);
        assertThat(second).contains("Turns <span>21</span>–<span>21</span> of <span>21</span>", "href=\"/search\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aMalformedQueryShowsTheParsersMessageWithStatus400() throws Exception {
        String html = page(get("/search").param("q", "budget AND (freeze"), 400);

        assertThat(html).contains("The query could not be read.", "malformed query");
        assertThat(html).doesNotContain("Exception", "at io.candor");
    }

    @Test
    void markupInATurnAndInTheQueryIsPrintedAsText() throws Exception {
        String query = "parser " + WebFixture.XSS_IMG;
        String html = page(get("/search").param("q", "parser"), 200);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContain(WebFixture.XSS_SCRIPT, "<img src=x");

        String echoed = mvc.perform(get("/search").param("q", query)).andReturn().getResponse().getContentAsString();
        assertThat(echoed).doesNotContain("<img src=x").contains("onerror=alert(1)&gt;");
    }

    @Test
    void requestsNoSearchBoxProducesAreRefused() throws Exception {
        page(get("/search").param("q", "a".repeat(SearchForm.MAX_QUERY_LENGTH + 1)), 400);
        page(get("/search").param("page", "0"), 400);
        page(get("/search").param("page", "many"), 400);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }
}
