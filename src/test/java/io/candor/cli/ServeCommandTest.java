package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.web.WebFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(originalErr);
    }

    @Test
    void aMissingDataFolderIsAUsageError() {
        int code = new CommandLine(new ServeCommand()).execute("--data", dir.resolve("nothing-here").toString(), "--port", "0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("no data folder at", "nothing-here", "./candor run");
    }

    @Test
    void anUnreadableUsersFileIsAUsageError() {
        int code = new CommandLine(new ServeCommand()).execute("--data", dir.toString(), "--users", dir.resolve("users.txt").toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("--users", "is not a readable file");
    }

    @Test
    void aNonLocalAddressWithoutUsersRefusesToStart() {
        int code = new CommandLine(new ServeCommand())
                .execute("--data", WebFixture.dataFolder().toString(), "--port", "0", "--bind", "0.0.0.0");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err()).contains("candor serve: could not start:", "no user is configured", "hash-password");
    }

    @Test
    void theHelpNamesEveryOption() {
        String usage = new CommandLine(new ServeCommand()).getUsageMessage();

        assertThat(usage).contains("--port", "--bind", "--users", "--data", "127.0.0.1");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
