package io.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.index.TurnFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchCommandTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void buildFixtureIndex() throws Exception {
        TurnFixtures.indexAll(data.resolve("index"));
    }

    @Test
    void printsRankedHitsWithMarkedSnippetsAndFacets() {
        Run run = run("zendara", "--data", data.toString());
        assertThat(run.exit).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).contains("1 turn matches 'zendara' (showing 1-1)")
                .contains("1. deal D-1001 · call C-1001-1 (2024-03-04) · 00:22 · Dana Whitfield (buyer) · rep Tyler Brandt")
                .contains("   Honestly our CFO, Priya Raman, prefers **Zendara**. She thinks it is not a priority this year.")
                .contains("Facets:")
                .contains("  rep:        Tyler Brandt (1)")
                .contains("  competitor: Zendara (1)")
                .doesNotContain("\u001B[");
    }

    @Test
    void contextShowsTheTurnsAroundEachHit() {
        Run run = run("\"touch base\"", "--context", "1", "--data", data.toString());
        assertThat(run.out).contains("\n   00:31 Tyler Brandt (seller): Understood. Let me walk you through our pricing tiers"
                + " so you can compare <them> & decide.\n > Sure. Can we **touch base** next month?\n");
    }

    @Test
    void filtersNarrowTheHits() {
        Run run = run("budget", "--side", "buyer", "--rep", "Megan Castillo", "--cause", "external_priority",
                "--reason", "Lost to competitor", "--deal", "D-2002", "--signal", "external_cause", "--data", data.toString());
        assertThat(run.out).contains("1 turn matches 'budget'").contains("Omar Haddad (buyer)").contains("--:--");
        assertThat(run("budget", "--side", "buyer", "--deal", "D-1001", "--data", data.toString()).out)
                .contains("1 turn matches").contains("the board froze the **budget** until the acquisition closes.");
    }

    @Test
    void limitPagesTheHits() {
        Run run = run("budget OR pricing", "--limit", "2", "--data", data.toString());
        assertThat(run.out).contains("8 turns match 'budget OR pricing' (showing 1-2)").contains("\n2. deal").doesNotContain("\n3. deal");
    }

    @Test
    void ansiBoldOnATerminal() {
        assertThat(run("zendara", "--color", "always", "--data", data.toString()).out).contains("\u001B[1mZendara\u001B[0m");
    }

    @Test
    void noHitsIsNotAnError() {
        Run run = run("blockchain", "--data", data.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).isEqualTo("No turns match 'blockchain'.\n");
    }

    @Test
    void jsonHasHitsFragmentsContextAndFacets() {
        Run run = run("zendara", "--json", "--context", "1", "--data", data.toString());
        assertThat(run.exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out);
        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("turn_id").asString()).isEqualTo("C-1001-1#3");
        assertThat(hit.get("time").asString()).isEqualTo("00:22");
        assertThat(hit.get("snippet").asString()).contains("prefers **Zendara**.");
        assertThat(hit.get("snippet_fragments").get(1).get("text").asString()).isEqualTo("Zendara");
        assertThat(hit.get("snippet_fragments").get(1).get("highlighted").asBoolean()).isTrue();
        assertThat(hit.get("context_before").get(0).get("turn_id").asString()).isEqualTo("C-1001-1#2");
        assertThat(hit.get("context_after").get(0).get("turn_id").asString()).isEqualTo("C-1001-1#4");
        assertThat(json.get("facets").get("side").get(0).get("value").asString()).isEqualTo("buyer");
    }

    @Test
    void malformedQueryIsOneLineAndExitTwo() {
        Run run = run("pricing AND", "--data", data.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("candor search: malformed query 'pricing AND': it ends too early after 'AND'"
                + " (a dangling AND/OR/NOT, field name or '+'/'-'?)\n");
    }

    @Test
    void missingIndexNamesThePathAndWhatToRun(@TempDir Path empty) {
        Run run = run("pricing", "--data", empty.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).isEqualTo("candor search: no search index at " + empty.resolve("index")
                + "; run ./candor run first to build it\n");
    }

    @Test
    void outOfRangeLimitIsAUsageError() {
        Run run = run("pricing", "--limit", "0", "--data", data.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("limit must be 1..1000, got 0");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SearchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
