package io.candor.report;

import io.candor.config.CandorConfig;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Side;
import io.candor.domain.SignalType;
import io.candor.scoring.DealBuilder;
import io.candor.scoring.DealEvidence;
import io.candor.scoring.DealScorer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small run of lost deals for report tests, scored by the real scorer: a rep-caused loss (with a
 * hostile transcript line), an external one, a detractor loss, and a deal without calls.
 */
final class SampleRun {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final CandorConfig CONFIG = new CandorConfig("Paperlane", List.of("paperlane.io"), List.of(), List.of(), Map.of(),
            CandorConfig.defaults().thresholds(), CandorConfig.defaults().lexicons(), CandorConfig.defaults().weights());
    static final RunInfo RUN = new RunInfo("run-2026-06-01", Instant.parse("2026-06-01T02:00:00Z"), "corpus", CONFIG);

    private SampleRun() {
    }

    static Deal deal(String id, String name, String owner, long amount, String reason, String competitor) {
        return new Deal(id, name, name.split(" - ")[0], owner, owner.toLowerCase().replace(' ', '.') + "@paperlane.io",
                BigDecimal.valueOf(amount), "USD", LocalDate.parse("2026-09-12"), "Closed Lost", reason, null, competitor, Map.of());
    }

    /** Tyler pitches, asks little, leaves vague steps, and the buyer's line carries markup that must stay text. */
    static DealEvidence brightwater() {
        DealBuilder b = DealBuilder.deal(deal("D-1001", "Brightwater - AP Automation " + IMG, "Tyler Brandt", 84_000, "Budget", null));
        for (int n = 1; n <= 3; n++) {
            b.call("C-1001-" + n, n == 1 ? "Discovery" : "Follow-up")
                    .seller("Tyler Brandt", 150, "So Paperlane captures every invoice with AI, routes approvals, syncs to NetSuite, and our"
                            + " customers see a sixty percent drop in cost per invoice; let me walk you through the whole platform. We have"
                            + " approval chains, three-way match, vendor portals, duplicate detection, mobile approvals, audit trails, and a"
                            + " reporting suite your controller will love, and honestly we are the leader in this space by a wide margin.")
                    .buyer("Jordan Lee", 20, "Okay. Will the vendor notes field keep what we paste in?")
                    .seller("Tyler Brandt", 6, "You're on NetSuite, right?")
                    .question("closed", "situation")
                    .buyer("Jordan Lee", 25, "Yes, we paste " + SCRIPT + " and " + IMG + " in there. Honestly the money is there if I can"
                            + " justify it. How do I sell this to Dana, our CFO?")
                    .signalOn("How do I sell this to Dana, our CFO?", SignalType.JUSTIFICATION_ASK, "ask")
                    .signalOn("Dana", SignalType.PERSON_MENTION, "Dana Whitmore", "title", "CFO")
                    .seller("Tyler Brandt", 40, "Great question, I'll send the deck. Let's touch base in a few weeks.")
                    .signalOn("Let's touch base in a few weeks", SignalType.NEXT_STEP, "vague", "proposer", "seller");
        }
        return b.build();
    }

    static DealEvidence cedarRidge() {
        DealBuilder b = DealBuilder.deal(deal("D-1003", "Cedar Ridge - AP Suite", "Dev Okafor", 98_000, "Budget", null));
        for (int n = 1; n <= 3; n++) {
            var call = b.call("C-1003-" + n, "Call " + n);
            String[][] qs = {{"Walk me through your invoice flow today?", "situation"}, {"Where does it hurt most?", "pain"},
                    {"What does a late payment cost you?", "impact"}, {"How will the decision get made?", "decision_process"},
                    {"Who else should we involve?", "stakeholders"}};
            for (String[] q : qs) {
                call.seller("Dev Okafor", 12, q[0]).question("open", q[1])
                        .buyer(n == 3 ? "Maria Chen" : "Ray Ortiz", 35, "Well, we process about six thousand invoices a month across four hospitals.");
            }
            call.seller("Dev Okafor", 20, "Payback at your volume is about eight months, roughly $310,000 saved a year.")
                    .signalOn("roughly $310,000 saved a year", SignalType.BUSINESS_CASE, "savings", "figure", "$310,000")
                    .seller("Dev Okafor", 8, "Let's meet Thursday June 18th at 10 to review.")
                    .signal(SignalType.NEXT_STEP, "dated", "date", "2026-06-18");
        }
        b.call("C-1003-4", "Bad news").seller("Dev Okafor", 8, "How did the board meeting go?").question("open", "decision_process")
                .buyer("Ray Ortiz", 30, "The board froze all capital projects until next fiscal year, ours included.")
                .signal(SignalType.EXTERNAL_CAUSE, "budget");
        return b.build();
    }

