package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.config.CandorConfig;
import io.candor.domain.Assessment;
import io.candor.domain.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonCheckTest {

    private final ReasonNormalizer normalizer = new ReasonNormalizer(CandorConfig.defaults());
    private final DealScorer scorer = new DealScorer(CandorConfig.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Budget|budget", "Customer said no budget this year|budget", "Lost to Competitor|competitor", "Went with Zendara|competitor",
            "Timing|timing", "Maybe next year|timing", "No Decision|no_decision", "Went Dark|no_decision", "no_decision|no_decision",
            "Product|product", "Missing features|product", "Price|price", "Pricing too high|price", "Too expensive|price",
            "Other|other", "Champion left|other", "''|blank", "NULL|blank", "'   '|blank"})
    void normalizesPicklistValuesAndFreeText(String stated, String expected) {
        assertThat(normalizer.normalize(stated)).isEqualTo(expected);
    }

    @Test
    void statedBudgetWithAnUnansweredJustificationAskAndNoBusinessCaseIsContradicted() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noBusinessCase());
        b.call("C-2001-4", "Pricing").buyer("Jordan Lee", 20, "The money is there if I can justify it; how do I sell this to my CFO?")
                .signal(SignalType.JUSTIFICATION_ASK, "ask");

        Assessment.ReasonCheck check = scorer.score(b.build()).reasonCheck();

        assertThat(check.normalized()).isEqualTo("budget");
        assertThat(check.agreement()).isEqualTo("CONTRADICTS");
        assertThat(check.why()).isEqualTo("stated \u201cBudget\u201d but no business case was built, so the buyer had no numbers to win budget with;"
                + " the buyer asked how to justify the spend, so money was there for a case that held up (NO_BUSINESS_CASE)");
    }

    @Test
    void statedBudgetWithABuyerSayingTheBudgetWasFrozenIsSupported() {
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noBusinessCase());
        b.call("C-2001-4", "Bad news").buyer("Jordan Lee", 20, "Finance cut every software budget by thirty percent company-wide.")
                .signal(SignalType.EXTERNAL_CAUSE, "budget");

        Assessment.ReasonCheck check = scorer.score(b.build()).reasonCheck();

        assertThat(check.agreement()).isEqualTo("SUPPORTS");
        assertThat(check.why()).isEqualTo("stated \u201cBudget\u201d and the calls show EXTERNAL_BUDGET, though also NO_BUSINESS_CASE");
    }

    @Test
    void statedTimingWithoutAnyUrgencyIsContradicted() {
        Assessment.ReasonCheck check = scorer.score(DealBuilder.deal(Fixtures.deal(Fixtures.Knobs.good().noUrgency()).dealRecord())
                .build()).reasonCheck();
        assertThat(check.agreement()).isEqualTo("CANNOT_JUDGE");

        var timing = new io.candor.domain.Deal("D-2001", null, null, "Dev Okafor", null, null, null, null, null, "Timing", null, null, null);
        DealBuilder b = Fixtures.deal(Fixtures.Knobs.good().noUrgency());
        var evidence = b.build();
        var asTiming = new DealEvidence(timing, evidence.calls(), evidence.metricsByCall(), evidence.signals());

        Assessment.ReasonCheck contradicted = scorer.score(asTiming).reasonCheck();

        assertThat(contradicted.agreement()).isEqualTo("CONTRADICTS");
        assertThat(contradicted.why()).startsWith("stated \u201cTiming\u201d but no compelling event or dated next step was ever set");
    }

    @Test
    void aBlankReasonCannotBeJudgedButSaysWhatTheCallsShow() {
        var blank = new io.candor.domain.Deal("D-2001", null, null, "Dev Okafor", null, null, null, null, null, " ", null, null, null);
        var evidence = Fixtures.deal(Fixtures.Knobs.good().noUrgency()).build();

        Assessment.ReasonCheck check = scorer.score(new DealEvidence(blank, evidence.calls(), evidence.metricsByCall(), evidence.signals()))
                .reasonCheck();

        assertThat(check.normalized()).isEqualTo("blank");
        assertThat(check.agreement()).isEqualTo("CANNOT_JUDGE");
        assertThat(check.why()).isEqualTo("the CRM gives no loss reason; the calls show NO_URGENCY");
    }
}
