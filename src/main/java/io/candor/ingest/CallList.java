package io.candor.ingest;

import io.candor.domain.IngestProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls a corpus lists, however it lists them (calls.csv or the transcripts/&lt;deal_id&gt;/
 * layout), with the problems found on the way. {@code ignoredCallIds} are calls left out that are
 * already accounted for (their deal was skipped, or their row was reported), so participants.csv
 * rows for them are not reported a second time.
 */
record CallList(List<CallRef> calls, List<IngestProblem> problems, Set<String> ignoredCallIds) {

    /**
     * Orders the calls of each deal by start time (unknown last) and then listing order, numbers
     * them within the deal, and lists deals in deals.csv order.
     */
    static List<CallRef> ordered(List<CallRef> listed, KnownDeals deals) {
        Map<String, List<CallRef>> byDeal = new LinkedHashMap<>();
        listed.stream()
                .sorted(Comparator.comparing((CallRef c) -> deals.position().get(c.dealId())))
                .forEach(c -> byDeal.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c));
        List<CallRef> ordered = new ArrayList<>();
        for (List<CallRef> calls : byDeal.values()) {
            List<CallRef> sorted = calls.stream()
                    .sorted(Comparator.comparing(CallRef::startedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                            .thenComparingInt(CallRef::order))
                    .toList();
            for (int i = 0; i < sorted.size(); i++) {
                CallRef c = sorted.get(i);
                ordered.add(new CallRef(c.callId(), c.dealId(), c.startedAt(), c.title(), c.transcript(), c.relativePath(), c.format(), i));
            }
        }
        return ordered;
    }
}
