package io.candor.web.transcript;

import io.candor.domain.Signal;
import java.util.Locale;
import java.util.Set;

/**
 * How a signal looks on the transcript: its caption and CSS class, and whether its sentence is
 * marked inside the turn text. Marked are the signals a coach reads a call for: real questions by
 * type, detractor statements, next steps, competitor mentions, business-case and urgency talk,
 * economic buyer, external causes and product gaps. Discovery topics and person mentions only get
 * a badge, because they restate the question or name that is already marked.
 */
record SignalStyle(String caption, String cssClass, boolean marked, int priority) {

    private static final Set<String> REAL_QUESTIONS = Set.of("open", "closed");

    static SignalStyle of(Signal s) {
        String label = s.label() == null ? "" : s.label();
        return switch (s.type()) {
            case DETRACTOR -> new SignalStyle("detractor: " + words(label) + person(s), "sig-detractor", true, 1);
            case NEXT_STEP -> "dated".equals(label)
                    ? new SignalStyle("next step " + s.details().getOrDefault("date", "dated"), "sig-next-dated", true, 2)
                    : new SignalStyle("vague next step", "sig-next-vague", true, 2);
            case BUSINESS_CASE -> new SignalStyle("business case: " + words(label) + figure(s), "sig-business", true, 3);
            case COMPELLING_EVENT -> new SignalStyle("compelling event: " + words(label), "sig-event", true, 3);
            case ECONOMIC_BUYER -> new SignalStyle("economic buyer: " + words(label), "sig-business", true, 4);
            case JUSTIFICATION_ASK -> new SignalStyle("asks how to justify", "sig-business", true, 4);
            case EXTERNAL_CAUSE -> new SignalStyle("external: " + words(label), "sig-external", true, 4);
            case PRODUCT_GAP -> new SignalStyle("product gap" + capability(s), "sig-external", true, 4);
            case COMPETITOR_MENTION -> new SignalStyle("competitor: " + label, "sig-competitor", true, 5);
            case QUESTION -> REAL_QUESTIONS.contains(label)
                    ? new SignalStyle(label + " question", "sig-q-" + label, true, 6)
                    : new SignalStyle(words(label), "sig-q-other", false, 9);
            case DISCOVERY_TOPIC -> new SignalStyle("topic: " + words(label), "sig-topic", false, 9);
            case PERSON_MENTION -> new SignalStyle("mentions " + label + title(s), "sig-person", false, 9);
        };
    }

    private static String words(String label) {
        return label.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String person(Signal s) {
        String who = s.details().get("person");
        return who == null || who.isBlank() ? "" : " (" + who + ")";
    }

    private static String figure(Signal s) {
        String figure = s.details().get("figure");
        return figure == null || figure.isBlank() ? "" : " " + figure;
    }

    private static String capability(Signal s) {
        String capability = s.details().get("capability");
        return capability == null || capability.isBlank() ? "" : ": " + capability;
    }

    private static String title(Signal s) {
        String title = s.details().get("title");
        return title == null || title.isBlank() ? "" : " (" + title + ")";
    }
}
