package io.candor.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one corpus: candor.yml merged over the shipped defaults
 * ({@code config/thresholds.yml}, {@code config/lexicons.yml}, {@code config/weights.yml} on the classpath).
 *
 * @param dealColumns canonical deals.csv column name to the header this corpus uses for it
 */
public record CandorConfig(
        String company,
        List<String> internalDomains,
        List<String> team,
        List<Competitor> competitors,
        Map<String, String> dealColumns,
        Map<String, Double> thresholds,
        Map<String, List<String>> lexicons,
        Map<String, Double> weights) {

    public CandorConfig {
        internalDomains = internalDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
        team = List.copyOf(team);
        competitors = List.copyOf(competitors);
        dealColumns = Map.copyOf(dealColumns);
        thresholds = Map.copyOf(thresholds);
        lexicons = Map.copyOf(lexicons);
        weights = Map.copyOf(weights);
    }

    /** The defaults alone, as if the corpus had no candor.yml. */
    public static CandorConfig defaults() {
        return ConfigLoader.defaults();
    }

    /** A threshold by key; an unknown key is a programming error, so it fails loudly. */
    public double threshold(String key) {
        return require(thresholds, key, "threshold");
    }

    public double weight(String key) {
        return require(weights, key, "weight");
    }

    public List<String> lexicon(String key) {
        return require(lexicons, key, "lexicon");
    }

    private static <V> V require(Map<String, V> map, String key, String kind) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + kind + " named '" + key + "' (known: " + new java.util.TreeSet<>(map.keySet()) + ")");
        }
        return value;
    }
}
