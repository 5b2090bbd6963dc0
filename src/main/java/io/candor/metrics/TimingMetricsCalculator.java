package io.candor.metrics;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link CallMetrics} from a call's turns. Pure: no I/O, no state. */
public final class TimingMetricsCalculator {

    public CallMetrics measure(Call call) {
        List<Turn> turns = call.turns();
        boolean timed = call.timed();
        Map<Side, Long> bySide = new LinkedHashMap<>();
        Map<String, Long> bySpeaker = new LinkedHashMap<>();
        long total = 0;
        long longestSeller = 0;
        String longestSellerSpeaker = null;
        long longestBuyer = 0;
        int words = 0;
        long sellerWords = 0;
        long sellerMs = 0;
        for (Turn t : turns) {
            long amount = timed ? t.durationMs() : t.wordCount();
            words += t.wordCount();
            total += amount;
            bySide.merge(t.side(), amount, Long::sum);
            bySpeaker.merge(identity(t), amount, Long::sum);
            if (t.side() == Side.SELLER) {
                sellerWords += t.wordCount();
                sellerMs += t.durationMs();
                if (amount > longestSeller) {
                    longestSeller = amount;
                    longestSellerSpeaker = t.speaker();
                }
            } else if (t.side() == Side.BUYER) {
                longestBuyer = Math.max(longestBuyer, amount);
            }
        }
        long duration = timed ? turns.get(turns.size() - 1).endMs() - turns.get(0).startMs() : 0;
        Map<String, Double> speakerShare = new LinkedHashMap<>();
        for (var e : bySpeaker.entrySet()) {
            speakerShare.put(e.getKey(), share(e.getValue(), total));
        }
        return new CallMetrics(
                call.callId(),
                timed ? CallMetrics.BY_TIME : CallMetrics.BY_WORDS,
                duration,
                turns.size(),
                words,
                share(bySide.getOrDefault(Side.SELLER, 0L), total),
                share(bySide.getOrDefault(Side.BUYER, 0L), total),
                share(bySide.getOrDefault(Side.UNKNOWN, 0L), total),
                speakerShare,
                longestSeller,
                longestSellerSpeaker,
                longestBuyer,
                timed && duration > 0 ? switches(turns) / (duration / 60_000.0) : null,
                timed ? patience(turns) : null,
                timed && sellerMs > 0 ? sellerWords / (sellerMs / 60_000.0) : null,
                speakers(turns, Side.SELLER),
                speakers(turns, Side.BUYER),
                speakers(turns, Side.UNKNOWN));
    }

    /** A person is their e-mail where known, so one person under two labels counts once. */
    public static String identity(Turn t) {
        return t.email() != null && !t.email().isBlank() ? t.email().toLowerCase(java.util.Locale.ROOT) : t.speaker();
    }

    private static double share(long part, long total) {
        return total == 0 ? 0 : (double) part / total;
    }

    private static int switches(List<Turn> turns) {
        int n = 0;
        for (int i = 1; i < turns.size(); i++) {
            if (!identity(turns.get(i)).equals(identity(turns.get(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    /** Mean silence before a seller answers a buyer; overlaps count as zero, not negative. */
    private static Double patience(List<Turn> turns) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < turns.size(); i++) {
            Turn prev = turns.get(i - 1);
            Turn cur = turns.get(i);
            if (prev.side() == Side.BUYER && cur.side() == Side.SELLER) {
                gaps.add(Math.max(0, cur.startMs() - prev.endMs()));
            }
        }
        return gaps.isEmpty() ? null : gaps.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static List<String> speakers(List<Turn> turns, Side side) {
        Set<String> out = new LinkedHashSet<>();
        for (Turn t : turns) {
            if (t.side() == side) {
                out.add(identity(t));
            }
        }
        return List.copyOf(out);
    }
}
