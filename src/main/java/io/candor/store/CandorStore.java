package io.candor.store;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.domain.Verdict;
import io.candor.metrics.CallMetrics;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Candor's tables: deals, calls, turns, signals, metrics, problems and assessments. Every write is
 * keyed (delete-then-insert by id inside the caller's transaction), so a replayed chunk replaces
 * rows and never duplicates them.
 */
public class CandorStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public CandorStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Creates the tables if missing; safe to call on every start. */
    public void initSchema(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("db/candor-schema.sql")).execute(dataSource);
    }

    // ---- deals ----

    public void saveDeal(Deal deal) {
        jdbc.update("DELETE FROM candor_deal WHERE deal_id = ?", deal.dealId());
        jdbc.update("INSERT INTO candor_deal (deal_id, deal_json, updated_at) VALUES (?, ?, ?)",
                deal.dealId(), JSON.writeValueAsString(deal), Timestamp.from(Instant.now()));
    }

    public Optional<Deal> deal(String dealId) {
        return jdbc.query("SELECT deal_json FROM candor_deal WHERE deal_id = ?",
                (rs, i) -> JSON.readValue(rs.getString(1), Deal.class), dealId).stream().findFirst();
    }

    public List<Deal> deals() {
        return jdbc.query("SELECT deal_json FROM candor_deal ORDER BY deal_id",
                (rs, i) -> JSON.readValue(rs.getString(1), Deal.class));
    }

    public List<String> dealIds() {
        return jdbc.queryForList("SELECT deal_id FROM candor_deal ORDER BY deal_id", String.class);
    }

    /** Removes deals that left the corpus, with everything stored for them. Returns the ids removed. */
    public List<String> retainDeals(Set<String> keep) {
        List<String> gone = new ArrayList<>(dealIds());
        gone.removeAll(keep);
        for (String dealId : gone) {
            for (String callId : callIdsOfDeal(dealId)) {
                deleteCall(callId);
            }
            jdbc.update("DELETE FROM candor_assessment WHERE deal_id = ?", dealId);
            jdbc.update("DELETE FROM candor_finding WHERE deal_id = ?", dealId);
            jdbc.update("DELETE FROM candor_deal WHERE deal_id = ?", dealId);
        }
        return gone;
    }

    // ---- calls and turns ----

    /** The content hash stored for a call, if the call is stored. */
    public Optional<String> contentHash(String callId) {
        return jdbc.queryForList("SELECT content_hash FROM candor_call WHERE call_id = ?", String.class, callId)
                .stream().findFirst();
    }

    /** Stores a (new or changed) call: its old turns, signals and analysis are replaced, so it is analysed again. */
    public void saveCall(Call call, int seq) {
        deleteCall(call.callId());
        jdbc.update("""
                INSERT INTO candor_call (call_id, deal_id, seq, source, format, title, started_at, content_hash, titles_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                call.callId(), call.dealId(), seq, call.source(), call.format(), call.title(),
                call.startedAt() == null ? null : call.startedAt().toString(), call.contentHash(),
                JSON.writeValueAsString(call.speakerTitles()));
        jdbc.batchUpdate("""
                INSERT INTO candor_turn (call_id, turn_index, speaker, email, side, start_ms, end_ms, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                call.turns().stream().map(t -> new Object[] {
                        call.callId(), t.index(), t.speaker(), t.email(), t.side().name(), t.startMs(), t.endMs(), t.text()
                }).toList());
    }

    /** An unchanged transcript whose calls.csv row changed (deal, title, date, order): keep the analysis. */
    public void updateCallListing(Call call, int seq) {
        jdbc.update("UPDATE candor_call SET deal_id = ?, seq = ?, source = ?, title = ?, started_at = ? WHERE call_id = ?",
                call.dealId(), seq, call.source(), call.title(),
                call.startedAt() == null ? null : call.startedAt().toString(), call.callId());
    }

    public void deleteCall(String callId) {
        jdbc.update("DELETE FROM candor_signal WHERE call_id = ?", callId);
        jdbc.update("DELETE FROM candor_turn WHERE call_id = ?", callId);
        jdbc.update("DELETE FROM candor_call WHERE call_id = ?", callId);
    }

    /** Removes calls that left the corpus. Returns the ids removed. */
    public List<String> retainCalls(Set<String> keep) {
        List<String> gone = new ArrayList<>(jdbc.queryForList("SELECT call_id FROM candor_call", String.class));
        gone.removeAll(keep);
        gone.forEach(this::deleteCall);
        return gone;
    }

    public List<String> callIds() {
        return jdbc.queryForList("SELECT call_id FROM candor_call ORDER BY call_id", String.class);
    }

    public List<String> callIdsOfDeal(String dealId) {
        return jdbc.queryForList("SELECT call_id FROM candor_call WHERE deal_id = ? ORDER BY started_at, seq, call_id",
                String.class, dealId);
    }

    /** Calls whose current content has not been analysed yet: new, changed, or interrupted by a crash. */
    public List<String> pendingCallIds() {
        return jdbc.queryForList("""
                SELECT call_id FROM candor_call
                WHERE analyzed_hash IS NULL OR analyzed_hash <> content_hash ORDER BY call_id""", String.class);
    }

    public int callCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM candor_call", Integer.class);
    }

    public Optional<Call> call(String callId) {
        List<Call> found = jdbc.query("""
                SELECT call_id, deal_id, started_at, title, source, format, content_hash, titles_json FROM candor_call WHERE call_id = ?""",
                (rs, i) -> new Call(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? null : Instant.parse(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), turns(rs.getString(1)),
                        rs.getString(8) == null ? Map.of() : JSON.readValue(rs.getString(8), STRING_MAP)),
                callId);
        return found.stream().findFirst();
    }

    public List<Call> callsOfDeal(String dealId) {
        return callIdsOfDeal(dealId).stream().map(this::call).flatMap(Optional::stream).toList();
    }

    private List<Turn> turns(String callId) {
        return jdbc.query("""
                SELECT turn_index, speaker, email, side, start_ms, end_ms, text FROM candor_turn
                WHERE call_id = ? ORDER BY turn_index""",
                (rs, i) -> new Turn(rs.getInt(1), rs.getString(2), rs.getString(3), Side.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getString(7)),
                callId);
    }

    // ---- analysis ----

    /** Stores what the analyze step found and marks this content as analysed. */
    public void saveAnalysis(String callId, String contentHash, CallMetrics metrics, List<Signal> signals) {
        jdbc.update("DELETE FROM candor_signal WHERE call_id = ?", callId);
        Map<Integer, Integer> seqByTurn = new LinkedHashMap<>();
        jdbc.batchUpdate("""
                INSERT INTO candor_signal (call_id, turn_index, seq, type, label, text, details_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                signals.stream().map(s -> new Object[] {
                        callId, s.turnIndex(), seqByTurn.merge(s.turnIndex(), 1, Integer::sum), s.type().name(),
                        s.label(), s.text(), JSON.writeValueAsString(s.details())
                }).toList());
        jdbc.update("UPDATE candor_call SET metrics_json = ?, analyzed_hash = ? WHERE call_id = ?",
                JSON.writeValueAsString(metrics), contentHash, callId);
    }

    public Optional<CallMetrics> metrics(String callId) {
        return jdbc.queryForList("SELECT metrics_json FROM candor_call WHERE call_id = ? AND metrics_json IS NOT NULL",
                String.class, callId).stream().findFirst().map(j -> JSON.readValue(j, CallMetrics.class));
    }

    public List<Signal> signals(String callId) {
        return jdbc.query("""
                SELECT call_id, turn_index, type, label, text, details_json FROM candor_signal
                WHERE call_id = ? ORDER BY turn_index, seq""",
                (rs, i) -> new Signal(rs.getString(1), rs.getInt(2), SignalType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), JSON.readValue(rs.getString(6), STRING_MAP)),
                callId);
    }

    public int signalCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM candor_signal", Integer.class);
    }

    public int turnCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM candor_turn", Integer.class);
    }

    // ---- assessments ----

    public void saveAssessment(Assessment a) {
        jdbc.update("DELETE FROM candor_assessment WHERE deal_id = ?", a.dealId());
        jdbc.update("DELETE FROM candor_finding WHERE deal_id = ?", a.dealId());
        jdbc.update("INSERT INTO candor_assessment (deal_id, verdict, fault_score, assessment_json, scored_at) VALUES (?, ?, ?, ?, ?)",
                a.dealId(), a.verdict().name(), a.faultScore(), JSON.writeValueAsString(a), Timestamp.from(Instant.now()));
        Set<String> seen = new HashSet<>();
        jdbc.batchUpdate("INSERT INTO candor_finding (deal_id, cause, strength) VALUES (?, ?, ?)",
                a.findings().stream().filter(f -> seen.add(f.cause().name()))
                        .map(f -> new Object[] {a.dealId(), f.cause().name(), f.strength()}).toList());
    }

    /** How many deals got each verdict, in the enum's order. */
    public Map<Verdict, Integer> verdictCounts() {
        Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
        jdbc.query("SELECT verdict, COUNT(*) FROM candor_assessment GROUP BY verdict",
                rs -> {
                    counts.put(Verdict.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    public Optional<Assessment> assessment(String dealId) {
        return jdbc.queryForList("SELECT assessment_json FROM candor_assessment WHERE deal_id = ?", String.class, dealId)
                .stream().findFirst().map(j -> JSON.readValue(j, Assessment.class));
    }

    // ---- problems ----

    public static final String PROBLEM = "problem";
    public static final String SKIPPED = "skipped";

    /** Problems describe the current corpus, so each ingest starts them afresh. */
    public void clearProblems() {
        jdbc.update("DELETE FROM candor_problem");
    }

    public void addProblem(String kind, IngestProblem p) {
        jdbc.update("INSERT INTO candor_problem (kind, file, line, deal_id, reason) VALUES (?, ?, ?, ?, ?)",
                kind, p.file(), p.line(), p.dealId(), p.reason());
    }

    public List<IngestProblem> problems(String kind) {
        return jdbc.query("SELECT file, line, deal_id, reason FROM candor_problem WHERE kind = ? ORDER BY id",
                (rs, i) -> new IngestProblem(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3), rs.getString(4)),
                kind);
    }
}
