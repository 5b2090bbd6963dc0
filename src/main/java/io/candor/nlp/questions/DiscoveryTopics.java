package io.candor.nlp.questions;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.config.CandorConfig;
import io.candor.nlp.CoreNlpPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which discovery topics (SPIN + MEDDICC) a question touches, by lemma lexicons: configuration keys
 * {@code discovery.<topic>}, defaults in {@code config/lexicons.yml}.
 */
public final class DiscoveryTopics {

    /** The DISCOVERY_TOPIC signal labels, in report order. */
    public static final List<String> TOPICS = List.of("situation", "pain", "impact", "decision_process",
            "decision_criteria", "budget", "timeline", "stakeholders", "competition", "success_metrics");

    private final Map<String, List<String[]>> phrases = new LinkedHashMap<>();
    private final CoreNlpPipeline pipeline;

    public DiscoveryTopics(CandorConfig config) {
        this(config, CoreNlpPipeline.syntax());
    }

    public DiscoveryTopics(CandorConfig config, CoreNlpPipeline pipeline) {
        this.pipeline = pipeline;
        for (String topic : TOPICS) {
            List<String[]> entries = new ArrayList<>();
            for (String entry : config.lexicon("discovery." + topic)) {
                entries.add(entry.strip().toLowerCase(Locale.ROOT).split("\\s+"));
            }
            phrases.put(topic, entries);
        }
    }

    /** Topics of a text (lemmatized here), in {@link #TOPICS} order. */
    public List<String> topicsOf(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        pipeline.annotate(text, null).sentences().forEach(s -> tokens.addAll(s.tokens()));
        return topicsOf(tokens);
    }

    /** Topics of an already annotated sentence (needs lemma). */
    public List<String> topicsOf(CoreSentence sentence) {
        return topicsOf(sentence.tokens());
    }

    private List<String> topicsOf(List<CoreLabel> tokens) {
        String[] words = tokens.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        String[] lemmas = tokens.stream().map(t -> (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<String> found = new ArrayList<>();
        phrases.forEach((topic, entries) -> {
            if (entries.stream().anyMatch(p -> occurs(p, words, lemmas))) {
                found.add(topic);
            }
        });
        return found;
    }

    private static boolean occurs(String[] phrase, String[] words, String[] lemmas) {
        for (int i = 0; i + phrase.length <= words.length; i++) {
            int k = 0;
            while (k < phrase.length && (phrase[k].equals(words[i + k]) || phrase[k].equals(lemmas[i + k]))) {
                k++;
            }
            if (k == phrase.length) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "DiscoveryTopics" + Arrays.toString(TOPICS.toArray());
    }
}
