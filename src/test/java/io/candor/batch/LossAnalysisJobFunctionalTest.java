package io.candor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.cli.CandorCli;
import io.candor.cli.ExitCodes;
import io.candor.store.CandorStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The nightly job end to end, through the command line, on four deals of the shipped corpus. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LossAnalysisJobFunctionalTest {

    private static final Set<String> DEALS = Set.of("D-1001", "D-1003", "D-1013", "D-1017");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;

    private static Path corpus() {
        Path c = tmp.resolve("corpus");
        return Files.isDirectory(c) ? c : CorpusFixtures.subset(c, DEALS);
    }

    private static int run(String... more) {
        var args = new java.util.ArrayList<>(List.of("run", "--corpus", corpus().toString(), "--out", tmp.resolve("out").toString(),
                "--data", tmp.resolve("data").toString(), "--run-date", "2026-12-01"));
        args.addAll(List.of(more));
        return CandorCli.execute(args.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void firstRunAnalysesEveryCallAndWritesTheOutputContract() throws Exception {
        assertThat(run()).isEqualTo(ExitCodes.OK);

        for (String id : DEALS) {
            JsonNode deal = JSON.readTree(tmp.resolve("out/deals/" + id + ".json").toFile());
            assertThat(deal.get("deal_id").asString()).isEqualTo(id);
            for (String field : List.of("owner_name", "stated_reason", "verdict", "fault_score", "findings", "metrics")) {
                assertThat(deal.has(field)).as(id + " has " + field).isTrue();
            }
            for (JsonNode f : deal.get("findings")) {
                assertThat(f.get("cause").asString()).isNotBlank();
                assertThat(f.get("side").asString()).isIn("rep", "external", "product");
                assertThat(f.get("summary").asString()).isNotBlank();
                for (JsonNode e : f.get("evidence")) {
                    assertThat(e.has("call_id") && e.has("start_ms") && e.has("speaker") && e.has("speaker_side") && e.has("quote")).isTrue();
                }
            }
            assertThat(tmp.resolve("out/deals/" + id + ".html")).exists();
            assertThat(tmp.resolve("out/deals/" + id + ".md")).exists();
        }
        assertThat(tmp.resolve("out/summary.json")).exists();
        List<String> csv = Files.readAllLines(tmp.resolve("out/deals.csv"));
        assertThat(csv.get(0)).startsWith("deal_id,owner_name,stated_reason,verdict,fault_score,causes");
        assertThat(csv).hasSize(1 + DEALS.size());

        CandorStore store = StoreProbe.open(tmp.resolve("data"));
        assertThat(store.dealIds()).containsExactlyInAnyOrderElementsOf(DEALS);
        assertThat(store.callCount()).isEqualTo(12);
        assertThat(store.pendingCallIds()).isEmpty();
        assertThat(store.signalCount()).isPositive();
    }

    @Test
    @Order(2)
    void typingTheCommandAgainStartsANewRunThatAnalysesNothingUnchanged() {
        CandorStore store = StoreProbe.open(tmp.resolve("data"));
        int turns = store.turnCount();
        int signals = store.signalCount();

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(store.turnCount()).isEqualTo(turns);
        assertThat(store.signalCount()).isEqualTo(signals);
        try (var ctx = BatchApplication.start(tmp.resolve("data"))) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            var instances = repo.getJobInstances(JobNames.JOB, 0, 10);
            assertThat(instances).hasSize(2);
            var last = repo.getLastJobExecution(instances.get(0));
            var analyze = last.getStepExecutions().stream().filter(s -> s.getStepName().equals(JobNames.ANALYZE)).findFirst().orElseThrow();
            assertThat(analyze.getWriteCount()).isZero();
        }
    }

    @Test
    @Order(3)
    void aChangedTranscriptIsAnalysedAgainAndReplacesItsRows() throws Exception {
        CandorStore store = StoreProbe.open(tmp.resolve("data"));
        Path file = corpus().resolve("transcripts/D-1003/C-1003-1.json");
        String oldHash = store.contentHash("C-1003-1").orElseThrow();
        int turnsBefore = store.turnCount();
        int callTurns = store.call("C-1003-1").orElseThrow().turns().size();
        // Same content, different bytes: a re-export of the same call.
        Files.writeString(file, Files.readString(file) + "\n");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        assertThat(store.contentHash("C-1003-1")).isPresent().get().isNotEqualTo(oldHash);
        assertThat(store.call("C-1003-1").orElseThrow().turns()).hasSize(callTurns);
        assertThat(store.turnCount()).isEqualTo(turnsBefore);
        assertThat(store.pendingCallIds()).isEmpty();
    }

    @Test
    @Order(4)
    void aCallThatLeftTheCorpusLeavesTheDatabase() throws Exception {
        Path calls = corpus().resolve("calls.csv");
        List<String> rows = Files.readAllLines(calls);
        Files.write(calls, rows.stream().filter(r -> !r.startsWith("C-1017-3,")).toList());
        Path participants = corpus().resolve("participants.csv");
        Files.write(participants, Files.readAllLines(participants).stream().filter(r -> !r.startsWith("C-1017-3,")).toList());

        assertThat(run()).isEqualTo(ExitCodes.OK);

        CandorStore store = StoreProbe.open(tmp.resolve("data"));
        assertThat(store.callIds()).doesNotContain("C-1017-3").hasSize(11);
    }

    @Test
    @Order(5)
    void anEditedParticipantsFileReanalysesTheCallsItChanges() throws Exception {
        Path participants = corpus().resolve("participants.csv");
        List<String> rows = Files.readAllLines(participants);
        String header = rows.get(0);
        String row = rows.stream().filter(r -> r.startsWith("C-1003-2,") && r.contains(",external,")).findFirst().orElseThrow();
        // A buyer re-labelled as seller side: a different reading of an unchanged file.
        Files.write(participants, rows.stream().map(r -> r.equals(row) ? r.replace(",external,", ",internal,") : r).toList());
        assertThat(header).startsWith("call_id,name");

        assertThat(run()).isEqualTo(ExitCodes.OK);

        try (var ctx = BatchApplication.start(tmp.resolve("data"))) {
            JobRepository repo = ctx.getBean(JobRepository.class);
            var last = repo.getLastJobExecution(repo.getJobInstances(JobNames.JOB, 0, 1).get(0));
            var analyze = last.getStepExecutions().stream().filter(s -> s.getStepName().equals(JobNames.ANALYZE)).findFirst().orElseThrow();
            assertThat(analyze.getWriteCount()).isEqualTo(1);
        }
        String name = row.split(",")[1];
        var call = StoreProbe.open(tmp.resolve("data")).call("C-1003-2").orElseThrow();
        assertThat(call.turns()).filteredOn(t -> t.speaker().equals(name)).allMatch(t -> t.side() == io.candor.domain.Side.SELLER);
    }

    @Test
    @Order(6)
    void theCrmWriteBackLinksToTheReportsWhereTheyWillBeServed() throws Exception {
        assertThat(run("--report-url", "not a url")).isEqualTo(ExitCodes.USAGE);

        assertThat(run("--report-url", "https://candor.example.com/reports/")).isEqualTo(ExitCodes.OK);

        assertThat(Files.readString(tmp.resolve("out/crm-writeback.csv")))
                .contains("https://candor.example.com/reports/deals/D-1001.html");
    }
}
