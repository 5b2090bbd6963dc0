package io.candor.batch;

import io.candor.store.DataFolder;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application behind `candor run`, `report` and `history`: the job repository,
 * Candor's tables and the job. No web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@Import(LossAnalysisJobConfiguration.class)
public class BatchApplication {

    /** Starts the context over a data folder; settings from the environment (e.g. SPRING_DATASOURCE_URL) win. */
    public static ConfigurableApplicationContext start(Path data) {
        SpringApplication app = new SpringApplication(BatchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(defaults(data));
        app.setLogStartupInfo(false);
        return app.run();
    }

    /** Defaults: an H2 file database and the index under the data folder; the job runs only when asked. */
    public static Map<String, Object> defaults(Path data) {
        Map<String, Object> p = DataFolder.databaseDefaults(data);
        // A file URL is not "embedded" to Boot, so the Batch schema must be asked for explicitly.
        p.put("spring.batch.jdbc.initialize-schema", "always");
        p.put("spring.batch.job.enabled", "false");
        return p;
    }
}
