package io.candor.web.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.candor.report.HtmlReports;
import io.candor.web.WebFixture;
import io.candor.web.WebMvcTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DealsControllerTest extends WebMvcTestSupport {

    private static final Pattern ROW = Pattern.compile("data-deal=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportViews reports;

    @Test
    void theListSortsByScoreVerdictAmountAndRep() throws Exception {
        assertThat(order("/deals")).as("default: fault score, highest first").containsExactly("D-1001", "D-1002", "D-1003");
        assertThat(order("/deals?sort=score&dir=asc")).containsExactly("D-1003", "D-1002", "D-1001");
        assertThat(order("/deals?sort=amount")).containsExactly("D-1002", "D-1001", "D-1003");
        assertThat(order("/deals?sort=verdict&dir=asc")).containsExactly("D-1001", "D-1002", "D-1003");
        assertThat(order("/deals?sort=rep&dir=asc")).containsExactly("D-1002", "D-1001", "D-1003");
        assertThat(order("/deals?sort=deal&dir=desc")).containsExactly("D-1003", "D-1002", "D-1001");
    }

    @Test
    void theCurrentColumnLinksToTheReverseOrder() throws Exception {
        String html = page("/deals?sort=amount&dir=desc", 200);

        assertThat(html).contains("href=\"/deals?sort=amount&amp;dir=asc\"", "href=\"/deals?sort=score&amp;dir=desc\"", "USD 126,500");
        assertThat(html).contains("LIKELY OUR FAULT", "PRODUCT_GAP, NO_URGENCY");
    }

    @Test
    void anUnknownSortIs400() throws Exception {
        assertThat(page("/deals?sort=password", 400)).contains("sorts by deal, verdict, score, amount or rep");
        page("/deals?sort=score&dir=sideways", 400);
    }

    @Test
    void theDealPageShowsTheReportFilesContentFromTheSameViewModelAndTemplate() throws Exception {
        String html = page("/deals/D-1001", 200);

        String file = new HtmlReports().deal(reports.deal("D-1001").orElseThrow());
        String fileMain = file.substring(file.indexOf("<main>"), file.indexOf("</main>") + "</main>".length());
        assertThat(html).as("the page embeds the file's report unchanged").contains(fileMain);
        assertThat(html).contains("Marcus likes Zendara", "CONTRADICTS", "Fault score 78 of 100", "Candor run " + WebFixture.LAST_RUN);
        assertThat(html).contains("href=\"/calls/D-1001-disco\"", "href=\"/search?deal=D-1001\"", "class=\"topbar\"");
    }

    @Test
    void markupInTheDealAndItsQuotesIsPrintedAsText() throws Exception {
        String html = page("/deals/D-1002", 200);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Invoice&lt;/b&gt;");
        assertThat(html).doesNotContain(WebFixture.XSS_SCRIPT, "<img src=x", "<b>Invoice</b>");
    }

    @Test
    void theReportFilesRelativeLinksLeadToThePages() throws Exception {
        mvc.perform(get("/deals/D-1001.html")).andExpect(redirectedUrl("/deals/D-1001"));
        mvc.perform(get("/summary.html")).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void badAndUnknownDealIds() throws Exception {
        assertThat(page("/deals/D-1001!", 400)).contains("not a valid deal id");
        assertThat(page("/deals/D-1001'--.html", 400)).contains("not a valid deal id");
        assertThat(page("/deals/D-4242", 404)).contains("no scored deal");
    }

    private List<String> order(String url) throws Exception {
        Matcher m = ROW.matcher(page(url, 200));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String page(String url, int expectedStatus) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("Exception", "at io.candor.");
        return html;
    }
}
