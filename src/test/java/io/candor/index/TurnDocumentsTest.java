package io.candor.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class TurnDocumentsTest {

    private final TurnDocuments documents = new TurnDocuments(TurnDocuments.facetsConfig());

    @Test
    void oneDocumentPerTurnKeyedByCallAndTurnIndex() throws Exception {
        List<Document> docs = northwindDiscovery();
        assertThat(docs).hasSize(6);
        assertThat(docs).extracting(d -> d.get(TurnFields.TURN_ID))
                .containsExactly("C-1001-1#0", "C-1001-1#1", "C-1001-1#2", "C-1001-1#3", "C-1001-1#4", "C-1001-1#5");
    }

    @Test
    void turnFieldsAreIndexedAndStoredAsTheirUseNeeds() throws Exception {
        Document doc = northwindDiscovery().get(3);
        IndexableField text = doc.getField(TurnFields.TEXT);
        assertThat(text.fieldType().indexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        assertThat(text.fieldType().tokenized()).isTrue();
        assertThat(text.fieldType().stored()).isTrue();
        assertThat(text.stringValue()).startsWith("Honestly our CFO");

        assertThat(doc.getField(TurnFields.TURN_ID).fieldType().tokenized()).isFalse();
        assertThat(doc.get(TurnFields.DEAL)).isEqualTo("D-1001");
        assertThat(doc.get(TurnFields.CALL)).isEqualTo("C-1001-1");
        assertThat(doc.get(TurnFields.SPEAKER)).isEqualTo("Dana Whitfield");
        assertThat(doc.get(TurnFields.SIDE)).isEqualTo("buyer");
        assertThat(doc.get(TurnFields.DATE)).isEqualTo("2024-03-04");
        assertThat(doc.getFields(TurnFields.START_MS)).extracting(f -> f.numericValue().longValue()).contains(22_000L);
        assertThat(doc.getFields(TurnFields.TURN)).anyMatch(f -> f.fieldType().docValuesType() == DocValuesType.NUMERIC);
    }

    @Test
    void dealFieldsAreLowerCasedLabelsWithTheRepStoredAsWritten() throws Exception {
        Document doc = northwindDiscovery().get(0);
        assertThat(values(doc, TurnFields.REP)).containsExactly("tyler brandt", "Tyler Brandt");
        assertThat(values(doc, TurnFields.REASON)).containsExactly("budget");
        assertThat(values(doc, TurnFields.LOST_TO)).containsExactly("zendara");
        assertThat(values(doc, TurnFields.VERDICT)).containsExactly("likely_our_fault");
        assertThat(values(doc, TurnFields.CAUSE)).containsExactly("missed_detractor", "no_urgency");
        assertThat(doc.getFields(TurnFields.AMOUNT)).singleElement()
                .satisfies(f -> assertThat(f.fieldType().stored()).as("a point for ranges, not stored").isFalse())
                .satisfies(f -> assertThat(f.fieldType().pointDimensionCount()).isEqualTo(1));
    }

    @Test
    void signalsBecomeFilterFieldsOfTheirTurnOnly() throws Exception {
        List<Document> docs = northwindDiscovery();
        Document question = docs.get(2);
        assertThat(values(question, TurnFields.SIGNAL)).containsExactly("question", "question.open", "discovery_topic",
                "discovery_topic.pain", "discovery_topic.impact");
        assertThat(values(question, TurnFields.QUESTION)).containsExactly("open");
        assertThat(values(question, TurnFields.TOPIC)).containsExactly("pain", "impact");

        Document detractor = docs.get(3);
        assertThat(values(detractor, TurnFields.DETRACTOR)).containsExactly("prefers_competitor");
        assertThat(values(detractor, TurnFields.COMPETITOR)).containsExactly("zendara");
        assertThat(values(detractor, TurnFields.PERSON)).containsExactly("priya raman");

        assertThat(values(docs.get(5), TurnFields.NEXT_STEP)).containsExactly("vague");
        assertThat(values(docs.get(0), TurnFields.SIGNAL)).isEmpty();
    }

    @Test
    void datedNextStepBusinessCaseAndExternalCauseFields() throws Exception {
        List<Document> docs = documents.forCall(TurnFixtures.NORTHWIND, TurnFixtures.NORTHWIND_FOLLOW_UP,
                TurnFixtures.NORTHWIND_FOLLOW_UP_SIGNALS, null);
        assertThat(values(docs.get(1), TurnFields.EXTERNAL_CAUSE)).containsExactly("budget", "org_change");
        assertThat(values(docs.get(2), TurnFields.BUSINESS_CASE)).containsExactly("payback");
        assertThat(values(docs.get(3), TurnFields.NEXT_STEP)).containsExactly("dated");
        assertThat(values(docs.get(3), TurnFields.NEXT_STEP_DATE)).containsExactly("2024-03-26");
        assertThat(values(docs.get(3), TurnFields.VERDICT)).as("not scored yet").isEmpty();
    }

    @Test
    void signalsOfOtherCallsAreIgnored() throws Exception {
        List<Document> docs = documents.forCall(TurnFixtures.HARBOR, TurnFixtures.HARBOR_DEMO,
                TurnFixtures.NORTHWIND_DISCOVERY_SIGNALS, null);
        assertThat(docs).allSatisfy(d -> assertThat(values(d, TurnFields.SIGNAL)).isEmpty());
    }

    private List<Document> northwindDiscovery() throws Exception {
        return documents.forCall(TurnFixtures.NORTHWIND, TurnFixtures.NORTHWIND_DISCOVERY,
                TurnFixtures.NORTHWIND_DISCOVERY_SIGNALS, TurnFixtures.NORTHWIND_ASSESSMENT);
    }

    private static List<String> values(Document doc, String field) {
        return Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue).filter(v -> v != null).toList();
    }
}
