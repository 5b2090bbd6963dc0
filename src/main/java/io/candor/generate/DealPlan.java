package io.candor.generate;

import io.candor.config.Competitor;
import io.candor.domain.CauseCode;
import io.candor.domain.Deal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything decided about one deal before its calls are scripted: who is involved, what went
 * wrong (the planned causes) and when the calls happen.
 *
 * @param detractor        an influential buyer-side person against us, or null
 * @param detractorStance  prefers_competitor | opposes | doubts, or null
 * @param competitor       the competitor in the deal, or null
 * @param words            template values shared by every call of the deal (account, system, ...)
 */
record DealPlan(Deal deal, Set<CauseCode> causes, Person rep, Person engineer, Person champion, Person senior,
                List<Person> otherBuyers, Person detractor, String detractorStance, Competitor competitor,
                List<Instant> callStarts, Map<String, String> words) {

    DealPlan {
        causes = Set.copyOf(causes);
        otherBuyers = List.copyOf(otherBuyers);
        callStarts = List.copyOf(callStarts);
        words = Map.copyOf(words);
    }

    boolean has(CauseCode cause) {
        return causes.contains(cause);
    }
}
