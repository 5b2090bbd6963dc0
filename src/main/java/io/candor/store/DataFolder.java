package io.candor.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The `--data` folder every command shares: the database (H2 file by default) and the search index.
 * One place, so the job and the web app can never point at different databases.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /** Spring properties for the default embedded database; settings from the environment (SPRING_DATASOURCE_URL) win. */
    public static Map<String, Object> databaseDefaults(Path data) {
        Path abs = data.toAbsolutePath().normalize();
        Map<String, Object> p = new LinkedHashMap<>();
        // AUTO_SERVER lets `candor serve` read the database while a nightly run writes it.
        p.put("spring.datasource.url", "jdbc:h2:file:" + abs.resolve("candor") + ";AUTO_SERVER=TRUE");
        p.put("spring.datasource.username", "sa");
        p.put("spring.datasource.password", "");
        p.put("candor.data", abs.toString());
        p.put("spring.main.banner-mode", "off");
        return p;
    }

    public static Path index(Path data) {
        return data.resolve("index");
    }
}
