package io.candor.nlp.signals;

import io.candor.config.CandorConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The configuration's lexicons as phrase matchers, each compiled on first use and then shared by all threads. */
public final class CompiledLexicons {

    private final CandorConfig config;
    private final Map<String, PhraseMatcher> matchers = new ConcurrentHashMap<>();

    public CompiledLexicons(CandorConfig config) {
        this.config = config;
    }

    /** The matcher for a lexicon key; an unknown key fails loudly, naming the known keys. */
    public PhraseMatcher get(String key) {
        return matchers.computeIfAbsent(key, k -> PhraseMatcher.of(config.lexicon(k)));
    }
}
