package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import io.candor.store.CandorStore;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The nightly job on PostgreSQL, the production database: job repository and Candor's tables in a
 * fresh schema, run twice (the second run analyses nothing). Needs CANDOR_TEST_POSTGRES_URL (with
 * _USER and _PASSWORD); `.ci/run` starts a local server and sets them. Skipped on a developer machine
 * without one, never in CI.
 */
class PostgresFunctionalTest {

    private static final String URL = System.getenv("CANDOR_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("CANDOR_TEST_POSTGRES_USER", "candor");
    private static final String PASSWORD = System.getenv().getOrDefault("CANDOR_TEST_POSTGRES_PASSWORD", "candor");

    @TempDir
    Path tmp;

    private final String schema = "candor_test_" + Long.toHexString(System.nanoTime());

    @AfterEach
    void dropSchema() throws Exception {
        if (URL != null) {
            try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }
    }

    @Test
    void theJobRunsOnPostgresAndASecondRunAnalysesNothing() throws Exception {
        assumeTrue(URL != null || System.getenv("CI") != null, "no PostgreSQL configured (CANDOR_TEST_POSTGRES_URL)");
        assertThat(URL).as("CI must provide CANDOR_TEST_POSTGRES_URL (.ci/run starts PostgreSQL)").isNotNull();
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", USER);
        System.setProperty("spring.datasource.password", PASSWORD);
        Path corpus = CorpusFixtures.subset(tmp.resolve("corpus"), Set.of("D-1006", "D-1014"));
        String[] run = {"run", "--corpus", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--data", tmp.resolve("data").toString(), "--run-date", "2026-12-03"};

        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.OK);
        var store = new CandorStore(new DriverManagerDataSource(url, USER, PASSWORD));
        int turns = store.turnCount();
        assertThat(store.dealIds()).containsExactlyInAnyOrder("D-1006", "D-1014");
        assertThat(store.callCount()).isEqualTo(4);
        assertThat(store.assessment("D-1006")).isPresent();

        assertThat(CandorCli.execute(run)).isEqualTo(ExitCodes.OK);
        assertThat(store.turnCount()).isEqualTo(turns);
        assertThat(store.pendingCallIds()).isEmpty();
        assertThat(tmp.resolve("out/deals/D-1006.json")).exists();
    }
}
