package io.candor.index;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import io.candor.domain.Finding;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import io.candor.domain.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two lost deals, three calls, fourteen turns, with the signals and assessments the analyzer and
 * scorer would produce: small enough to know every expected count by hand.
 */
public final class TurnFixtures {

    public static final Deal NORTHWIND = new Deal("D-1001", "Northwind AP automation", "Northwind Freight", "Tyler Brandt",
            "tyler@paperlane.io", new BigDecimal("48000"), "USD", LocalDate.of(2024, 4, 30), "Closed Lost", "Budget",
            "Budget frozen", "Zendara", Map.of());
    public static final Deal HARBOR = new Deal("D-2002", "Harbor invoice capture", "Harbor Logistics", "Megan Castillo",
            "megan@paperlane.io", new BigDecimal("21500"), "USD", LocalDate.of(2024, 5, 10), "Closed Lost",
            "Lost to competitor", null, "Quillstone", Map.of());

    public static final Call NORTHWIND_DISCOVERY = new Call("C-1001-1", "D-1001", Instant.parse("2024-03-04T15:00:00Z"),
            "Discovery", "transcripts/D-1001/discovery.vtt", "vtt", "h1", List.of(
            seller(0, "Tyler Brandt", 0L, "Thanks for making the time today, Dana. How are things at Northwind?"),
            buyer(1, "Dana Whitfield", 4_200L, "Busy. We priced out three vendors last quarter and the numbers were all over the place."),
            seller(2, "Tyler Brandt", 15_000L, "What is driving the project on your side, and what happens if nothing changes?"),
            buyer(3, "Dana Whitfield", 22_000L, "Honestly our CFO, Priya Raman, prefers Zendara. She thinks it is not a priority this year."),
            seller(4, "Tyler Brandt", 31_000L, "Understood. Let me walk you through our pricing tiers so you can compare <them> & decide."),
            buyer(5, "Dana Whitfield", 52_000L, "Sure. Can we touch base next month?")));

    public static final Call NORTHWIND_FOLLOW_UP = new Call("C-1001-2", "D-1001", Instant.parse("2024-03-18T16:30:00Z"),
            "Follow-up", "transcripts/D-1001/follow-up.json", "gong-json", "h2", List.of(
            seller(0, "Tyler Brandt", 0L, "Last time you mentioned the budget was frozen by the board."),
            buyer(1, "Dana Whitfield", 6_000L, "Yes, the board froze the budget until the acquisition closes."),
            seller(2, "Tyler Brandt", 12_500L, "If we can show a payback under nine months, would that help?"),
            buyer(3, "Dana Whitfield", 3_725_000L, "Maybe. Let's meet on Tuesday March 26 at ten.")));

    public static final Call HARBOR_DEMO = new Call("C-2002-1", "D-2002", null, "Demo", "transcripts/D-2002/demo.txt", "text",
            "h3", List.of(
            seller(0, "Megan Castillo", null, "Our platform handles invoice capture, approvals and payments in one place, and the pricing is per seat."),
            buyer(1, "Omar Haddad", null, "We are comparing you with Quillstone, their price was lower."),
            seller(2, "Megan Castillo", null, "Do you have a budget approved for this?"),
            buyer(3, "Omar Haddad", null, "Not yet, the budget discussion is not a priority until the reorg settles.")));

    public static final List<Signal> NORTHWIND_DISCOVERY_SIGNALS = List.of(
            signal("C-1001-1", 2, SignalType.QUESTION, "open", Map.of("topics", "pain,impact")),
            signal("C-1001-1", 2, SignalType.DISCOVERY_TOPIC, "pain", Map.of()),
            signal("C-1001-1", 2, SignalType.DISCOVERY_TOPIC, "impact", Map.of()),
            signal("C-1001-1", 3, SignalType.PERSON_MENTION, "Priya Raman", Map.of("title", "CFO")),
            signal("C-1001-1", 3, SignalType.COMPETITOR_MENTION, "Zendara", Map.of()),
            signal("C-1001-1", 3, SignalType.DETRACTOR, "prefers_competitor", Map.of("person", "Priya Raman", "competitor", "Zendara")),
            signal("C-1001-1", 5, SignalType.QUESTION, "closed", Map.of()),
            signal("C-1001-1", 5, SignalType.NEXT_STEP, "vague", Map.of("proposer", "buyer")));

