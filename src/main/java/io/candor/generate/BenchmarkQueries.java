package io.candor.generate;

import io.candor.domain.CauseCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Search queries that hit a synthetic corpus the way coaches would: single words and short
 * phrases taken from the generator's own sentence bank (so they match, with a realistic spread of
 * frequencies from rare to very common), and filters drawn from its vocabulary.
 */
public final class BenchmarkQueries {

    private static final List<String> SIGNALS = List.of("question", "question.open", "detractor", "competitor_mention",
            "next_step.dated", "next_step.vague", "business_case", "external_cause", "discovery_topic.pain", "justification_ask");
    private static final List<String> REASONS = List.of("Budget", "Timing", "Went dark", "No decision", "Price", "Lost to competitor");

    private final List<String> words;
    private final List<List<String>> sentences;
    private final Random random;

    public BenchmarkQueries(long seed) {
        this.random = new Random(seed);
        this.sentences = sentences();
        Set<String> distinct = new LinkedHashSet<>();
        sentences.forEach(s -> s.stream().filter(w -> w.length() >= 4).forEach(distinct::add));
        this.words = List.copyOf(distinct);
    }

    /** One word, e.g. {@code approval}. */
    public String term() {
        return Vocabulary.pick(random, words);
    }

    /** Two or three consecutive words of a bank sentence as a phrase, one in four with slop ("..."~2). */
    public String phrase() {
        List<String> sentence;
        do {
            sentence = Vocabulary.pick(random, sentences);
        } while (sentence.size() < 3);
        int length = 2 + random.nextInt(2);
        int from = random.nextInt(sentence.size() - length + 1);
        String phrase = "\"" + String.join(" ", sentence.subList(from, from + length)) + "\"";
        return random.nextInt(4) == 0 ? phrase + "~2" : phrase;
    }

    /** A filter for the filtered+faceted kind: field name to value, one or two of side, signal, cause, reason. */
    public Map<String, String> filters() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        int n = 1 + random.nextInt(2);
        List<String> kinds = new ArrayList<>(List.of("side", "signal", "cause", "reason"));
        java.util.Collections.shuffle(kinds, random);
        for (String kind : kinds.subList(0, n)) {
            filters.put(kind, switch (kind) {
                case "side" -> random.nextBoolean() ? "buyer" : "seller";
                case "signal" -> Vocabulary.pick(random, SIGNALS);
                case "cause" -> Vocabulary.pick(random, List.of(CauseCode.values())).name();
                default -> Vocabulary.pick(random, REASONS);
            });
        }
        return filters;
    }

    private static List<List<String>> sentences() {
        List<String> all = new ArrayList<>();
        all.addAll(PhraseBank.PITCH);
        all.addAll(PhraseBank.SELLER_ANSWERS);
        all.addAll(PhraseBank.BUYER_COMMENTS);
        all.addAll(PhraseBank.ELABORATIONS);
        all.addAll(PhraseBank.BUYER_PRODUCT_QUESTIONS);
        all.addAll(PhraseBank.VAGUE_NEXT_STEPS);
        all.addAll(PhraseBank.PRODUCT_GAPS);
        PhraseBank.OPEN_QUESTIONS.values().forEach(all::addAll);
        PhraseBank.BUYER_ANSWERS.values().forEach(all::addAll);
        PhraseBank.EXTERNAL.values().forEach(all::addAll);
        PhraseBank.DETRACTOR.values().forEach(all::addAll);
        PhraseBank.BUSINESS_CASE.values().forEach(all::addAll);
        List<List<String>> split = new ArrayList<>();
        for (String sentence : all) {
            List<String> tokens = new ArrayList<>();
            // Placeholders and figures vary per call; keep plain words only so every query can match.
            for (String raw : sentence.replaceAll("\\{[a-z_]+}", " | ").split("\\s+")) {
                String w = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z'-]", "");
                if (w.isEmpty() || raw.contains("|") || w.contains("'")) {
                    if (tokens.size() >= 2) {
                        split.add(tokens);
                    }
                    tokens = new ArrayList<>();
                } else {
                    tokens.add(w);
                }
            }
            if (tokens.size() >= 2) {
                split.add(tokens);
            }
        }
        return split;
    }
}
