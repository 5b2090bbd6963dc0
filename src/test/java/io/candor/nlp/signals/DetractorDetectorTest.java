package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetractorDetectorTest {

    private static List<Signal> detractors(List<Signal> signals) {
        return ofType(signals, SignalType.DETRACTOR);
    }

    @Test
    void namedPersonPreferringACompetitorIsADetractorWithPersonAndCompetitor() {
        List<Signal> d = detractors(buyerSays("Yeah, so Sally loves what Acme showed her last week."));
        assertThat(d).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("prefers_competitor");
            assertThat(s.details()).containsEntry("person", "Sally").containsEntry("competitor", "Acme");
        });
    }

    @Test
    void aRoleDoubtingThePriceAndAGroupOpposingAreDetractors() {
        assertThat(detractors(buyerSays("Our CFO thinks it's too pricey."))).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("doubts"));
        assertThat(detractors(buyerSays("IT won't sign off on another vendor."))).singleElement()
                .satisfies(s -> {
                    assertThat(s.label()).isEqualTo("opposes");
                    assertThat(s.details()).containsEntry("person", "IT");
                });
    }

    @Test
    void nameMissedByNerBeforeAPossessiveStillHoldsTheView() {
        assertThat(detractors(buyerSays("Priya's team has used Zendara for years and she's vocal about it."))).singleElement()
                .satisfies(s -> assertThat(s.details()).containsEntry("person", "Priya").containsEntry("competitor", "Zendara"));
    }

    @Test
    void buyerPraisingACompetitorWithNobodyHoldingTheViewIsNoDetractor() {
        assertThat(detractors(buyerSays("Acme's demo was really slick, I have to say."))).isEmpty();
        assertThat(detractors(buyerSays("Zendara is the safer choice for a company our size, probably."))).isEmpty();
    }

    @Test
    void sellerMentioningACompetitorIsNoDetractor() {
        assertThat(detractors(sellerSays("So I heard Priya is a fan of Zendara, and our CFO thinks Acme is too pricey."))).isEmpty();
    }

    @Test
    void personPositiveAboutUsIsNoDetractor() {
        assertThat(detractors(buyerSays("Sally loved what you showed her, she's already telling people about it."))).isEmpty();
        assertThat(detractors(buyerSays("Ahmed thinks you're the better fit for the European entities."))).isEmpty();
    }

    @Test
    void hypotheticalsQuestionsAndDenialsAreNoDetractors() {
        assertThat(detractors(buyerSays("If our CFO thought it was too expensive he'd tell you straight away."))).isEmpty();
        assertThat(detractors(buyerSays("What if our CFO prefers Acme, how would you handle that?"))).isEmpty();
        assertThat(detractors(buyerSays("Paul isn't against it, he just wants to see a reference."))).isEmpty();
    }

    @Test
    void aSkepticWhoCameAroundIsNoDetractor() {
        assertThat(detractors(buyerSays("Martin is our skeptic, but he came around after the demo and he's fully on board now."))).isEmpty();
    }

    @Test
    void theSpeakersOwnPreferenceIsNoDetractor() {
        assertThat(detractors(buyerSays("I think Zendara has a nicer UI, but that's just me."))).isEmpty();
    }

    @Test
    void aCompetitorNamedEarlierInTheTurnIsCarriedToAPronounThatRefersBackToIt() {
        assertThat(detractors(buyerSays("Nora's been talking about Acme a lot. She keeps saying we should just go with them.")))
                .singleElement().satisfies(s -> {
                    assertThat(s.label()).isEqualTo("prefers_competitor");
                    assertThat(s.details()).containsEntry("person", "Nora").containsEntry("competitor", "Acme");
                });
        // Without a word referring back, the earlier competitor is not carried.
        assertThat(detractors(buyerSays("Nora went to an Acme webinar. She keeps saying dashboards matter most."))).isEmpty();
    }
}
