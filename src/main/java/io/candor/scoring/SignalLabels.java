package io.candor.scoring;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.List;

/**
 * The BRIEF's signal vocabulary as the scorer reads it: labels and detail keys in one place, so a
 * renamed label breaks here and nowhere else.
 */
public final class SignalLabels {

    public static final String QUESTION_OPEN = "open";
    public static final String QUESTION_CLOSED = "closed";
    public static final String QUESTION_REQUEST = "request";
    public static final String NEXT_STEP_DATED = "dated";
    public static final String NEXT_STEP_VAGUE = "vague";
    public static final String EXTERNAL_BUDGET = "budget";
    public static final String EXTERNAL_ORG_CHANGE = "org_change";
    public static final String EXTERNAL_PRIORITY = "priority";

    public static final String DETAIL_PERSON = "person";
    public static final String DETAIL_TITLE = "title";
    public static final String DETAIL_COMPETITOR = "competitor";
    public static final String DETAIL_FIGURE = "figure";
    public static final String DETAIL_DATE = "date";
    public static final String DETAIL_CAPABILITY = "capability";

    /** The ten discovery topics of the BRIEF, in the order a report lists them. */
    public static final List<String> DISCOVERY_TOPICS = List.of(
            "situation", "pain", "impact", "decision_process", "decision_criteria",
            "budget", "timeline", "stakeholders", "competition", "success_metrics");

    private SignalLabels() {
    }

    /** Only open and closed questions ask something; requests, tags, rhetorical questions and backchannels do not. */
    public static boolean isRealQuestion(Signal s) {
        return s.type() == SignalType.QUESTION
                && (QUESTION_OPEN.equals(s.label()) || QUESTION_CLOSED.equals(s.label()));
    }

    /** A seller turn that invites the other side to talk: a real question or a polite request. */
    public static boolean asksSomething(Signal s) {
        return isRealQuestion(s) || (s.type() == SignalType.QUESTION && QUESTION_REQUEST.equals(s.label()));
    }

    public static String detail(Signal s, String key) {
        String v = s.details().get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** "decision_process" reads "decision process" in a sentence. */
    public static String topicWords(String topic) {
        return topic.replace('_', ' ');
    }
}