    static DealEvidence halvorsen() {
        DealBuilder b = DealBuilder.deal(deal("D-1002", "Halvorsen - Invoice Capture", "Megan Castillo", 126_500, "Lost to Competitor", "Zendara"));
        b.call("C-1002-1", "Discovery")
                .seller("Megan Castillo", 20, "What's driving the project?").question("open", "pain")
                .buyer("Greg Howell", 40, "Volume, mostly. We run three plants and every one of them keys invoices by hand into SAP, and the"
                        + " month-end close takes us eleven days because approvals sit in inboxes. And Sally, our plant controller,"
                        + " really loves what Zendara showed her.")
                .signalOn("Sally, our plant controller, really loves what Zendara showed her", SignalType.DETRACTOR, "prefers_competitor",
                        "person", "Sally Jensen", "competitor", "Zendara")
                .seller("Megan Castillo", 60, "We beat Zendara all the time, let me show you the dashboard and the approval flow. Our"
                        + " capture engine reads line items, matches them to purchase orders and receipts, flags exceptions, and routes"
                        + " them to the right approver on their phone, and the whole thing syncs back to SAP every fifteen minutes.")
                .turn("Unlabelled", null, Side.UNKNOWN, 5, "[crosstalk]");
        b.call("C-1002-2", "Demo").seller("Megan Castillo", 200, "So here's the workflow, the SAP sync, the mobile app and reporting. Every"
                        + " invoice lands in one queue, our engine extracts the header and line items, checks them against the purchase"
                        + " order and the goods receipt, and only the exceptions reach a person. Approvers get a push notification, can"
                        + " approve from anywhere, and your controllers get a dashboard of everything waiting, by plant and by vendor.")
                .buyer("Greg Howell", 30, "Looks good. The plant managers will like the phone approvals, they are never at a desk,"
                        + " and our AP team would finally stop chasing signatures by email every month end. I'll run it by Sally.").signalOn("Sally", SignalType.PERSON_MENTION, "Sally Jensen");
        b.call("C-1002-3", "Pricing")
                .seller("Megan Castillo", 120, "Thanks for the time today, Greg. So pricing is per invoice band: at your volume of roughly"
                        + " nine thousand invoices a month across the three plants you'd sit in our enterprise tier, which includes the"
                        + " SAP connector, unlimited approvers, the mobile app, vendor self-service and premium support with a named"
                        + " customer success manager. Implementation runs about eight weeks, and we'd start with the largest plant first.")
                .buyer("Greg Howell", 25, "Okay. Send it over and I'll see what the team thinks; no promises on timing, we have the"
                        + " plant audits coming and everyone is stretched thin right now, so it may take a while.")
                .seller("Megan Castillo", 10, "Will do, let's circle back after you've had a look.")
                .signalOn("let's circle back after you've had a look", SignalType.NEXT_STEP, "vague", "proposer", "seller");
        return b.build();
    }

    static DealEvidence cobaltNoCalls() {
        return DealBuilder.deal(deal("D-1022", "Cobalt - AP Starter", "Megan Castillo", 26_000, "Went Dark", null)).build();
    }

    static List<DealReportInput> inputs() {
        DealScorer scorer = new DealScorer(CONFIG);
        return List.of(brightwater(), halvorsen(), cedarRidge(), cobaltNoCalls()).stream()
                .map(e -> new DealReportInput(e, scorer.score(e))).toList();
    }

    static List<IngestProblem> problems() {
        return List.of(new IngestProblem("transcripts/D-1002/C-1002-3.vtt", 12, "D-1002", "cue time '00:01:xx' is not hh:mm:ss.mmm"),
                new IngestProblem("transcripts/stray.bin", null, null, "not a transcript: binary content"));
    }
}
