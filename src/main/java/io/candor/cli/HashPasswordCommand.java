package io.candor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `candor hash-password`: prints the BCrypt hash of a password for {@code candor serve}'s users.
 * The password is read without echo from the terminal (twice), or as one line from standard input
 * when piped; never from the command line, where it would land in the shell history.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Prints the BCrypt hash of a password, for `candor serve --users FILE` or candor.web.users[i].password-hash.",
                "Reads the password from the terminal without echo, or one line from standard input."},
        footer = {"", "Example: ./candor hash-password --user anna >> users.txt"})
public final class HashPasswordCommand implements Callable<Integer> {

    /** Shorter passwords are refused: a web login reachable from the network is worth at least this. */
    static final int MIN_LENGTH = 10;
    /** The same rule the server applies to names in the users file. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");

    @Option(names = "--user", paramLabel = "NAME", description = "Print a users-file line, NAME:hash, instead of the hash alone.")
    String user;

    @Option(names = "--cost", defaultValue = "10", paramLabel = "N",
            description = "BCrypt cost, 4..16 (default: ${DEFAULT-VALUE}; each step doubles the work of a login and of a guess).")
    int cost;

    @Override
    public Integer call() throws IOException {
        if (user != null && !NAME.matcher(user).matches()) {
            System.err.println("candor hash-password: --user '" + user + "' must match " + NAME.pattern());
            return ExitCodes.USAGE;
        }
        if (cost < 4 || cost > 16) {
            System.err.println("candor hash-password: --cost must be 4..16, got " + cost);
            return ExitCodes.USAGE;
        }
        char[] password = readPassword();
        if (password == null) {
            System.err.println("candor hash-password: the two passwords differ, or none was given");
            return ExitCodes.USAGE;
        }
        try {
            if (password.length < MIN_LENGTH) {
                System.err.println("candor hash-password: the password must have at least " + MIN_LENGTH + " characters");
                return ExitCodes.USAGE;
            }
            String hash = new BCryptPasswordEncoder(cost).encode(new String(password));
            System.out.println(user == null ? hash : user + ":" + hash);
            return ExitCodes.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            boolean same = first != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            return same ? first : null;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
