package io.candor.scoring.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.candor.domain.Finding;
import io.candor.metrics.CallMetrics;
import io.candor.nlp.CallAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped corpus against its gold labels (corpus/expected.json): every deal's verdict and cause
 * codes, and every call's seller talk share, with the real CoreNLP models and the default settings.
 */
class ShippedCorpusAccuracyFunctionalTest {

    private static final Path CORPUS = Path.of("corpus");
    private static JsonNode expected;
    private static CorpusAnalysis.Result result;

    @BeforeAll
    static void analyseTheShippedCorpus() throws Exception {
        expected = JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve("expected.json")));
        result = new CorpusAnalysis(CallAnalyzer.standard(), 2).run(CORPUS);
    }

    static Stream<String> deals() throws Exception {
        JsonNode labels = JsonMapper.builder().build().readTree(Files.readString(CORPUS.resolve("expected.json")));
        return labels.get("deals").propertyNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deals")
    void verdictAndCausesMatchTheLabels(String dealId) {
        JsonNode want = expected.get("deals").get(dealId);
        var assessment = result.assessments().get(dealId);
        assertThat(assessment).as(dealId + " was scored").isNotNull();
        Set<String> wantCauses = new TreeSet<>();
        want.get("causes").forEach(c -> wantCauses.add(c.asString()));
        Set<String> gotCauses = assessment.findings().stream().map(Finding::cause).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(gotCauses).as(dealId + " causes (" + want.get("why").asString() + ")").isEqualTo(wantCauses);
        assertThat(assessment.verdict().name()).as(dealId + " verdict").isEqualTo(want.get("verdict").asString());
    }

    @Test
    void everyCallsSellerTalkShareMatchesTheHandComputedFigure() {
        var calls = expected.get("calls");
        int checked = 0;
        for (var evidence : result.evidence().values()) {
            for (var entry : evidence.metricsByCall().entrySet()) {
                JsonNode want = calls.get(entry.getKey());
                CallMetrics got = entry.getValue();
                assertThat(want).as(entry.getKey() + " has a label").isNotNull();
                assertThat(got.sellerTalkShare()).as(entry.getKey()).isCloseTo(want.get("seller_talk_share").asDouble(), within(0.011));
                assertThat(got.measuredBy()).as(entry.getKey()).isEqualTo(want.get("measured_by").asString());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(calls.size());
        assertThat(result.problems()).isEmpty();
    }
}
