package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path out;

    @Test
    void writesACorpusAndSaysHowBig() throws Exception {
        StringWriter stdout = new StringWriter();
        int exit = command(stdout, new StringWriter()).execute("--deals", "12", "--seed", "9", "--out", out.toString());
        assertThat(exit).isZero();
        assertThat(stdout.toString()).matches("Wrote 12 deals, \\d+ calls, \\d+ turns to .* \\(seed 9\\)\\n");
        assertThat(Files.readAllLines(out.resolve("deals.csv"))).hasSize(13);
    }

    @Test
    void refusesToOverwriteACorpusWithoutForce() throws Exception {
        command(new StringWriter(), new StringWriter()).execute("--deals", "3", "--out", out.toString());
        StringWriter err = new StringWriter();
        assertThat(command(new StringWriter(), err).execute("--deals", "3", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("candor generate: " + out + " already holds a corpus (deals.csv); use --force to replace it\n");
        assertThat(command(new StringWriter(), new StringWriter()).execute("--deals", "2", "--force", "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out.resolve("deals.csv"))).hasSize(3);
    }

    private static CommandLine command(StringWriter out, StringWriter err) {
        return new CommandLine(new GenerateCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    }
}
