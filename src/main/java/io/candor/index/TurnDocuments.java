package io.candor.index;

import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Finding;
import io.candor.domain.Signal;
import io.candor.domain.Turn;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Builds the Lucene documents of one call: one per turn, with the deal's and the turn's signal fields. */
final class TurnDocuments {

    private final FacetsConfig facetsConfig;

    TurnDocuments(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The facet set-up shared by writer and searcher: which dimensions hold several values per turn. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        TurnFields.MULTI_VALUED_DIMS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    static String turnId(String callId, int turnIndex) {
        return callId + "#" + turnIndex;
    }

    List<Document> forCall(Deal deal, Call call, List<Signal> signals, Assessment assessmentOrNull) throws IOException {
        Map<Integer, List<Signal>> byTurn = signals.stream()
                .filter(s -> call.callId().equals(s.callId()))
                .collect(Collectors.groupingBy(Signal::turnIndex));
        String date = call.startedAt() == null ? null : LocalDate.ofInstant(call.startedAt(), ZoneOffset.UTC).toString();
        List<Document> docs = new ArrayList<>(call.turns().size());
        for (Turn turn : call.turns()) {
            Document doc = new Document();
            addTurn(doc, call, turn, date);
            addDeal(doc, deal, assessmentOrNull);
            addSignals(doc, TurnSignalFields.of(byTurn.getOrDefault(turn.index(), List.of())));
            docs.add(facetsConfig.build(doc));
        }
        return docs;
    }

    private static void addTurn(Document doc, Call call, Turn turn, String date) {
        doc.add(new StringField(TurnFields.TURN_ID, turnId(call.callId(), turn.index()), Field.Store.YES));
        doc.add(new StringField(TurnFields.DEAL, call.dealId(), Field.Store.YES));
        doc.add(new StringField(TurnFields.CALL, call.callId(), Field.Store.YES));
        doc.add(new IntPoint(TurnFields.TURN, turn.index()));
        doc.add(new NumericDocValuesField(TurnFields.TURN, turn.index()));
        doc.add(new StoredField(TurnFields.TURN, turn.index()));
        doc.add(new Field(TurnFields.TEXT, turn.text(), TurnFields.TEXT_TYPE));
        doc.add(new TextField(TurnFields.SPEAKER, nullToEmpty(turn.speaker()), Field.Store.YES));
        String side = turn.side().label();
        doc.add(new StringField(TurnFields.SIDE, side, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(TurnFields.SIDE, side));
        if (turn.startMs() != null) {
            doc.add(new LongPoint(TurnFields.START_MS, turn.startMs()));
            doc.add(new StoredField(TurnFields.START_MS, turn.startMs()));
        }
        if (date != null) {
            doc.add(new StringField(TurnFields.DATE, date, Field.Store.YES));
        }
    }

    private static void addDeal(Document doc, Deal deal, Assessment assessment) {
        addLabel(doc, TurnFields.REP, deal.ownerName());
        if (deal.ownerName() != null && !deal.ownerName().isBlank()) {
            doc.add(new StoredField(TurnFields.REP, deal.ownerName().strip()));
        }
        facet(doc, TurnFields.REP, deal.ownerName());
        addLabel(doc, TurnFields.REASON, deal.lossReason());
        facet(doc, TurnFields.REASON, deal.lossReason());
        addLabel(doc, TurnFields.LOST_TO, deal.competitor());
        if (deal.account() != null) {
            doc.add(new TextField(TurnFields.ACCOUNT, deal.account(), Field.Store.NO));
        }
        if (deal.amount() != null) {
            doc.add(new DoublePoint(TurnFields.AMOUNT, deal.amount().doubleValue()));
        }
        if (assessment != null) {
            addLabel(doc, TurnFields.VERDICT, assessment.verdict().name());
            Set<String> causes = new LinkedHashSet<>();
            for (Finding finding : assessment.findings()) {
                causes.add(finding.cause().name());
            }
            for (String cause : causes) {
                addLabel(doc, TurnFields.CAUSE, cause);
                facet(doc, TurnFields.CAUSE, cause);
            }
        }
    }

    private static void addSignals(Document doc, TurnSignalFields signals) {
        for (var entry : signals.values().entrySet()) {
            Set<String> lowered = new LinkedHashSet<>();
            entry.getValue().forEach(v -> lowered.add(TurnAnalyzers.label(v)));
            lowered.forEach(v -> doc.add(new StringField(entry.getKey(), v, Field.Store.NO)));
        }
        signals.signalTypes().forEach(type -> facet(doc, TurnFields.SIGNAL, type));
        // One facet value per competitor even if detectors spelled it in two cases.
        Map<String, String> competitors = new java.util.LinkedHashMap<>();
        signals.values().getOrDefault(TurnFields.COMPETITOR, Set.of()).forEach(c -> competitors.putIfAbsent(TurnAnalyzers.label(c), c));
        competitors.values().forEach(c -> facet(doc, TurnFields.COMPETITOR, c));
    }

    /** A label: one lower-cased indexed term, not stored (facets and the deal report show the original). */
    private static void addLabel(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, TurnAnalyzers.label(value), Field.Store.NO));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
