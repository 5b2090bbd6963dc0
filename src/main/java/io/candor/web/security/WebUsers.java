package io.candor.web.security;

import io.candor.web.WebSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The users allowed to log in: {@code candor.web.users[i]} plus the lines of {@code candor.web.users-file}.
 * Every entry is checked at start-up, so a typo fails the start with the file and line, not a login later.
 */
final class WebUsers {

    /** A BCrypt hash as Spring Security's BCryptPasswordEncoder writes it: version, cost, 53 characters of salt and hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    /** Login names: no spaces or colons (the file's separator), nothing a log line could be forged with. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}");

    private WebUsers() {
    }

    /** All configured users, name to BCrypt hash; a later entry of the same name replaces an earlier one. */
    static Map<String, String> load(WebSettings settings) {
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < settings.users().size(); i++) {
            WebSettings.User u = settings.users().get(i);
            String where = "candor.web.users[" + i + "]";
            users.put(checkName(u.name(), where), checkHash(u.passwordHash(), where));
        }
        if (settings.usersFile() != null) {
            users.putAll(readFile(settings.usersFile()));
        }
        return users;
    }

    /** Reads {@code name:hash} lines; blank lines and lines starting with # are skipped. */
    static Map<String, String> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("candor.web.users-file: cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + n;
            int colon = line.indexOf(':');
            try {
                if (colon < 0) {
                    throw new IllegalArgumentException(where + ": expected name:bcrypt-hash, got a line without ':'");
                }
                users.put(checkName(line.substring(0, colon).strip(), where), checkHash(line.substring(colon + 1).strip(), where));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return users;
    }

    private static String checkName(String name, String where) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": user name '" + name + "' must match " + NAME.pattern());
        }
        return name;
    }

    private static String checkHash(String hash, String where) {
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            // Never echo the value: it may be a plain password pasted by mistake.
            throw new IllegalArgumentException(where + ": password-hash is not a BCrypt hash ($2a$10$ followed by 53 characters);"
                    + " make one with `./candor hash-password`");
        }
        return hash;
    }
}
