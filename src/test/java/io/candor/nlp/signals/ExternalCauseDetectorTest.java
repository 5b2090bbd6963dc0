package io.candor.nlp.signals;

import static io.candor.nlp.signals.SignalFixtures.buyerSays;
import static io.candor.nlp.signals.SignalFixtures.ofType;
import static io.candor.nlp.signals.SignalFixtures.sellerSays;
import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalCauseDetectorTest {

    private static List<String> causes(String text) {
        return ofType(buyerSays(text), SignalType.EXTERNAL_CAUSE).stream().map(Signal::label).toList();
    }

    @Test
    void budgetFrozenFromAboveOrgChangeAndCancelledProject() {
        assertThat(causes("The board froze all discretionary spending until next year.")).containsExactly("budget");
        assertThat(causes("We got acquired by Brightline last month and everything is on hold.")).containsExactly("org_change");
        assertThat(causes("The project got cancelled, leadership wants to focus on the ERP migration instead.")).containsExactly("priority");
    }

    @Test
    void noBudgetForUsIsAnObjectionNotAnExternalCause() {
        assertThat(causes("We just don't have budget for you this year.")).isEmpty();
        assertThat(causes("Honestly, your price is higher than what we budgeted.")).isEmpty();
    }

    @Test
    void hypotheticalsDenialsAndQuestionsDoNotFire() {
        assertThat(causes("If the board froze budget, we'd be stuck, but that's not happening.")).isEmpty();
        assertThat(causes("We're not being acquired, whatever you heard.")).isEmpty();
        assertThat(causes("What happens if we get acquired in the middle of the contract?")).isEmpty();
        assertThat(causes("We had a reorg two years ago, things are stable now.")).isEmpty();
    }

    @Test
    void sellerTurnsAreNoExternalCause() {
        assertThat(ofType(sellerSays("A lot of companies had their budgets frozen this year."), SignalType.EXTERNAL_CAUSE)).isEmpty();
    }

    @Test
    void productGapFromEitherSideWithTheCapability() {
        assertThat(ofType(buyerSays("You don't support on-prem deployment, and that's a hard requirement for us."), SignalType.PRODUCT_GAP))
                .singleElement().satisfies(s -> assertThat(s.details().get("capability")).contains("on-prem deployment"));
        assertThat(ofType(buyerSays("We need data residency in Canada and you only host in the US."), SignalType.PRODUCT_GAP))
                .singleElement().satisfies(s -> assertThat(s.details().get("capability")).isEqualTo("data residency in Canada"));
        assertThat(ofType(sellerSays("Unfortunately we don't offer Spanish OCR yet."), SignalType.PRODUCT_GAP))
                .singleElement().satisfies(s -> assertThat(s.details().get("capability")).isEqualTo("Spanish OCR"));
    }

    @Test
    void aQuestionOrAnAffirmationIsNoProductGap() {
        assertThat(ofType(buyerSays("Do you have an on-prem version?"), SignalType.PRODUCT_GAP)).isEmpty();
        assertThat(ofType(sellerSays("Yes, we support multi-entity out of the box."), SignalType.PRODUCT_GAP)).isEmpty();
    }

    @Test
    void onHoldOrCancelledCountsOnlyForTheProjectNotForInvoicesOrVendors() {
        assertThat(causes("Every project that touches the ERP is on hold until the cutover.")).containsExactly("priority");
        assertThat(causes("We're postponing because the integration team is tied up with the Oracle migration.")).containsExactly("priority");
        assertThat(causes("Invoices on hold, late payments, and overtime at month end.")).isEmpty();
        assertThat(causes("One of our freight vendors put us on hold in March.")).isEmpty();
        assertThat(causes("So the match fails, and then we either short-pay or put it on hold until the rest arrives.")).isEmpty();
        assertThat(causes("Today the whole invoice goes on hold.")).isEmpty();
    }

    @Test
    void aCueUsedAsAModifierOrAsTheRoadNotTakenIsNoEvent() {
        assertThat(causes("We have a contract with an outsourced scanning vendor, and it renews in August.")).isEmpty();
        assertThat(causes("That's why I wanted to keep this slot rather than cancel it.")).isEmpty();
    }

    @Test
    void aDepartureCountsOnlyForAStakeholder() {
        assertThat(causes("Our VP who sponsored this left the company last month.")).containsExactly("org_change");
        assertThat(causes("Our controller retired in June.")).containsExactly("org_change");
        assertThat(causes("Last month an approval thread had three people on it, and one of them had left the company.")).isEmpty();
    }

    @Test
    void aBudgetWordUsedAsAVerbIsNoBudget() {
        assertThat(causes("Right now, when auditors come, Maria's team spends weeks pulling paper out of boxes.")).isEmpty();
        assertThat(causes("Our spend was capped by the parent after Q2.")).containsExactly("budget");
    }
}
