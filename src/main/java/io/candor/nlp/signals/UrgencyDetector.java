package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Urgency in a turn, either side.
 * <ul>
 * <li>NEXT_STEP dated: a next step (someone on the call will meet, call, send, review...) tied to a
 * calendar day on or after the call; details "date" (ISO) and "proposer" (the turn's side).
 * A week or a month ("next week", "in May") is not a calendar day: that step is vague.</li>
 * <li>NEXT_STEP vague: "touch base", "circle back", "let's reconnect sometime", or a next step with
 * only a week, month or duration.</li>
 * <li>COMPELLING_EVENT: go-live, renewal, board meeting, fiscal year end, regulation or audit
 * deadline, with "date" where a day or month is given. Events in the past do not count.</li>
 * </ul>
 * Dates that are not next steps ("we went live in 2019", "I'm out Friday") do not make one.
 */
public final class UrgencyDetector implements TurnDetector {

    public static final String DATED = "dated";
    public static final String VAGUE = "vague";

    private static final Set<String> PARTICIPANTS = Set.of("i", "we", "us", "you", "me", "let");
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "let", "gon", "can", "could", "would", "shall", "should", "wo", "ca", "'d");
    private static final Map<String, String> EVENTS = eventLexicons();

    @Override
    public List<Signal> detect(AnnotatedTurn turn, CallContext ctx) {
        var out = new ArrayList<Signal>();
        String proposer = turn.turn().side().label();
        for (CoreSentence sentence : turn.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            List<DateResolver.Found> dates = DateResolver.find(sentence, ctx.callDate());
            nextStep(tokens, dates, ctx).ifPresent(step -> out.add(Signals.of(ctx, turn, SignalType.NEXT_STEP,
                    step.dated() ? DATED : VAGUE, sentence,
                    Signals.details("date", step.date() == null ? null : step.date().toString(), "proposer", proposer))));
            compellingEvent(tokens, dates, ctx).ifPresent(e -> out.add(Signals.of(ctx, turn, SignalType.COMPELLING_EVENT, e.getKey(), sentence,
                    Signals.details("date", e.getValue()))));
        }
        return out;
    }

    /** A next step; date is null where it is vague, or dated but the call has no date to resolve "Tuesday" against. */
    private record Step(boolean dated, LocalDate date) {
        static final Step VAGUE_STEP = new Step(false, null);
    }

    private Optional<Step> nextStep(List<CoreLabel> tokens, List<DateResolver.Found> dates, CallContext ctx) {
        boolean pastTense = pastTense(tokens);
        boolean cue = hasNextStepCue(tokens, ctx) || isConfirmation(tokens, dates, ctx) || isProposal(tokens, ctx);
        if (cue && !pastTense) {
            Optional<DateResolver.Found> day = dates.stream()
                    .filter(d -> d.precision() == DateResolver.Precision.DAY)
                    .map(d -> DateResolver.forward(d, tokens, ctx.callDate()))
                    .filter(d -> ctx.callDate() == null || d.date() == null || !d.date().isBefore(ctx.callDate()))
                    // "How do invoices flow today?": the call's own day is a step only when something is promised for it.
                    .filter(d -> d.date() == null || !d.date().equals(ctx.callDate()) || hasFutureMarker(tokens))
                    .max(Comparator.comparing(DateResolver.Found::date, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (day.isPresent()) {
                boolean placed = ctx.callDate() != null || day.get().yearSaid();
                return Optional.of(new Step(true, placed ? day.get().date() : null));
            }
        }
        boolean vagueCue = ctx.lexicon("urgency.vague").findAll(tokens).stream().anyMatch(m -> !ctx.guard().notAsserted(tokens, m.start()));
        boolean coarseDate = dates.stream().anyMatch(d -> d.precision() != DateResolver.Precision.DAY)
                || ctx.lexicon("urgency.vague-time").anyIn(tokens);
        // "If we ever get budget, maybe we'd talk again": a step in a hypothetical is no plan.
        boolean hypothetical = ctx.guard().hypotheticalBefore(tokens, tokens.size());
        if (vagueCue || (cue && !pastTense && coarseDate && !hypothetical)) {
            return Optional.of(Step.VAGUE_STEP);
        }
        return Optional.empty();
    }

    /** A next-step verb with someone on the call taking part: "I'll send", "let's meet", "can you make Thursday". */
    private static boolean hasNextStepCue(List<CoreLabel> tokens, CallContext ctx) {
        boolean participant = tokens.stream().anyMatch(t -> PARTICIPANTS.contains(t.word().toLowerCase(Locale.ROOT))
                && !(t.tag() != null && t.tag().equals("PRP$")));
        return participant && ctx.lexicon("urgency.next-step").anyIn(tokens);
    }

    /** "Does June 18th work?", "How about next Tuesday?", "The kickoff is set for Monday": a day offered or fixed. */
    private static boolean isProposal(List<CoreLabel> tokens, CallContext ctx) {
        return ctx.lexicon("urgency.scheduled").anyIn(tokens)
                || (StatementGuard.isQuestion(tokens) && ctx.lexicon("urgency.proposal-question").anyIn(tokens));
    }

    /** "Perfect, tomorrow at 3 then.": a day said with nothing but agreement (and a clock time) around it. */
    private static boolean isConfirmation(List<CoreLabel> tokens, List<DateResolver.Found> dates, CallContext ctx) {
        if (dates.isEmpty()) {
            return false;
        }
        PhraseMatcher fillers = ctx.lexicon("urgency.confirmation-words");
        for (int i = 0; i < tokens.size(); i++) {
            int index = i;
            boolean inDate = dates.stream().anyMatch(d -> d.start() <= index && index < d.end());
            CoreLabel t = tokens.get(i);
            boolean punctuation = !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
            boolean clockTime = "CD".equals(t.tag());
            if (!inDate && !punctuation && !clockTime && !PhraseMatcher.tokenMatchesAny(t, fillers)) {
                return false;
            }
        }
        return true;
    }

    /** Past tense with no future marker anywhere: "Friday was our last day", "we met on March 5th". */
    private static boolean pastTense(List<CoreLabel> tokens) {
        boolean past = tokens.stream().anyMatch(t -> "VBD".equals(t.tag()));
        return past && !hasFutureMarker(tokens);
    }

    /** A modal, "let's" or "going to": "How's your Tuesday going?" is not a plan, "I'm going to send it" is. */
    private static boolean hasFutureMarker(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            boolean goingTo = w.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to");
            if (goingTo || FUTURE_MARKERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Map.Entry<String, String>> compellingEvent(List<CoreLabel> tokens, List<DateResolver.Found> dates, CallContext ctx) {
        if (pastTense(tokens)) {
            return Optional.empty();
        }
        for (var e : EVENTS.entrySet()) {
            List<PhraseMatcher.Match> notEvents = ctx.lexicon("urgency.event.not-events").findAll(tokens);
            Optional<PhraseMatcher.Match> m = ctx.lexicon(e.getKey()).findAll(tokens).stream()
                    .filter(x -> !ctx.guard().notAsserted(tokens, x.start()))
                    .filter(x -> notEvents.stream().noneMatch(n -> n.start() < x.end() && x.start() < n.end()))
                    .findFirst();
            if (m.isEmpty()) {
                continue;
            }
            Optional<DateResolver.Found> when = dates.stream()
                    .filter(d -> d.precision() == DateResolver.Precision.DAY || d.precision() == DateResolver.Precision.MONTH)
                    .filter(d -> !DateResolver.saidAsPast(tokens, d))
                    .findFirst();
            when = when.filter(d -> d.date() != null);
            if (when.isPresent() && ctx.callDate() != null && endOf(when.get()).isBefore(ctx.callDate()) && when.get().yearSaid()) {
                return Optional.empty();
            }
            return Optional.of(Map.entry(e.getValue(), when.map(d -> DateResolver.forward(d, tokens, ctx.callDate()))
                    .map(UrgencyDetector::endOf).map(LocalDate::toString).orElse("")));
        }
        return Optional.empty();
    }

    /** A deadline said as a month ("by June") is the month's last day. */
    private static LocalDate endOf(DateResolver.Found d) {
        return d.precision() == DateResolver.Precision.MONTH ? d.date().withDayOfMonth(d.date().lengthOfMonth()) : d.date();
    }

    private static Map<String, String> eventLexicons() {
        var m = new LinkedHashMap<String, String>();
        m.put("urgency.event.go-live", "go_live");
        m.put("urgency.event.renewal", "renewal");
        m.put("urgency.event.board-meeting", "board_meeting");
        m.put("urgency.event.fiscal-year-end", "fiscal_year_end");
        m.put("urgency.event.regulation-deadline", "regulation_deadline");
        m.put("urgency.event.other", "other");
        return m;
    }
}
