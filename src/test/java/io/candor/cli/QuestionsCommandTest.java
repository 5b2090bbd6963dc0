package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuestionsCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new QuestionsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path fixture(String name, boolean withHeader) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/nlp/questions/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!withHeader) {
                text = text.substring(text.indexOf('\n') + 1);
            }
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        }
    }

    @Test
    void prints_one_id_and_label_per_row_with_or_without_header() throws IOException {
        String expected = String.join("\n", "r1\tnone", "r2\tnone", "r3\topen", "r4\tnone", "r5\tclosed", "r6\tnone", "r7\tnone") + "\n";
        Result withHeader = run(fixture("renewal-call.tsv", true).toString());
        Result withoutHeader = run(fixture("renewal-call.tsv", false).toString());
        assertThat(withHeader.exit()).isZero();
        assertThat(withHeader.out().replace("\r\n", "\n")).isEqualTo(expected);
        assertThat(withoutHeader.out().replace("\r\n", "\n")).isEqualTo(expected);
    }

    @Test
    void bad_row_is_a_one_line_error_naming_file_and_line() throws IOException {
        Path file = dir.resolve("broken.tsv");
        Files.writeString(file, "id\tspeaker\ttext\nq1\trep\tWhat do you use today?\nq2 rep no tabs here\n");
        Result result = run(file.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains(file + ":3:").contains("expected id<TAB>speaker<TAB>text");
    }

    @Test
    void missing_file_is_exit_2_naming_the_file() {
        Path missing = dir.resolve("nope.tsv");
        Result result = run(missing.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(missing.toString()).contains("cannot read");
    }

    @Test
    void unknown_gold_label_column_names_the_value() throws IOException {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, "q1\trep\tWhat do you use?\topen\nq2\tbuyer\tExcel.\tmaybe\n");
        Result result = run(file.toString());
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(file + ":2:").contains("'maybe'");
    }
}
