package io.candor.scoring;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The seller side's share of the talk over all of a deal's calls together: by time when every call
 * has times, else by words (one untimed call would otherwise mix units).
 *
 * @param sellerTurns the deal's seller turns, longest first (ms or words, as measured)
 */
public record TalkShare(boolean byTime, long sellerAmount, long totalAmount, List<CallTurn> sellerTurns) {

    /** A turn with the call it belongs to, so a quote can name the call. */
    public record CallTurn(String callId, Turn turn, long amount) {
    }

    public static TalkShare of(List<Call> calls) {
        boolean byTime = !calls.isEmpty() && calls.stream().allMatch(Call::timed);
        long seller = 0;
        long total = 0;
        List<CallTurn> sellerTurns = new ArrayList<>();
        for (Call call : calls) {
            for (Turn t : call.turns()) {
                long amount = byTime ? t.durationMs() : t.wordCount();
                total += amount;
                if (t.side() == Side.SELLER) {
                    seller += amount;
                    sellerTurns.add(new CallTurn(call.callId(), t, amount));
                }
            }
        }
        sellerTurns.sort(Comparator.comparingLong(CallTurn::amount).reversed());
        return new TalkShare(byTime, seller, total, sellerTurns);
    }

    public double sellerShare() {
        return totalAmount == 0 ? 0 : (double) sellerAmount / totalAmount;
    }

    /** "by time" or "by words", as the report says how it was measured. */
    public String unit() {
        return byTime ? "by time" : "by words";
    }

    /** A monologue length as a reader says it: "3 min 5 s" or "420 words". */
    public String amountText(long amount) {
        return byTime ? Figures.duration(amount) : amount + " words";
    }
}
