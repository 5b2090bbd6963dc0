package io.candor.scoring;

import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.Set;

/**
 * The buyer's news of an external cause (a budget freeze, an acquisition, a postponement) and what is
 * said after it in the same call. Once a buyer has explained "the board froze all capital projects",
 * the rest of that conversation is its consequences: "the new CEO put all new vendor contracts on hold"
 * is the leadership change at work, not a second cause, and "the CFO doesn't want forty exception
 * requests" is the freeze being enforced, not a stakeholder the rep failed to win over.
 */
final class ExternalNews {

    private ExternalNews() {
    }

    /** True when a buyer EXTERNAL_CAUSE with one of these labels was said in the statement's call at or before its turn. */
    static boolean follows(DealEvidence evidence, Signal statement, Set<String> newsLabels) {
        return evidence.signals(SignalType.EXTERNAL_CAUSE).stream()
                .filter(news -> news != statement && newsLabels.contains(news.label()))
                .filter(news -> evidence.sideOf(news) == Side.BUYER)
                .anyMatch(news -> news.callId().equals(statement.callId()) && news.turnIndex() <= statement.turnIndex());
    }
}
