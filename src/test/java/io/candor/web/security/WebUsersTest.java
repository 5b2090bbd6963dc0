package io.candor.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.candor.web.WebSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class WebUsersTest {

    @TempDir
    Path dir;

    private final String hash = new BCryptPasswordEncoder(4).encode("a long passphrase");

    @Test
    void usersComeFromPropertiesAndTheUsersFile() throws Exception {
        Path file = Files.writeString(dir.resolve("users.txt"), "# who may log in\n\nben:" + hash + "\n");
        var settings = new WebSettings(List.of(new WebSettings.User("anna", hash)), file, null, 20);

        assertThat(WebUsers.load(settings)).containsOnlyKeys("anna", "ben").containsEntry("ben", hash);
    }

    @Test
    void aBrokenLineIsNamedByFileAndLineWithoutEchoingTheSecret() throws Exception {
        Path file = Files.writeString(dir.resolve("users.txt"), "anna:" + hash + "\nben:hunter2\ncarl\n");

        assertThatThrownBy(() -> WebUsers.readFile(file))
                .hasMessageContaining("users.txt:2: password-hash is not a BCrypt hash")
                .hasMessageContaining("users.txt:3: expected name:bcrypt-hash")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aPlainPasswordInThePropertiesIsRefused() {
        var settings = new WebSettings(List.of(new WebSettings.User("anna", "hunter2")), null, null, 20);

        assertThatThrownBy(() -> WebUsers.load(settings))
                .hasMessageContaining("candor.web.users[0]: password-hash is not a BCrypt hash")
                .hasMessageNotContaining("hunter2");
    }
}
