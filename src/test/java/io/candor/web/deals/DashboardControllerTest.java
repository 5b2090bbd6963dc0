package io.candor.web.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.candor.report.HtmlReports;
import io.candor.web.WebFixture;
import io.candor.web.WebMvcTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DashboardControllerTest extends WebMvcTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportViews reports;

    @Test
    void theDashboardIsTheRunSummaryWithItsCharts() throws Exception {
        String html = page("/dashboard", 200);

        String file = new HtmlReports().summary(reports.summary());
        String fileMain = file.substring(file.indexOf("<main>"), file.indexOf("</main>") + "</main>".length());
        assertThat(html).as("the page embeds the file's summary unchanged").contains(fileMain);
        assertThat(html).contains("Why we lost", "<svg", "<rect", "Tyler Brandt", "Megan Castillo", "D-1001", WebFixture.LAST_RUN);
        assertThat(html).contains("class=\"topbar\"", "href=\"/web/candor.css\"");
    }

    @Test
    void markupFromTheDataIsPrintedAsText() throws Exception {
        String html = page("/dashboard", 200);

        assertThat(html).doesNotContain(WebFixture.XSS_SCRIPT, "<img src=x", "<b>Invoice</b>");
    }

    @Test
    void eachRepHasACoachingPageUnderTheFilesName() throws Exception {
        String html = page("/coaching/tyler-brandt.html", 200);

        assertThat(html).contains("Coaching notes: Tyler Brandt", "Marcus likes Zendara");
        page("/coaching/nobody.html", 404);
        assertThat(page("/coaching/Tyler_Brandt.html", 400)).contains("not a rep&#39;s coaching page");
    }

    private String page(String url, int expectedStatus) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("Exception", "at io.candor.");
        return html;
    }
}
