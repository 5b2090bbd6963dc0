package io.candor.index;

import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the detectors' signals of one turn into filter values, field by field, following the
 * BRIEF vocabulary. Values keep their original spelling here (competitor names are faceted as
 * written); {@link TurnDocuments} lower-cases them for the indexed terms.
 */
final class TurnSignalFields {

    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    private TurnSignalFields() {
    }

    static TurnSignalFields of(Collection<Signal> turnSignals) {
        TurnSignalFields fields = new TurnSignalFields();
        turnSignals.forEach(fields::add);
        return fields;
    }

    /** Field name to its distinct values, in first-seen order. */
    Map<String, Set<String>> values() {
        return values;
    }

    /** The signal types present, for the facet (type only: a dozen values, readable at a glance). */
    Set<String> signalTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (String v : values.getOrDefault(TurnFields.SIGNAL, Set.of())) {
            if (!v.contains(".")) {
                types.add(v);
            }
        }
        return types;
    }

    private void add(Signal signal) {
        SignalType type = signal.type();
        String label = signal.label();
        put(TurnFields.SIGNAL, type.label());
        if (label != null && !label.isBlank()) {
            // "question.open", "next_step.dated": a dot needs no escaping in the query syntax.
            put(TurnFields.SIGNAL, type.label() + "." + TurnAnalyzers.label(label));
        }
        switch (type) {
            case QUESTION -> put(TurnFields.QUESTION, label);
            case DISCOVERY_TOPIC -> put(TurnFields.TOPIC, label);
            case PERSON_MENTION -> put(TurnFields.PERSON, label);
            case COMPETITOR_MENTION -> put(TurnFields.COMPETITOR, label);
            case DETRACTOR -> {
                put(TurnFields.DETRACTOR, label);
                put(TurnFields.COMPETITOR, signal.details().get("competitor"));
                put(TurnFields.PERSON, signal.details().get("person"));
            }
            case NEXT_STEP -> {
                put(TurnFields.NEXT_STEP, label);
                put(TurnFields.NEXT_STEP_DATE, signal.details().get("date"));
            }
            case COMPELLING_EVENT -> put(TurnFields.COMPELLING_EVENT, label);
            case BUSINESS_CASE -> put(TurnFields.BUSINESS_CASE, label);
            case ECONOMIC_BUYER -> put(TurnFields.PERSON, signal.details().get("person"));
            case EXTERNAL_CAUSE -> put(TurnFields.EXTERNAL_CAUSE, label);
            case JUSTIFICATION_ASK, PRODUCT_GAP -> {
                // searchable through signal:justification_ask / signal:product_gap alone
            }
        }
        if (type == SignalType.QUESTION) {
            // A question's topics ride in details ("topics" = comma list) as well as in DISCOVERY_TOPIC signals.
            for (String topic : List.of(signal.details().getOrDefault("topics", "").split(","))) {
                put(TurnFields.TOPIC, topic);
            }
        }
    }

    private void put(String field, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value.strip());
        }
    }
}
