package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

    @Test
    void prints_the_question_and_signal_rows_for_each_split_and_the_speed() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalCommand());
        cli.setOut(new PrintWriter(out));
        // The corpus part runs the whole analysis; ShippedCorpusAccuracyFunctionalTest covers it.
        int exit = cli.execute("--labels", "labels", "--skip-corpus");
        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("detector");
        for (String split : new String[] {"test", "dev", "all"}) {
            assertThat(text).containsPattern("questions \\[" + split + "\\]\\s+question\\s+\\d+");
            assertThat(text).containsPattern("questions \\[" + split + "\\]\\s+open\\s+\\d+");
            assertThat(text).containsPattern("questions \\[" + split + "\\]\\s+closed\\s+\\d+");
        }
        assertThat(text).containsPattern("words/s");
        for (String set : new String[] {"detractors", "next-steps", "external", "business-case"}) {
            assertThat(text).containsPattern(set + " \\[held-out\\]");
            assertThat(text).containsPattern(set + " \\[blind\\]");
        }
    }

    @Test
    void missing_labels_folder_is_exit_2() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvalCommand());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--labels", "no-such-folder")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-folder");
    }
}
