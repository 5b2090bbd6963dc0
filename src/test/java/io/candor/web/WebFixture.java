package io.candor.web;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.domain.Verdict;
import io.candor.index.TurnIndex;
import io.candor.metrics.TimingMetricsCalculator;
import io.candor.store.CandorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A small data folder as the nightly job would leave it: three lost deals of two reps, four calls,
 * their signals, metrics and assessments in an H2 file database, and the same turns in the index.
 * Built from domain records (no CoreNLP), once per test JVM, under target/web-fixture.
 *
 * <p>One turn of D-1002 carries script and attribute-breaking markup ({@link #XSS_SCRIPT},
 * {@link #XSS_IMG}), and so do that deal's name and a finding's quote: every page must print them as text.
 */
public final class WebFixture {

    public static final String XSS_SCRIPT = "<script>alert(1)</script>";
    public static final String XSS_IMG = "\"><img src=x onerror=alert(1)>";
    public static final String XSS_DEAL_NAME = "Halvorsen <b>Invoice</b> Capture \"><img src=x onerror=alert(2)>";

    /** The turn of call D-1001-disco where the buyer names a detractor; search tests open the call there. */
    public static final int DETRACTOR_TURN = 5;
    /** The turn of call D-1002-demo that carries the markup. */
    public static final int XSS_TURN = 3;

    private static Path built;

    private WebFixture() {
    }

    /** The data folder, built on first use. */
    public static synchronized Path dataFolder() {
        if (built == null) {
            Path dir = Path.of("target", "web-fixture", "data").toAbsolutePath();
            deleteRecursively(dir);
            build(dir);
            built = dir;
        }
        return built;
    }

    private static void build(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // The server's URL (WebApplication.defaults): AUTO_SERVER lets both open the file in one JVM.
        ds.setURL("jdbc:h2:file:" + dir.resolve("candor") + ";AUTO_SERVER=TRUE");
        ds.setUser("sa");
        ds.setPassword("");
        CandorStore store = new CandorStore(ds);
        store.initSchema(ds);
        recordRuns(ds);
        try (TurnIndex index = TurnIndex.open(dir.resolve("index"))) {
            for (DealData d : deals()) {
                store.saveDeal(d.deal());
                store.saveAssessment(d.assessment());
                int seq = 0;
                for (CallData c : d.calls()) {
                    store.saveCall(c.call(), seq++);
                    store.saveAnalysis(c.call().callId(), c.call().contentHash(),
                            new TimingMetricsCalculator().measure(c.call()), c.signals());
                    index.indexCall(d.deal(), c.call(), c.signals(), d.assessment());
                }
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The completed run the pages name, and a later failed one they must ignore. */
    public static final String LAST_RUN = "run 7 (2026-11-30)";

    /** Spring Batch's own tables, as `candor run` leaves them: one completed run, then a failed one. */
    private static void recordRuns(JdbcDataSource ds) {
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql")).execute(ds);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (7, 0, 'lossAnalysis', 'k7'), (8, 0, 'lossAnalysis', 'k8')");
        jdbc.update("""
                INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME, END_TIME, STATUS, EXIT_CODE)
                VALUES (11, 0, 7, TIMESTAMP '2026-11-30 02:00:00', TIMESTAMP '2026-11-30 02:00:00', TIMESTAMP '2026-11-30 02:14:00', 'COMPLETED', 'COMPLETED'),
                       (12, 0, 8, TIMESTAMP '2026-12-01 02:00:00', TIMESTAMP '2026-12-01 02:00:00', TIMESTAMP '2026-12-01 02:01:00', 'FAILED', 'FAILED')""");
        for (long execution : new long[] {11, 12}) {
            String date = execution == 11 ? "2026-11-30" : "2026-12-01";
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (?, 'runDate', 'java.time.LocalDate', ?, 'Y'), (?, 'corpus', 'java.lang.String', ?, 'Y')",
                    execution, date, execution, "target/web-fixture/no-such-corpus");
        }
    }

    record DealData(Deal deal, Assessment assessment, List<CallData> calls) {
    }

    record CallData(Call call, List<Signal> signals) {
    }

    static List<DealData> deals() {
        return List.of(brightwater(), halvorsen(), orchard());
    }

    /** Tyler's deal, lost "on budget": a seller-heavy discovery, a detractor nobody met, no dated next step. */
    private static DealData brightwater() {
        Deal deal = new Deal("D-1001", "Brightwater - AP Automation", "Brightwater Logistics", "Tyler Brandt",
                "tyler.brandt@paperlane.io", new BigDecimal("84000"), "USD", LocalDate.parse("2026-09-12"), "Closed Lost",
                "Budget", "Customer said no budget this year", null, Map.of("Region", "West"));
        String disco = "D-1001-disco";
        List<Turn> t1 = new Turns(disco)
                .seller("Tyler Brandt", 0, "Thanks for making the time, Dana. Let me walk you through Paperlane and how our AP automation platform handles invoice capture, approvals and payments end to end.")
                .buyer("Dana Whitfield", 42_000, "Sure. We process about four thousand invoices a month, mostly by hand.")
                .seller("Tyler Brandt", 50_000, "Are you using NetSuite today? Our connector syncs vendors and GL codes every fifteen minutes, and our OCR reads line items with ninety-nine percent accuracy.")
                .buyer("Dana Whitfield", 95_000, "Yes, NetSuite. Honestly the approvals are where it hurts, invoices sit in inboxes for weeks.")
                .seller("Tyler Brandt", 110_000, "That is exactly what our approval workflows fix. What does your approval chain look like today?")
                .buyer("Dana Whitfield", 140_000, "It goes to Marcus, our controller. Marcus likes Zendara, he used it at his last company, so he will push for that.")
                .seller("Tyler Brandt", 170_000, "Understood. Let's touch base next week and I can send over some materials.")
                .build();
        Call c1 = new Call(disco, "D-1001", Instant.parse("2026-06-03T15:00:00Z"), "Discovery",
                "transcripts/D-1001/disco.vtt", "vtt", "hash-d1001-1", t1);
        List<Signal> s1 = List.of(
                signal(disco, 2, SignalType.QUESTION, "closed", "Are you using NetSuite today?", Map.of("topics", "situation")),
                signal(disco, 2, SignalType.DISCOVERY_TOPIC, "situation", "Are you using NetSuite today?", Map.of()),
                signal(disco, 4, SignalType.QUESTION, "open", "What does your approval chain look like today?", Map.of("topics", "decision_process")),
                signal(disco, 4, SignalType.DISCOVERY_TOPIC, "decision_process", "What does your approval chain look like today?", Map.of()),
                signal(disco, 5, SignalType.PERSON_MENTION, "Marcus", "It goes to Marcus, our controller.", Map.of("title", "controller")),
                signal(disco, 5, SignalType.DETRACTOR, "prefers_competitor", "Marcus likes Zendara, he used it at his last company, so he will push for that.",
                        Map.of("person", "Marcus", "competitor", "Zendara")),
                signal(disco, 5, SignalType.COMPETITOR_MENTION, "Zendara", "Zendara", Map.of()),
                signal(disco, 6, SignalType.NEXT_STEP, "vague", "Let's touch base next week and I can send over some materials.", Map.of("proposer", "seller")));

        String demo = "D-1001-demo";
        List<Turn> t2 = new Turns(demo)
                .seller("Tyler Brandt", 0, "Today I will show the approval workflow we discussed, then pricing.")
                .buyer("Dana Whitfield", 30_000, "Great. I should say the budget freeze came from the board last Friday.")
                .seller("Tyler Brandt", 45_000, "Could we look at the return on investment together? At your volume the savings are around $240,000 a year.")
                .buyer("Dana Whitfield", 80_000, "That helps. How would I justify this to our CFO if the freeze holds?")
                .seller("Tyler Brandt", 95_000, "Let's meet on 2026-07-15 with your CFO to walk through the business case.")
                .build();
        Call c2 = new Call(demo, "D-1001", Instant.parse("2026-06-20T16:00:00Z"), "Demo",
                "transcripts/D-1001/demo.vtt", "vtt", "hash-d1001-2", t2);
        List<Signal> s2 = List.of(
                signal(demo, 1, SignalType.EXTERNAL_CAUSE, "budget", "the budget freeze came from the board last Friday.", Map.of()),
                signal(demo, 2, SignalType.BUSINESS_CASE, "roi", "Could we look at the return on investment together?", Map.of("figure", "$240,000")),
                signal(demo, 2, SignalType.QUESTION, "closed", "Could we look at the return on investment together?", Map.of()),
                signal(demo, 3, SignalType.JUSTIFICATION_ASK, "ask", "How would I justify this to our CFO if the freeze holds?", Map.of()),
                signal(demo, 3, SignalType.ECONOMIC_BUYER, "cfo", "our CFO", Map.of()),
                signal(demo, 4, SignalType.NEXT_STEP, "dated", "Let's meet on 2026-07-15 with your CFO to walk through the business case.",
                        Map.of("date", "2026-07-15", "proposer", "seller")));

        Assessment a = new Assessment("D-1001", Verdict.LIKELY_OUR_FAULT, 78, List.of(
                new Finding(CauseCode.MISSED_DETRACTOR, "Marcus (controller) preferred Zendara and was never on a call",
                        1, 0, "a named buyer-side person with a competitor preference who never spoke", 0.9,
                        List.of(new Evidence(disco, 140_000L, "Dana Whitfield", Side.BUYER, "Marcus likes Zendara, he used it at his last company, so he will push for that."))),
                new Finding(CauseCode.SINGLE_THREADED, "One buyer contact carried the whole deal",
                        1, 2, "distinct buyer speakers across all calls below 2", 0.7,
                        List.of(new Evidence(demo, 30_000L, "Dana Whitfield", Side.BUYER, "Great. I should say the budget freeze came from the board last Friday."))),
                new Finding(CauseCode.TALKED_MORE_THAN_LISTENED, "The seller side spoke 68 % of the time",
                        0.68, 0.45, "seller talk share above 45 % (Gong's talk-to-listen guidance)", 0.6,
                        List.of(new Evidence(disco, 50_000L, "Tyler Brandt", Side.SELLER, "Are you using NetSuite today? Our connector syncs vendors and GL codes every fifteen minutes, and our OCR reads line items with ninety-nine percent accuracy.")))),
                new Assessment.ReasonCheck("budget", "CONTRADICTS", "The budget freeze was mentioned once, after a competitor preference nobody addressed."));
        return new DealData(deal, a, List.of(new CallData(c1, s1), new CallData(c2, s2)));
    }

    /** Megan's deal "lost to competitor"; one turn quotes markup pasted from a chat window. */
    private static DealData halvorsen() {
        Deal deal = new Deal("D-1002", XSS_DEAL_NAME, "Halvorsen Manufacturing", "Megan Castillo",
                "megan.castillo@paperlane.io", new BigDecimal("126500"), "USD", LocalDate.parse("2026-08-28"), "Closed Lost",
                "Lost to Competitor", "Went with Zendara", "Zendara", Map.of());
        String id = "D-1002-demo";
        String xss = "Our IT lead pasted this into the chat: " + XSS_SCRIPT + " and also " + XSS_IMG
                + " Can your parser handle invoices like that?";
        List<Turn> turns = new Turns(id)
                .seller("Megan Castillo", 0, "Welcome everyone. What prompted you to look at invoice capture this quarter?")
                .buyer("Priya Nair", 20_000, "Our current tool misreads multi-page invoices, and Zendara quoted us a lower price.")
                .seller("Megan Castillo", 45_000, "Our pricing is per invoice, so you only pay for what you process.")
                .buyer("Priya Nair", 60_000, xss)
                .seller("Megan Castillo", 90_000, "Yes, we sanitize everything. Can we book a follow-up?")
                .buyer("Priya Nair", 105_000, "We need native SAP Ariba support, which you do not have yet.")
                .build();
        Call call = new Call(id, "D-1002", Instant.parse("2026-07-08T14:00:00Z"), "Demo",
                "transcripts/D-1002/demo.vtt", "vtt", "hash-d1002-1", turns);
        List<Signal> signals = List.of(
                signal(id, 0, SignalType.QUESTION, "open", "What prompted you to look at invoice capture this quarter?", Map.of("topics", "pain")),
                signal(id, 1, SignalType.COMPETITOR_MENTION, "Zendara", "Zendara", Map.of()),
                signal(id, 3, SignalType.QUESTION, "closed", "Can your parser handle invoices like that?", Map.of()),
                signal(id, 4, SignalType.NEXT_STEP, "vague", "Can we book a follow-up?", Map.of("proposer", "seller")),
                signal(id, 5, SignalType.PRODUCT_GAP, "gap", "We need native SAP Ariba support, which you do not have yet.", Map.of("capability", "SAP Ariba")));
        Assessment a = new Assessment("D-1002", Verdict.MIXED, 52, List.of(
                new Finding(CauseCode.PRODUCT_GAP, "The buyer needed SAP Ariba support we lack", 1, 1, "a product-gap statement by the buyer", 0.8,
                        List.of(new Evidence(id, 105_000L, "Priya Nair", Side.BUYER, "We need native SAP Ariba support, which you do not have yet."))),
                new Finding(CauseCode.NO_URGENCY, "No dated next step in any call", 0, 1, "dated next steps below 1", 0.7,
                        List.of(new Evidence(id, 60_000L, "Priya Nair", Side.BUYER, xss)))),
                new Assessment.ReasonCheck("competitor", "SUPPORTS", "Zendara was named by the buyer."));
        return new DealData(deal, a, List.of(new CallData(call, signals)));
    }

    /** Tyler's deal lost to a reorganisation: external, a plain-text transcript without times. */
    private static DealData orchard() {
        Deal deal = new Deal("D-1003", "Orchard Foods - AP", "Orchard Foods", "Tyler Brandt", "tyler.brandt@paperlane.io",
                new BigDecimal("39000"), "USD", LocalDate.parse("2026-10-01"), "Closed Lost", "Timing", null, null, Map.of());
        String id = "D-1003-intro";
        List<Turn> turns = List.of(
                new Turn(0, "Tyler Brandt", "tyler.brandt@paperlane.io", Side.SELLER, null, null, "How is the finance team organised today, and who signs off on new tools?"),
                new Turn(1, "Lena Ortiz", "lena@orchardfoods.com", Side.BUYER, null, null, "We were just acquired by Greenfield Holdings, so every purchase is on hold until the reorg settles."),
                new Turn(2, "Tyler Brandt", "tyler.brandt@paperlane.io", Side.SELLER, null, null, "Understood. When do you expect the new structure to be in place?"));
        Call call = new Call(id, "D-1003", null, "Intro", "transcripts/D-1003/intro.txt", "text", "hash-d1003-1", turns);
        List<Signal> signals = List.of(
                signal(id, 0, SignalType.QUESTION, "open", "How is the finance team organised today, and who signs off on new tools?", Map.of("topics", "decision_process")),
                signal(id, 1, SignalType.EXTERNAL_CAUSE, "org_change", "We were just acquired by Greenfield Holdings, so every purchase is on hold until the reorg settles.", Map.of()),
                signal(id, 2, SignalType.QUESTION, "open", "When do you expect the new structure to be in place?", Map.of("topics", "timeline")));
        Assessment a = new Assessment("D-1003", Verdict.LIKELY_EXTERNAL, 18, List.of(
                new Finding(CauseCode.EXTERNAL_ORG_CHANGE, "The buyer was acquired; purchases are on hold", 1, 1, "an org-change statement by the buyer", 0.9,
                        List.of(new Evidence(id, null, "Lena Ortiz", Side.BUYER, "We were just acquired by Greenfield Holdings, so every purchase is on hold until the reorg settles.")))),
                new Assessment.ReasonCheck("timing", "SUPPORTS", "The reorg put every purchase on hold."));
        return new DealData(deal, a, List.of(new CallData(call, signals)));
    }

    private static Signal signal(String callId, int turn, SignalType type, String label, String text, Map<String, String> details) {
        return new Signal(callId, turn, type, label, text, details);
    }

    /** Timed turns; each ends where the next starts (the last one 10 s after its start). */
    private static final class Turns {
        private final List<Object[]> rows = new ArrayList<>();

        /** The call id only documents which call the turns are for. */
        Turns(String callIdForReading) {
        }

        Turns seller(String name, long startMs, String text) {
            rows.add(new Object[] {name, Side.SELLER, startMs, text});
            return this;
        }

        Turns buyer(String name, long startMs, String text) {
            rows.add(new Object[] {name, Side.BUYER, startMs, text});
            return this;
        }

        List<Turn> build() {
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                long start = (Long) r[2];
                long end = i + 1 < rows.size() ? (Long) rows.get(i + 1)[2] : start + 10_000;
                String name = (String) r[0];
                String email = r[1] == Side.SELLER ? name.toLowerCase().replace(' ', '.') + "@paperlane.io" : null;
                turns.add(new Turn(i, name, email, (Side) r[1], start, end, (String) r[3]));
            }
            return turns;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clear the old fixture " + p, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
