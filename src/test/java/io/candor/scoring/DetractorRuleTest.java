package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.SignalType;
import org.junit.jupiter.api.Test;

class DetractorRuleTest {

    private final DetractorRule rule = new DetractorRule();

    private static DealBuilder sallyLovesZendara() {
        DealBuilder b = DealBuilder.deal("D-2005", "Megan Castillo", "Lost to Competitor");
        b.call("C-2005-1", "Discovery")
                .seller("Megan Castillo", 20, "What's driving the project on your side?")
                .question("open", "pain")
                .buyer("Greg Howell", 40, "Mostly volume. I should say, Sally, our plant controller, really loves what Zendara showed her last month.")
                .signalOn("Sally, our plant controller, really loves what Zendara showed her", SignalType.DETRACTOR, "prefers_competitor",
                        "person", "Sally Jensen", "competitor", "Zendara")
                .seller("Megan Castillo", 60, "Oh, we beat Zendara all the time, our capture accuracy is way better, let me show you the dashboard.")
                .signal(SignalType.COMPETITOR_MENTION, "Zendara");
        b.call("C-2005-2", "Demo")
                .seller("Megan Castillo", 90, "So here is the approval workflow, and here the NetSuite sync.")
                .buyer("Greg Howell", 20, "Looks good to me.");
        return b;
    }

    @Test
    void firesWhenTheDetractorNeverJoinsAndNoSellerTurnAsksAboutThem() {
        Finding f = rule.evaluate(sallyLovesZendara().build()).orElseThrow();

        assertThat(f.summary()).isEqualTo("Sally Jensen prefers Zendara (C-2005-1 at 00:22);"
                + " Sally never spoke on a later call and no seller turn asked about that view");
        assertThat(f.evidence().get(0).quote()).contains("really loves what Zendara showed her");
        assertThat(f.evidence().get(0).speakerSide()).isEqualTo(Side.BUYER);
        // Pitching against the competitor is not engaging the person who prefers it.
        assertThat(f.strength()).isEqualTo(0.8);
    }

    @Test
    void doesNotFireWhenTheDetractorJoinsTheNextCall() {
        DealBuilder b = sallyLovesZendara();
        b.call("C-2005-3", "Controller review")
                .seller("Megan Castillo", 15, "Sally, thanks for joining, what did you like in what Zendara showed you?")
                .question("open", "competition")
                .turn("Sally Jensen", "sally.jensen@halvorsen.com", Side.BUYER, 50, "Their mobile approvals, mostly.");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void doesNotFireWhenALaterSellerQuestionAsksAboutTheDetractor() {
        DealBuilder b = sallyLovesZendara();
        b.call("C-2005-3", "Check-in")
                .seller("Megan Castillo", 15, "Could we get thirty minutes with Sally to hear what she liked about Zendara?")
                .signal(SignalType.QUESTION, "request")
                .buyer("Greg Howell", 10, "I can ask her.");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void aDetractorNamedByRoleIsResolvedToThePersonHoldingIt() {
        DealBuilder b = DealBuilder.deal("D-2006", "Lauren Whitfield", "Price");
        b.call("C-2006-1", "Discovery")
                .buyer("Ana Ruiz", 30, "Our CFO, Tom Becker, thinks it's too pricey for what it does.")
                .signalOn("Tom Becker", SignalType.PERSON_MENTION, "Tom Becker", "title", "CFO")
                .signalOn("Our CFO thinks it's too pricey", SignalType.DETRACTOR, "doubts", "person", "our CFO");
        b.call("C-2006-2", "Pricing")
                .turn("Tom Becker", "tom.becker@keystone.com", Side.BUYER, 40, "I looked at the numbers; walk me through the payback.");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void anObjectionThatEnforcesTheBuyersExternalNewsIsNoMissedDetractor() {
        DealBuilder b = DealBuilder.deal("D-2007", "Dev Okafor", "Budget");
        b.call("C-2007-3", "Bad news")
                .buyer("Tom Reyes", 30, "The board froze all capital projects for the rest of the fiscal year.")
                .signalOn("The board froze all capital projects", SignalType.EXTERNAL_CAUSE, "budget")
                .seller("Dev Okafor", 10, "Is there an exception process for projects with a short payback?")
                .question("closed", "decision_process")
                .buyer("Tom Reyes", 20, "I asked. The CFO was very clear. They don't want forty exception requests.")
                .signalOn("They don't want forty exception requests", SignalType.DETRACTOR, "opposes", "person", "CFO");
        assertThat(rule.evaluate(b.build())).isEmpty();
    }

    @Test
    void aCompetitorPreferenceAfterExternalNewsIsStillADetractor() {
        DealBuilder b = DealBuilder.deal("D-2008", "Dev Okafor", "Budget");
        b.call("C-2008-3", "Bad news")
                .buyer("Tom Reyes", 30, "Corporate cut our software budget by a third.")
                .signalOn("Corporate cut our software budget", SignalType.EXTERNAL_CAUSE, "budget")
                .buyer("Tom Reyes", 20, "And Sally still loves what Zendara showed her, so that's where the rest will go.")
                .signalOn("Sally still loves what Zendara showed her", SignalType.DETRACTOR, "prefers_competitor",
                        "person", "Sally Jensen", "competitor", "Zendara");
        assertThat(rule.evaluate(b.build())).isPresent();
    }
}
