package io.candor.domain;

/** Kinds of per-turn signal. Names are stable: they are search filter values and JSON keys. */
public enum SignalType {
    QUESTION,
    DISCOVERY_TOPIC,
    PERSON_MENTION,
    COMPETITOR_MENTION,
    DETRACTOR,
    NEXT_STEP,
    COMPELLING_EVENT,
    BUSINESS_CASE,
    ECONOMIC_BUYER,
    JUSTIFICATION_ASK,
    EXTERNAL_CAUSE,
    PRODUCT_GAP;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
