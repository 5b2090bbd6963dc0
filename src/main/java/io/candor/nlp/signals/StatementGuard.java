package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a claim from a question, a hypothetical or a denial. "If the board froze budget…" and
 * "we're not being acquired" carry the very words a detector looks for, so each detector asks
 * here before it believes a cue.
 */
public final class StatementGuard {

    /** Words that close a clause: a negation or "if" before them does not reach past them. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "but", "because", "so", "and", "since");

    private final PhraseMatcher hypothetical;
    private final PhraseMatcher negation;

    public StatementGuard(CompiledLexicons lexicons) {
        this.hypothetical = lexicons.get("guard.hypothetical");
        this.negation = lexicons.get("guard.negation");
    }

    public static boolean isQuestion(List<CoreLabel> sentence) {
        return !sentence.isEmpty() && sentence.get(sentence.size() - 1).word().equals("?");
    }

    /** A hypothetical marker ("if", "what if", "imagine", "might") anywhere before the cue in the sentence. */
    public boolean hypotheticalBefore(List<CoreLabel> sentence, int cueStart) {
        return hypothetical.findAll(sentence).stream().anyMatch(m -> m.start() < cueStart);
    }

    /** A negation between the start of the cue's clause and the cue ("we're not being acquired"). */
    public boolean negatedBefore(List<CoreLabel> sentence, int cueStart) {
        int clauseStart = clauseStart(sentence, cueStart);
        return negation.findAll(sentence).stream().anyMatch(m -> m.start() >= clauseStart && m.start() < cueStart);
    }

    /** Either of the above: the cue is not asserted as a fact. */
    public boolean notAsserted(List<CoreLabel> sentence, int cueStart) {
        return hypotheticalBefore(sentence, cueStart) || negatedBefore(sentence, cueStart);
    }

    static int clauseStart(List<CoreLabel> sentence, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return 0;
    }
}
