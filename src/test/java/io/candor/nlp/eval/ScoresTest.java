package io.candor.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    /** gold: 3 open, 2 closed, 5 none; predicted: 2 open right, 1 open->none, 1 closed right, 1 closed->open, 1 none->closed. */
    private static Scores example() {
        Scores s = new Scores();
        s.add("open", "open").add("open", "open").add("open", "none");
        s.add("closed", "closed").add("closed", "open");
        s.add("none", "closed").add("none", "none").add("none", "none").add("none", "none").add("none", "none");
        return s;
    }

    @Test
    void per_label_precision_recall_f1() {
        Scores s = example();
        assertThat(s.precision("open")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall("open")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.f1("open")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.precision("closed")).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall("closed")).isCloseTo(0.5, within(1e-9));
        assertThat(s.support("none")).isEqualTo(5);
        assertThat(s.accuracy()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void micro_average_pools_counts() {
        Scores s = example();
        // open+closed: 3 true positives, 5 predicted, 5 gold
        assertThat(s.microPrecision(List.of("open", "closed"))).isCloseTo(0.6, within(1e-9));
        assertThat(s.microRecall(List.of("open", "closed"))).isCloseTo(0.6, within(1e-9));
        assertThat(s.microRow("d", "q", List.of("open", "closed")).n()).isEqualTo(5);
    }

    @Test
    void unseen_label_scores_zero_not_nan() {
        assertThat(example().f1("tag")).isZero();
        assertThat(new Scores().accuracy()).isZero();
    }

    @Test
    void table_has_a_header_and_one_line_per_row() {
        String table = EvaluationTable.render(List.of(example().row("questions [test]", "open"), example().row("questions [test]", "closed")));
        assertThat(table.lines()).hasSize(3);
        assertThat(table.lines().findFirst().orElseThrow()).contains("detector", "label", "n", "precision", "recall", "F1");
        assertThat(table).contains("questions [test]  open        3      0.667   0.667  0.667");
    }
}
