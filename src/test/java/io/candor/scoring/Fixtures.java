package io.candor.scoring;

import io.candor.domain.SignalType;

/**
 * A deal a good rep ran (the plan's "good deal"): open discovery over six topics, two buyer
 * speakers and the CFO on the last call, numbers built with the buyer, a go-live date and a dated
 * next step, seller talk share near 0.45. Each rule test breaks exactly one of these.
 */
final class Fixtures {

    static final String REP = "Dev Okafor";

    /** Knobs each rule test turns; {@link #good()} is the deal no rule should fire on. */
    record Knobs(int sellerSeconds, boolean secondBuyerSpeaks, boolean cfoJoins, boolean datedNextStep,
                 boolean compellingEvent, boolean businessCaseFigures, int openQuestionsPerCall) {

        static Knobs good() {
            return new Knobs(30, true, true, true, true, true, 6);
        }

        Knobs sellerSeconds(int s) {
            return new Knobs(s, secondBuyerSpeaks, cfoJoins, datedNextStep, compellingEvent, businessCaseFigures, openQuestionsPerCall);
        }

        Knobs oneBuyer() {
            return new Knobs(sellerSeconds, false, false, datedNextStep, compellingEvent, businessCaseFigures, openQuestionsPerCall);
        }

        Knobs noUrgency() {
            return new Knobs(sellerSeconds, secondBuyerSpeaks, cfoJoins, false, false, businessCaseFigures, openQuestionsPerCall);
        }

        Knobs datedStepOnly() {
            return new Knobs(sellerSeconds, secondBuyerSpeaks, cfoJoins, true, false, businessCaseFigures, openQuestionsPerCall);
        }

        Knobs noBusinessCase() {
            return new Knobs(sellerSeconds, secondBuyerSpeaks, false, datedNextStep, compellingEvent, false, openQuestionsPerCall);
        }

        Knobs questions(int n) {
            return new Knobs(sellerSeconds, secondBuyerSpeaks, cfoJoins, datedNextStep, compellingEvent, businessCaseFigures, n);
        }
    }

    private static final String[][] OPEN_QUESTIONS = {
            {"Walk me through what happens to an invoice from the moment it lands in the AP inbox.", "situation"},
            {"What breaks first when volume spikes at month end?", "pain"},
            {"What does a late payment actually cost you, in penalties or in supplier goodwill?", "impact"},
            {"How does a purchase like this get decided at Brightwater, and who signs?", "decision_process"},
            {"Who else will want a say before you move off the current process?", "stakeholders"},
            {"What would have to be true in six months for you to call this a success?", "success_metrics"},
    };

    private Fixtures() {
    }

    static DealBuilder good() {
        return deal(Knobs.good());
    }

    static DealBuilder deal(Knobs k) {
        DealBuilder deal = DealBuilder.deal("D-2001", REP, "Budget");
        for (int n = 1; n <= 3; n++) {
            var call = deal.call("C-2001-" + n, n == 1 ? "Discovery" : n == 2 ? "Demo" : "Business case");
            call.seller(REP, 8, "Hi Jordan, thanks for making time today, how was the conference last week?")
                    .buyer("Jordan Lee", 20, "Good, busy, um, we came back to a pile of invoices, which is sort of why we're talking.");
            for (int q = 0; q < k.openQuestionsPerCall(); q++) {
                String[] question = OPEN_QUESTIONS[(q + n) % OPEN_QUESTIONS.length];
                call.seller(REP, k.sellerSeconds(), question[0] + " I want to understand it properly before showing anything.")
                        .question("open", question[1]);
                boolean second = k.secondBuyerSpeaks() && q % 2 == 1;
                call.buyer(second ? "Priya Nair" : "Jordan Lee", 40,
                        "So today it's mostly manual, we key about four thousand invoices a month into NetSuite, and the three-way match"
                                + " is done in spreadsheets, which, honestly, is where things fall through the cracks.");
            }
            if (n == 3 && k.businessCaseFigures()) {
                call.seller(REP, k.sellerSeconds(), "If we take your four thousand invoices a month at about nine dollars each to process,"
                                + " that's roughly $432,000 a year, and cutting that by sixty percent saves about $260,000.")
                        .signalOn("saves about $260,000", SignalType.BUSINESS_CASE, "savings", "figure", "$260,000");
            }
            if (n == 3 && k.cfoJoins()) {
                call.buyer("Dana Whitmore", 30, "As CFO I care about the payback; if it's under a year I can get this approved.")
                        .signal(SignalType.ECONOMIC_BUYER, "cfo", "person", "Dana Whitmore");
            }
            if (n == 2 && k.compellingEvent()) {
                call.buyer("Jordan Lee", 20, "We have to be live before the fiscal year end on October 1st, the auditors flagged us.")
                        .signal(SignalType.COMPELLING_EVENT, "fiscal_year_end", "date", "2026-10-01");
            }
            if (k.datedNextStep()) {
                call.seller(REP, 10, "Great, let's book Tuesday June 9th at 2 pm for the next session, I'll send the invite.")
                        .signal(SignalType.NEXT_STEP, "dated", "date", "2026-06-09", "proposer", "seller");
            } else {
                call.seller(REP, 10, "Okay, great, let's touch base in a few weeks and see where things are.")
                        .signalOn("let's touch base in a few weeks", SignalType.NEXT_STEP, "vague", "proposer", "seller");
            }
            call.buyer("Jordan Lee", 5, "Sounds good, thanks Dev.");
        }
        return deal;
    }
}
