package io.candor.nlp.questions;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.nlp.eval.Scores;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier against the labeled set (labels/questions.tsv). The held-out split (every 5th
 * conversation) was not used to tune the rules; the thresholds are the project's acceptance bar.
 */
class QuestionEvaluationTest {

    private static QuestionEvaluation evaluation;

    @BeforeAll
    static void run() {
        evaluation = new QuestionEvaluation(Path.of("labels"));
        evaluation.run();
    }

    @Test
    void the_set_is_big_and_balanced_enough_to_mean_something() {
        var predictions = evaluation.run().predictions();
        assertThat(predictions).hasSizeGreaterThanOrEqualTo(900);
        long open = predictions.stream().filter(p -> p.row().gold() == QuestionKind.OPEN).count();
        long closed = predictions.stream().filter(p -> p.row().gold() == QuestionKind.CLOSED).count();
        assertThat(open).isGreaterThan(predictions.size() / 5);
        assertThat(closed).isGreaterThan(predictions.size() / 6);
        assertThat(predictions.stream().filter(QuestionEvaluation.Prediction::heldOut).count()).isGreaterThan(150);
    }

    @Test
    void held_out_split_meets_the_bar() {
        Scores detection = evaluation.detectionScores(QuestionEvaluation.Prediction::heldOut);
        Scores threeWay = evaluation.scores(QuestionEvaluation.Prediction::heldOut);
        assertThat(detection.f1(QuestionEvaluation.QUESTION)).isGreaterThanOrEqualTo(0.90);
        assertThat(threeWay.f1("open")).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void whole_set_meets_the_bar() {
        Scores detection = evaluation.detectionScores(p -> true);
        Scores threeWay = evaluation.scores(p -> true);
        assertThat(detection.f1(QuestionEvaluation.QUESTION)).isGreaterThanOrEqualTo(0.90);
        assertThat(threeWay.f1("open")).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void hard_negatives_are_mostly_rejected() {
        var hard = evaluation.run().predictions().stream()
                .filter(p -> p.row().gold() == QuestionKind.NONE && !p.row().kind().isEmpty() && !p.row().kind().equals("no-punct"))
                .toList();
        long rejected = hard.stream().filter(p -> p.predicted() == QuestionKind.NONE).count();
        assertThat(hard).hasSizeGreaterThan(60);
        assertThat((double) rejected / hard.size()).isGreaterThanOrEqualTo(0.80);
    }
}
