package io.candor.generate;

import io.candor.domain.CauseCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who speaks on one call. A single-threaded deal only ever hears its champion; otherwise other
 * buyers join later calls, and a detractor the rep engaged joins the calls after the warning.
 *
 * @param engineer the sales engineer when on the call, else null
 * @param buyers   buyer-side speakers, champion first
 */
record CallCast(Person champion, Person engineer, List<Person> buyers, List<Person> everyone, int detractorCall,
                boolean detractorSpeaks) {

    static CallCast of(DealPlan plan, int callNo, Random random) {
        int calls = plan.callStarts().size();
        int detractorCall = Math.min(1, calls - 1);
        List<Person> buyers = new ArrayList<>(List.of(plan.champion()));
        if (!plan.has(CauseCode.SINGLE_THREADED) && callNo > 0) {
            buyers.add(plan.otherBuyers().get(callNo % plan.otherBuyers().size()));
            if (callNo == calls - 1 && random.nextBoolean()) {
                buyers.add(plan.senior());
            }
        }
        boolean detractorSpeaks = plan.detractor() != null && !plan.has(CauseCode.MISSED_DETRACTOR)
                && !plan.has(CauseCode.SINGLE_THREADED) && callNo > detractorCall;
        Person engineer = callNo == 1 || random.nextInt(4) == 0 ? plan.engineer() : null;
        List<Person> everyone = new ArrayList<>();
        everyone.add(plan.rep());
        if (engineer != null) {
            everyone.add(engineer);
        }
        everyone.addAll(buyers);
        if (detractorSpeaks) {
            everyone.add(plan.detractor());
        }
        return new CallCast(plan.champion(), engineer, List.copyOf(buyers), List.copyOf(everyone), detractorCall, detractorSpeaks);
    }

    /** Buyers who answer discovery questions: the champion and a colleague, never the senior the answers talk about. */
    List<Person> answerers() {
        return buyers.subList(0, Math.min(2, buyers.size()));
    }
}
