package io.candor.web;

import io.candor.store.DataFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The web app behind `candor serve`: search, transcripts, deal reports and the loss dashboard,
 * read from the database and the search index the nightly job writes. It never writes either.
 *
 * <p>Scans {@code io.candor.web} only, so the batch job's beans never start inside the web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        // The job runs in `candor run`; the web app must not create or launch anything of Spring Batch's.
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
        // Users come from candor.web.users / a users file (WebUsers), never from Boot's generated password.
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ComponentScan
@ConfigurationPropertiesScan
public class WebApplication {

    /** Where the server listens unless told otherwise: this machine only, so no login is needed. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Serves {@code data} on 127.0.0.1:{@code port}. */
    public static ConfigurableApplicationContext start(Path data, int port) {
        return start(data, port, LOOPBACK, Map.of());
    }

    /**
     * Starts the web server over a data folder and returns once it listens.
     *
     * @param data        the folder the nightly job writes: H2 database {@code <data>/candor}, index {@code <data>/index}
     * @param port        TCP port; 0 picks a free one (read it back from {@code local.server.port})
     * @param bindAddress interface to listen on; anything but a loopback address requires a login (docs/web.md)
     * @param settings    further Spring properties, e.g. {@code candor.web.users-file}; the environment
     *                    (CANDOR_WEB_USERS_0_NAME, SPRING_DATASOURCE_URL...) still wins over them
     */
    public static ConfigurableApplicationContext start(Path data, int port, String bindAddress, Map<String, Object> settings) {
        Objects.requireNonNull(data, "data");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must be an address or host name, e.g. " + LOOPBACK);
        }
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        Map<String, Object> properties = defaults(data);
        properties.put("server.port", port);
        properties.put("server.address", bindAddress.strip());
        properties.putAll(settings);
        app.setDefaultProperties(properties);
        app.setLogStartupInfo(false);
        return app.run();
    }

    /**
     * The properties every start uses: the same database URL and index folder as the nightly job,
     * and error pages that never show internals.
     */
    public static Map<String, Object> defaults(Path data) {
        // The same database and index as the batch job's.
        Map<String, Object> p = DataFolder.databaseDefaults(data);
        p.put("spring.sql.init.mode", "never");
        // Without an explicit address Tomcat listens on every interface; loopback is the safe default.
        p.put("server.address", LOOPBACK);
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.include-exception", "false");
        p.put("server.error.include-message", "never");
        p.put("server.error.include-binding-errors", "never");
        p.put("server.error.whitelabel.enabled", "false");
        p.put("server.servlet.session.cookie.same-site", "strict");
        p.put("spring.thymeleaf.cache", "true");
        return p;
    }
}