    public static final List<Signal> NORTHWIND_FOLLOW_UP_SIGNALS = List.of(
            signal("C-1001-2", 1, SignalType.EXTERNAL_CAUSE, "budget", Map.of()),
            signal("C-1001-2", 1, SignalType.EXTERNAL_CAUSE, "org_change", Map.of()),
            signal("C-1001-2", 2, SignalType.QUESTION, "closed", Map.of()),
            signal("C-1001-2", 2, SignalType.BUSINESS_CASE, "payback", Map.of("figure", "nine months")),
            signal("C-1001-2", 3, SignalType.NEXT_STEP, "dated", Map.of("date", "2024-03-26", "proposer", "buyer")));

    public static final List<Signal> HARBOR_DEMO_SIGNALS = List.of(
            signal("C-2002-1", 1, SignalType.COMPETITOR_MENTION, "Quillstone", Map.of()),
            signal("C-2002-1", 2, SignalType.QUESTION, "closed", Map.of("topics", "budget")),
            signal("C-2002-1", 2, SignalType.DISCOVERY_TOPIC, "budget", Map.of()),
            signal("C-2002-1", 3, SignalType.EXTERNAL_CAUSE, "priority", Map.of()));

    public static final Assessment NORTHWIND_ASSESSMENT = assessment("D-1001", Verdict.LIKELY_OUR_FAULT, 70,
            CauseCode.MISSED_DETRACTOR, CauseCode.NO_URGENCY);
    public static final Assessment HARBOR_ASSESSMENT = assessment("D-2002", Verdict.MIXED, 45,
            CauseCode.WEAK_DISCOVERY, CauseCode.EXTERNAL_PRIORITY);

    public static final int TURNS = 14;

    private TurnFixtures() {
    }

    /** Indexes the three calls and commits. */
    public static void indexAll(Path dir) throws Exception {
        try (TurnIndex index = TurnIndex.open(dir)) {
            indexAll(index);
            index.commit();
        }
    }

    public static void indexAll(TurnIndex index) {
        index.indexCall(NORTHWIND, NORTHWIND_DISCOVERY, NORTHWIND_DISCOVERY_SIGNALS, NORTHWIND_ASSESSMENT);
        index.indexCall(NORTHWIND, NORTHWIND_FOLLOW_UP, NORTHWIND_FOLLOW_UP_SIGNALS, NORTHWIND_ASSESSMENT);
        index.indexCall(HARBOR, HARBOR_DEMO, HARBOR_DEMO_SIGNALS, HARBOR_ASSESSMENT);
    }

    private static Turn seller(int index, String speaker, Long startMs, String text) {
        return new Turn(index, speaker, null, Side.SELLER, startMs, startMs == null ? null : startMs + 4_000, text);
    }

    private static Turn buyer(int index, String speaker, Long startMs, String text) {
        return new Turn(index, speaker, null, Side.BUYER, startMs, startMs == null ? null : startMs + 4_000, text);
    }

    private static Signal signal(String callId, int turn, SignalType type, String label, Map<String, String> details) {
        return new Signal(callId, turn, type, label, label, details);
    }

    private static Assessment assessment(String dealId, Verdict verdict, int score, CauseCode... causes) {
        List<Finding> findings = new ArrayList<>();
        for (CauseCode cause : causes) {
            findings.add(new Finding(cause, cause.name().toLowerCase() + " found", 1, 0.5, "fixture", 0.8, List.of()));
        }
        return new Assessment(dealId, verdict, score, findings, null);
    }
}
