package io.candor.web;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code candor.web.*} settings (docs/web.md "Settings").
 *
 * @param users        who may log in when a login is required: name and BCrypt hash each
 * @param usersFile    a file of {@code name:bcrypt-hash} lines, read in addition to {@code users}
 * @param requireLogin true forces the login even on 127.0.0.1; unset means "required unless bound to loopback"
 * @param pageSize     search hits per page
 */
@ConfigurationProperties("candor.web")
public record WebSettings(
        @DefaultValue List<User> users,
        Path usersFile,
        Boolean requireLogin,
        @DefaultValue("20") int pageSize) {

    public WebSettings {
        users = List.copyOf(users);
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("candor.web.page-size must be 1..200, got " + pageSize);
        }
    }

    /**
     * One user from configuration.
     *
     * @param passwordHash BCrypt, as `candor hash-password` prints it ({@code $2a$10$...})
     */
    public record User(String name, String passwordHash) {
    }
}
