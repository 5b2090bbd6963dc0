package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

class HashPasswordCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    @Test
    void aPipedPasswordBecomesABcryptHashTheServerAccepts() {
        int code = run("correct horse battery\n", "--cost", "4");

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(hash).startsWith("$2a$04$").hasSize(60);
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void withAUserItPrintsAUsersFileLine() {
        int code = run("correct horse battery\n", "--user", "anna", "--cost", "4");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("anna:$2a$04$");
    }

    @Test
    void shortPasswordsAndBadNamesAreRefused() {
        assertThat(run("hunter2\n")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least " + HashPasswordCommand.MIN_LENGTH + " characters");
        assertThat(run("correct horse battery\n", "--user", "anna:admin")).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CommandLine(new HashPasswordCommand()).execute(args);
    }
}
