package io.candor.nlp.signals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The detectors against the hand-labeled sets in labels/ (whole set; dev and held-out are printed). */
class SignalEvaluationFunctionalTest {

    private static List<SignalSetEvaluation> evaluations;

    @BeforeAll
    static void evaluate() {
        evaluations = SignalEvaluationReport.evaluateAll(Path.of("labels"), new SignalAnalyzer());
        evaluations.forEach(e -> e.reportLines().forEach(System.out::println));
    }

    private static <T extends SignalSetEvaluation> T get(Class<T> type) {
        return evaluations.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void setsAreAsLargeAsPromised() {
        assertThat(get(DetractorEvaluation.class).outcomes()).hasSizeGreaterThanOrEqualTo(170);
        assertThat(get(NextStepEvaluation.class).outcomes()).hasSizeGreaterThanOrEqualTo(170);
        assertThat(get(ExternalCauseEvaluation.class).outcomes()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(get(BusinessCaseEvaluation.class).outcomes()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void detractorF1AtLeast085() {
        assertThat(get(DetractorEvaluation.class).f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(get(DetractorEvaluation.class).f1(LabeledSet.Part.HELD_OUT)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void datedNextStepF1AtLeast085WithTheExactDate() {
        assertThat(get(NextStepEvaluation.class).f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(get(NextStepEvaluation.class).f1(LabeledSet.Part.HELD_OUT)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void externalCauseMacroF1AtLeast080() {
        assertThat(get(ExternalCauseEvaluation.class).f1()).isGreaterThanOrEqualTo(0.80);
        assertThat(get(ExternalCauseEvaluation.class).f1(LabeledSet.Part.HELD_OUT)).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void businessCaseMacroF1AtLeast080() {
        assertThat(get(BusinessCaseEvaluation.class).f1()).isGreaterThanOrEqualTo(0.80);
    }
}
