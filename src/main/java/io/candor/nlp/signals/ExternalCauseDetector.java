package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Causes outside the rep's control, said by the buyer:
 * <ul>
 * <li>EXTERNAL_CAUSE budget: budget or spending frozen, cut, capped or pulled ("the board froze all
 * discretionary spending"); not the buyer's "we don't have budget for you", which is an objection;</li>
 * <li>EXTERNAL_CAUSE org_change: acquisition, merger, reorg, new or departed leadership;</li>
 * <li>EXTERNAL_CAUSE priority: the project cancelled, shelved or postponed by the business;</li>
 * <li>PRODUCT_GAP, from {@link ProductGapDetector}, on either side.</li>
 * </ul>
 * One cause per sentence, budget before org change before priority: "the CFO froze all SaaS
 * contracts after the layoffs" is a budget freeze. Questions, hypotheticals ("if the board froze
 * budget"), denials ("we're not being acquired") and old news ("we had a reorg two years ago") do not fire.
 */
public final class ExternalCauseDetector implements TurnDetector {

    public static final String BUDGET = "budget";
    public static final String ORG_CHANGE = "org_change";
    public static final String PRIORITY = "priority";

    /** Finite verb tags: "spends" is a verb, "spending" and "spend" as nouns are budget words. */
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VB", "VBD", "VBP", "VBZ");
    /** Tags before a noun: determiner, possessive pronoun, possessive 's, adjective ("our spend", "discretionary spend"). */
    private static final Set<String> NOUN_MARKER_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "PDT");
    /** One person, standing for someone named before: "our sponsor? she left the company". */
    private static final Set<String> SINGULAR_PERSON = Set.of("he", "she");
    /** A thing held that is not the project: "put it on hold until the rest arrives", "a vendor put us on hold". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "us", "me", "them", "him", "her");
    /** Dates and durations in a clause say when, not what: "we postponed to next spring". */
    private static final Set<String> TIME_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL");
    /** Words after a cue that end what the cue applies to. */
    private static final Set<String> SCOPE_ENDS = Set.of(",", ";", ":", "--", "and", "but", "so", "because", "until", "while",
            "when", "since", "after", "due", "which");

    private final ProductGapDetector productGaps = new ProductGapDetector();

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        if (turn.isBuyer()) {
            for (CoreSentence sentence : turn.sentences()) {
                cause(sentence.tokens(), ctx).ifPresent(label -> out.add(Signals.of(ctx, turn, SignalType.EXTERNAL_CAUSE, label, sentence, java.util.Map.of())));
            }
        }
        out.addAll(productGaps.detect(turn, ctx));
        return out;
    }

    static Optional<String> cause(List<CoreLabel> tokens, CallContext ctx) {
        if (StatementGuard.isQuestion(tokens) || ctx.lexicon("external.old-news").anyIn(tokens)) {
            return Optional.empty();
        }
        if (asserted(tokens, ctx.lexicon("external.budget-cut"), ctx) && budgetNoun(tokens, ctx)) {
            return Optional.of(BUDGET);
        }
        if (asserted(tokens, ctx.lexicon("external.org-change"), ctx) || departure(tokens, ctx)) {
            return Optional.of(ORG_CHANGE);
        }
        if (asserted(tokens, ctx.lexicon("external.priority"), ctx) || projectHeld(tokens, ctx)) {
            return Optional.of(PRIORITY);
        }
        return Optional.empty();
    }

    /** A cue said as a fact: not hypothetical, not denied, not the road not taken ("rather than cancel it"), not a modifier. */
    private static boolean asserted(List<CoreLabel> tokens, PhraseMatcher.Match m, CallContext ctx) {
        return !ctx.guard().notAsserted(tokens, m.start()) && !attributive(tokens, m) && !alternativeBefore(tokens, m.start(), ctx);
    }

    private static boolean asserted(List<CoreLabel> tokens, PhraseMatcher cues, CallContext ctx) {
        return cues.findAll(tokens).stream().anyMatch(m -> asserted(tokens, m, ctx));
    }

    /**
     * "the outsourced mailroom", "our outsourced scanning vendor": a one-word cue that modifies the noun
     * after it describes a thing, it reports no event.
     */
    private static boolean attributive(List<CoreLabel> tokens, PhraseMatcher.Match m) {
        if (m.end() - m.start() != 1 || m.end() >= tokens.size()) {
            return false;
        }
        String tag = tag(tokens.get(m.start()));
        String next = tag(tokens.get(m.end()));
        return (tag.equals("JJ") || tag.equals("VBN")) && (next.startsWith("NN") || next.startsWith("JJ") || next.equals("VBG"));
    }

    /** "keep this slot rather than cancel it": the cue is what did not happen. */
    private static boolean alternativeBefore(List<CoreLabel> tokens, int cueStart, CallContext ctx) {
        int clauseStart = StatementGuard.clauseStart(tokens, cueStart);
        return ctx.lexicon("external.alternative").findAll(tokens).stream()
                .anyMatch(a -> a.start() >= clauseStart && a.end() <= cueStart);
    }

    /**
     * A budget word used as a noun: "all new spending is frozen", not "Rosa's team spends weeks pulling paper".
     * After a determiner or possessive it is a noun whatever the tagger says ("our spend was capped").
     */
    private static boolean budgetNoun(List<CoreLabel> tokens, CallContext ctx) {
        return ctx.lexicon("external.budget-nouns").findAll(tokens).stream()
                .anyMatch(m -> !FINITE_VERB_TAGS.contains(tag(tokens.get(m.start())))
                        || (m.start() > 0 && NOUN_MARKER_TAGS.contains(tag(tokens.get(m.start() - 1)))));
    }

    /**
     * "Our CEO resigned", "the VP who sponsored this left the company": a departure changes the deal only
     * when it is a stakeholder's, a title or a named person (or he/she for one) before the cue in its
     * clause; "one of them had left the company" in an anecdote about an e-mail thread is not.
     */
    private static boolean departure(List<CoreLabel> tokens, CallContext ctx) {
        for (PhraseMatcher.Match m : ctx.lexicon("external.departure").findAll(tokens)) {
            if (!asserted(tokens, m, ctx)) {
                continue;
            }
            int clauseStart = StatementGuard.clauseStart(tokens, m.start());
            // "Dana, our sponsor, was let go": the subject sits before an appositive, so a clause holding
            // only auxiliaries ("was", "has been") borrows the clauses before it, back to the sentence start.
            if (tokens.subList(clauseStart, m.start()).stream().allMatch(t -> tag(t).startsWith("VB") || tag(t).equals("MD"))) {
                clauseStart = 0;
            }
            List<CoreLabel> subject = tokens.subList(clauseStart, m.start());
            boolean stakeholder = subject.stream().anyMatch(t -> "PERSON".equals(t.ner()) || SINGULAR_PERSON.contains(lower(t)))
                    || ctx.lexicon("mention.titles").findAll(subject).size() > 0
                    || ctx.lexicon("external.departure-roles").findAll(subject).size() > 0;
            if (stakeholder) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cancelled", "postponed", "on hold" also describe invoices, credit holds and meetings, so they count
     * only for the project or the business's plans: a project word in the cue's clause ("every project
     * that touches SAP is on hold", "she's putting every new commitment on hold"), or no object at all
     * ("we're postponing because..."). Any other thing held ("invoices on hold", "a vendor put us on
     * hold", "put it on hold until the rest arrives", "today the whole thing goes on hold") is process talk.
     */
    private static boolean projectHeld(List<CoreLabel> tokens, CallContext ctx) {
        PhraseMatcher objects = ctx.lexicon("external.priority-objects");
        PhraseMatcher deciders = ctx.lexicon("external.deciders");
        for (PhraseMatcher.Match m : ctx.lexicon("external.priority-events").findAll(tokens)) {
            if (!asserted(tokens, m, ctx)) {
                continue;
            }
            int from = StatementGuard.clauseStart(tokens, m.start());
            int to = scopeEnd(tokens, m.end());
            List<CoreLabel> scope = tokens.subList(from, to);
            boolean project = objects.findAll(scope).stream().anyMatch(o -> !determinerOfOtherNoun(scope, o));
            if (project) {
                return true;
            }
            List<PhraseMatcher.Match> decider = deciders.findAll(scope);
            boolean otherThing = false;
            for (int i = from; i < to; i++) {
                int local = i - from;
                boolean inCue = i >= m.start() && i < m.end();
                boolean byDecider = decider.stream().anyMatch(d -> d.start() <= local && local < d.end());
                CoreLabel t = tokens.get(i);
                boolean when = t.ner() != null && TIME_ENTITIES.contains(t.ner());
                if (!inCue && !byDecider && !when && (tag(t).startsWith("NN") || OBJECT_PRONOUNS.contains(lower(t)))) {
                    otherThing = true;
                }
            }
            if (!otherThing) {
                return true;
            }
        }
        return false;
    }

    /** "this slot": a demonstrative in the object list counts only on its own ("put this on hold"), not before a noun. */
    private static boolean determinerOfOtherNoun(List<CoreLabel> scope, PhraseMatcher.Match o) {
        if (o.end() - o.start() != 1 || o.end() >= scope.size() || !tag(scope.get(o.start())).equals("DT")) {
            return false;
        }
        String next = tag(scope.get(o.end()));
        return next.startsWith("NN") || next.startsWith("JJ");
    }

    /** The end of the cue's clause: the next clause break, or a reason or time clause ("until the rest arrives"). */
    private static int scopeEnd(List<CoreLabel> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            if (SCOPE_ENDS.contains(w) || ".".equals(w) || "!".equals(w)) {
                return i;
            }
        }
        return tokens.size();
    }

    private static String tag(CoreLabel t) {
        return t.tag() == null ? "" : t.tag();
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
