package io.candor.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads candor.yml over the shipped defaults. Unknown keys are an error that names the key: a typo
 * must not silently change a verdict.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "candor.yml";
    private static final Set<String> TOP_LEVEL_KEYS = Set.of(
            "company", "internal-domains", "team", "competitors", "deals", "thresholds", "lexicons", "weights");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ConfigLoader() {
    }

    public static CandorConfig defaults() {
        return new CandorConfig(null, List.of(), List.of(), List.of(), Map.of(),
                numbers(resource("thresholds")), lists(resource("lexicons")), numbers(resource("weights")));
    }

    /** The corpus's candor.yml merged over the defaults; the defaults alone when the file is absent. */
    public static CandorConfig forCorpus(Path corpusDir) {
        Path file = corpusDir.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file) : defaults();
    }

    public static CandorConfig load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new ConfigException(file + ": not readable YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return defaults();
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": expected a mapping of settings at the top level");
        }
        String where = file.toString();
        checkKeys(root, TOP_LEVEL_KEYS, where, "");
        CandorConfig d = defaults();
        return new CandorConfig(
                text(root.get("company")),
                strings(root.get("internal-domains"), where, "internal-domains"),
                strings(root.get("team"), where, "team"),
                competitors(root.get("competitors"), where),
                dealColumns(root.get("deals"), where),
                overlay(d.thresholds(), numbers(root.get("thresholds")), where, "thresholds"),
                overlay(d.lexicons(), lists(root.get("lexicons")), where, "lexicons"),
                overlay(d.weights(), numbers(root.get("weights")), where, "weights"));
    }

    private static <V> Map<String, V> overlay(Map<String, V> defaults, Map<String, V> user, String where, String section) {
        var merged = new LinkedHashMap<>(defaults);
        for (var e : user.entrySet()) {
            if (!defaults.containsKey(e.getKey())) {
                throw new ConfigException(where + ": unknown key '" + section + "." + e.getKey()
                        + "' (known: " + String.join(", ", new java.util.TreeSet<>(defaults.keySet())) + ")");
            }
            merged.put(e.getKey(), e.getValue());
        }
        return merged;
    }

    private static void checkKeys(JsonNode node, Set<String> known, String where, String prefix) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw new ConfigException(where + ": unknown key '" + prefix + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private static Map<String, String> dealColumns(JsonNode deals, String where) {
        if (deals == null || deals.isNull()) {
            return Map.of();
        }
        checkKeys(deals, Set.of("columns"), where, "deals.");
        JsonNode columns = deals.get("columns");
        var map = new LinkedHashMap<String, String>();
        if (columns != null) {
            for (var e : columns.properties()) {
                map.put(e.getKey().strip().toLowerCase(java.util.Locale.ROOT), e.getValue().asString());
            }
        }
        return map;
    }

    private static List<Competitor> competitors(JsonNode node, String where) {
        var list = new ArrayList<Competitor>();
        if (node == null || node.isNull()) {
            return list;
        }
        for (JsonNode c : node) {
            if (c.isString()) {
                list.add(new Competitor(c.asString(), List.of()));
                continue;
            }
            checkKeys(c, Set.of("name", "aliases"), where, "competitors[].");
            if (c.get("name") == null) {
                throw new ConfigException(where + ": a competitor needs a 'name'");
            }
            list.add(new Competitor(c.get("name").asString(), strings(c.get("aliases"), where, "competitors[].aliases")));
        }
        return list;
    }

    private static List<String> strings(JsonNode node, String where, String key) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isString()) {
            return List.of(node.asString());
        }
        if (!node.isArray()) {
            throw new ConfigException(where + ": '" + key + "' must be a list");
        }
        var out = new ArrayList<String>();
        node.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static Map<String, Double> numbers(JsonNode node) {
        var map = new LinkedHashMap<String, Double>();
        if (node != null) {
            for (var e : node.properties()) {
                if (!e.getValue().isNumber()) {
                    throw new ConfigException("setting '" + e.getKey() + "' must be a number, got '" + e.getValue().asString() + "'");
                }
                map.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return map;
    }

    private static Map<String, List<String>> lists(JsonNode node) {
        var map = new LinkedHashMap<String, List<String>>();
        if (node != null) {
            for (var e : node.properties()) {
                map.put(e.getKey(), strings(e.getValue(), "lexicons", e.getKey()));
            }
        }
        return map;
    }

    private static JsonNode resource(String name) {
        String path = "/config/" + name + ".yml";
        try (InputStream in = ConfigLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
