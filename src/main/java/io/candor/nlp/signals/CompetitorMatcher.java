package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.config.CandorConfig;
import io.candor.config.Competitor;
import io.candor.domain.Deal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds competitors in a sentence: every configured name and alias (case-insensitive, whole
 * tokens), the deal's CRM competitor, and, conservatively, an ORGANIZATION entity that is neither
 * the buyer's account nor our own company and sits next to competitor talk ("we're also looking at
 * Brightdoc"). Unconfigured organisations outside such a context are customers, banks, parents.
 */
public final class CompetitorMatcher {

    /** A competitor at sentence tokens [start, end), by its canonical name. */
    public record Hit(String name, int start, int end) {
    }

    private final Map<String, PhraseMatcher> configured = new LinkedHashMap<>();
    private final PhraseMatcher context;
    private final List<String> notCompetitors;

    public CompetitorMatcher(CandorConfig config, CompiledLexicons lexicons, Deal deal) {
        for (Competitor c : config.competitors()) {
            configured.put(c.name(), PhraseMatcher.names(c.allNames().stream().map(String::strip).toList()));
        }
        if (deal != null && deal.competitor() != null && !deal.competitor().isBlank()
                && config.competitors().stream().flatMap(c -> c.allNames().stream()).noneMatch(n -> n.equalsIgnoreCase(deal.competitor().strip()))) {
            configured.put(deal.competitor().strip(), PhraseMatcher.names(List.of(deal.competitor().strip())));
        }
        this.context = lexicons.get("mention.competitor-context");
        var own = new ArrayList<String>();
        if (config.company() != null) {
            own.add(config.company().toLowerCase(Locale.ROOT));
        }
        if (deal != null && deal.account() != null) {
            own.add(deal.account().toLowerCase(Locale.ROOT));
        }
        this.notCompetitors = own;
    }

    public List<Hit> find(CoreSentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        var hits = new ArrayList<Hit>();
        configured.forEach((name, matcher) -> matcher.findAll(tokens).forEach(m -> hits.add(new Hit(name, m.start(), m.end()))));
        boolean competitorTalk = context.anyIn(tokens);
        for (CoreEntityMention m : entities(sentence)) {
            if (!m.entityType().equals("ORGANIZATION") || !competitorTalk || overlaps(hits, m) || isOwn(m.text())) {
                continue;
            }
            int start = AnnotatedTurn.indexOf(m.tokens().get(0));
            hits.add(new Hit(m.text().strip(), start, start + m.tokens().size()));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** True when a person-looking name is in fact a competitor (CoreNLP tags "Zendara" a PERSON). */
    public boolean isCompetitorName(String text) {
        return configured.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(text.strip())
                || e.getValue().phrases().stream().anyMatch(p -> p.equalsIgnoreCase(text.strip())));
    }

    public boolean isOwn(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return notCompetitors.stream().anyMatch(o -> o.equals(t) || o.startsWith(t + " ") || t.startsWith(o + " "));
    }

    private static boolean overlaps(List<Hit> hits, CoreEntityMention m) {
        int start = AnnotatedTurn.indexOf(m.tokens().get(0));
        int end = start + m.tokens().size();
        return hits.stream().anyMatch(h -> h.start() < end && start < h.end());
    }

    static List<CoreEntityMention> entities(CoreSentence sentence) {
        return sentence.entityMentions() == null ? List.of() : sentence.entityMentions();
    }
}
