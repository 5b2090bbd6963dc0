package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRODUCT_GAP fires only for a lack that is ours: whose it is comes from the subject and the speaker's side. */
class ProductGapDetectorTest {

    private static List<Signal> buyerGaps(String text) {
        return ofType(buyerSays(text), SignalType.PRODUCT_GAP);
    }

    private static List<Signal> sellerGaps(String text) {
        return ofType(sellerSays(text), SignalType.PRODUCT_GAP);
    }

    @Test
    void ourProductOrCompanyAsTheSubjectIsAGap() {
        assertThat(sellerGaps("Paperlane doesn't support handwritten Spanish tickets today.")).singleElement()
                .satisfies(s -> assertThat(s.details().get("capability")).isEqualTo("handwritten Spanish tickets"));
        assertThat(buyerGaps("Your mobile app can't do offline capture, and our techs are always in basements.")).hasSize(1);
        assertThat(buyerGaps("It doesn't handle purchase orders, which is a dealbreaker for us.")).hasSize(1);
        assertThat(buyerGaps("We asked about SOC 2 Type II and you're not there yet.")).hasSize(1);
        assertThat(sellerGaps("Honestly, I'd rather not stretch you into something we don't do yet.")).hasSize(1);
    }

    @Test
    void anItemOnOurRoadmapSaidByTheSellerIsAGap() {
        assertThat(sellerGaps("A live Workday connector is on the roadmap, but it's not committed for this year.")).hasSize(1);
        // The buyer's own roadmap is theirs.
        assertThat(buyerGaps("The AP project is on the roadmap for next year.")).isEmpty();
    }

    @Test
    void peopleWhoDoNotDoSomethingAreNoProductGap() {
        assertThat(buyerGaps("Keep it short, Marcus doesn't read long emails.")).isEmpty();
        assertThat(buyerGaps("My drivers are out on routes, they don't read email during the day.")).isEmpty();
        assertThat(buyerGaps("He usually doesn't do vendor calls, but I'll ask him.")).isEmpty();
    }

    @Test
    void theBuyersOwnWeAndTheSellersYouAreNotUs() {
        assertThat(buyerGaps("We're adding twelve clinics next year, and we can't scale the way we work today.")).isEmpty();
        assertThat(buyerGaps("But we're not there yet.")).isEmpty();
        assertThat(sellerGaps("I'll lock the price through March, so you don't have to re-approve a new number.")).isEmpty();
    }

    @Test
    void aCompetitorsLackIsNoGapOfOurs() {
        assertThat(sellerGaps("Acme is fine for a small shop, but they don't do three-way matching at all.")).isEmpty();
        assertThat(sellerGaps("Their portal looks clean because it doesn't do much.")).isEmpty();
    }

    @Test
    void aProcessStepNotThereYetIsNoGap() {
        assertThat(sellerGaps("The freight invoice is amber, the delivery receipt isn't there yet, so it routes to the ops owner.")).isEmpty();
    }
}
