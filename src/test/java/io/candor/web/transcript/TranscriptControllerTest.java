package io.candor.web.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.candor.web.WebFixture;
import io.candor.web.WebMvcTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class TranscriptControllerTest extends WebMvcTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void theWholeCallIsShownWithSpeakersBySideAndTimes() throws Exception {
        String html = page("/calls/D-1001-disco", 200);

        assertThat(html).contains("Discovery", "D-1001", "Brightwater - AP Automation", "2026-06-03", "Tyler Brandt");
        assertThat(html).contains("id=\"turn-0\" class=\"turn side-seller\"", "id=\"turn-1\" class=\"turn side-buyer\"");
        assertThat(html).contains(">02:50<", "Seller ", "(by time)");
        assertThat(html).contains("href=\"/deals/D-1001\"");
    }

    @Test
    void theLinkedTurnIsHighlighted() throws Exception {
        String html = page("/calls/D-1001-disco?turn=" + WebFixture.DETRACTOR_TURN, 200);

        assertThat(html).contains("id=\"turn-5\" class=\"turn side-buyer target\"");
        assertThat(html).containsOnlyOnce(" target\"");
    }

    @Test
    void signalsAreMarkedInsideTheTextAndListedAsBadges() throws Exception {
        String html = page("/calls/D-1001-disco", 200);

        assertThat(html).contains("<mark class=\"sig-detractor\" title=\"detractor: prefers competitor (Marcus)\">"
                + "Marcus likes Zendara, he used it at his last company, so he will push for that.</mark>");
        assertThat(html).contains("<mark class=\"sig-q-open\" title=\"open question\">What does your approval chain look like today?</mark>");
        assertThat(html).contains("<mark class=\"sig-q-closed\"", "<mark class=\"sig-next-vague\"");
        assertThat(html).contains("class=\"badge sig-competitor\">competitor: Zendara<", "class=\"badge sig-topic\">topic: decision process<");

        String demo = page("/calls/D-1001-demo", 200);
        assertThat(demo).contains("<mark class=\"sig-next-dated\" title=\"next step 2026-07-15\">",
                "<mark class=\"sig-business\" title=\"business case: roi $240,000\">", "<mark class=\"sig-external\"");
    }

    @Test
    void anUntimedTranscriptShowsDashesForTimes() throws Exception {
        String html = page("/calls/D-1003-intro", 200);

        assertThat(html).contains(">--:--<", "(by words)");
    }

    @Test
    void markupInATurnIsPrintedAsText() throws Exception {
        String html = page("/calls/D-1002-demo?turn=" + WebFixture.XSS_TURN, 200);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContain(WebFixture.XSS_SCRIPT, "<img src=x", "<b>Invoice</b>");
    }

    @Test
    void anIdOutsideTheIdPatternIs400AndAnUnknownOneIs404() throws Exception {
        assertThat(page("/calls/D-1001-disco'or'1", 400)).contains("not a valid call id").doesNotContain("'or'");
        assertThat(page("/calls/.hidden", 400)).contains("not a valid call id");
        assertThat(page("/calls/" + "x".repeat(129), 400)).contains("not a valid call id");
        assertThat(page("/calls/D-9999-none", 404)).contains("no call &#39;D-9999-none&#39; in the database");
        assertThat(page("/calls/D-1001-disco?turn=five", 400)).contains("whole numbers");
    }

    private String page(String url, int expectedStatus) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("Exception", "at io.candor.");
        // Attributes may wrap in the template; the assertions are about content, not layout.
        return html.replaceAll("\\s+", " ");
    }
}
