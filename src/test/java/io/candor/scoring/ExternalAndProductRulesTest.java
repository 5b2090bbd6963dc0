package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.CauseCode;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalAndProductRulesTest {

    private final CandorConfig config = CandorConfig.defaults();

    private Finding external(CauseCode code, DealEvidence deal) {
        return ExternalCauseRule.all(config).stream().filter(r -> r.cause() == code).findFirst().orElseThrow()
                .evaluate(deal).orElse(null);
    }

    @Test
    void aBuyerStatementOfAFrozenBudgetFiresExternalBudgetAndNothingElseExternal() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Bad news")
                .seller("Dev Okafor", 10, "How did the board meeting go?")
                .question("open", "budget")
                .buyer("Jordan Lee", 30, "Not well. The board froze all capital projects until next fiscal year, ours included.")
                .signalOn("The board froze all capital projects", SignalType.EXTERNAL_CAUSE, "budget");
        DealEvidence deal = b.build();

        Finding f = external(CauseCode.EXTERNAL_BUDGET, deal);

        assertThat(f.summary()).isEqualTo("the buyer said the budget was cut or frozen for reasons outside the deal (1 statement, first in C-2001-4 at 00:12)");
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).contains("The board froze all capital projects");
            assertThat(e.speakerSide()).isEqualTo(Side.BUYER);
        });
        assertThat(external(CauseCode.EXTERNAL_ORG_CHANGE, deal)).isNull();
        assertThat(external(CauseCode.EXTERNAL_PRIORITY, deal)).isNull();
    }

    @Test
    void theSellerGuessingAtAnExternalCauseDoesNotCount() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Check-in")
                .seller("Dev Okafor", 10, "I guess with the acquisition everything is on hold?")
                .signal(SignalType.EXTERNAL_CAUSE, "org_change");
        assertThat(external(CauseCode.EXTERNAL_ORG_CHANGE, b.build())).isNull();
    }

    @Test
    void aProductGapNamesTheCapabilityAndQuotesBothSides() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Field tickets")
                .buyer("Jordan Lee", 20, "Half our field tickets are handwritten in Spanish, so we need OCR that reads those.")
                .signal(SignalType.PRODUCT_GAP, "gap", "capability", "Spanish handwriting OCR")
                .seller("Sam Ortiz", 20, "I have to be honest, we don't support Spanish handwriting today.")
                .signal(SignalType.PRODUCT_GAP, "gap", "capability", "Spanish handwriting OCR");
        CandorConfig paperlane = new CandorConfig("Paperlane", List.of("paperlane.io"), List.of(), List.of(), java.util.Map.of(),
                config.thresholds(), config.lexicons(), config.weights());

        Finding f = new ProductGapRule(paperlane).evaluate(b.build()).orElseThrow();

        assertThat(f.summary()).isEqualTo("the buyer needed Spanish handwriting OCR, which Paperlane lacks (2 statements, confirmed by our side)");
        assertThat(f.evidence()).extracting(e -> e.speakerSide()).containsExactly(Side.BUYER, Side.SELLER);
        assertThat(f.strength()).isEqualTo(1.0);
    }

    @Test
    void noProductGapSignalNoFinding() {
        assertThat(new ProductGapRule(config).evaluate(Fixtures.good().build())).isEmpty();
    }

    @Test
    void aPostponementRightAfterTheNewsOfAnOrgChangeIsThatChangeNotASecondCause() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Update")
                .buyer("Jordan Lee", 20, "Our owners brought in a new CEO last month, and her first move is a reorg.")
                .signalOn("a new CEO", SignalType.EXTERNAL_CAUSE, "org_change")
                .seller("Dev Okafor", 5, "Oh, wow. What does that mean for us?")
                .question("open", "decision_process")
                .buyer("Jordan Lee", 15, "She put all new vendor contracts on hold until the new structure is in place.")
                .signalOn("all new vendor contracts on hold", SignalType.EXTERNAL_CAUSE, "priority");
        DealEvidence deal = b.build();

        assertThat(external(CauseCode.EXTERNAL_ORG_CHANGE, deal)).isNotNull();
        assertThat(external(CauseCode.EXTERNAL_PRIORITY, deal)).isNull();
    }

    @Test
    void aPostponementWithNoOtherNewsIsItsOwnCause() {
        DealBuilder b = Fixtures.good();
        b.call("C-2001-4", "Update")
                .buyer("Jordan Lee", 20, "Every project that touches the ERP is on hold until the cutover next spring.")
                .signalOn("Every project that touches the ERP is on hold", SignalType.EXTERNAL_CAUSE, "priority");
        assertThat(external(CauseCode.EXTERNAL_PRIORITY, b.build())).isNotNull();
    }
}
