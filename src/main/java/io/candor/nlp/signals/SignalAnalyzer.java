package io.candor.nlp.signals;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Signal;
import io.candor.domain.Turn;
import io.candor.nlp.CoreNlpPipeline;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals of one call: people and competitors named, detractors, next steps and compelling
 * events, business-case talk, external causes and product gaps. Each turn is annotated once and
 * the same CoreDocument is read by every detector. Thread-safe: detectors are stateless, the
 * pipeline is shared, compiled lexicons are cached per configuration.
 */
public final class SignalAnalyzer {

    private final CoreNlpPipeline pipeline;
    private final List<TurnDetector> detectors = List.of(
            new MentionExtractor(), new DetractorDetector(), new UrgencyDetector(), new BusinessCaseDetector(), new ExternalCauseDetector());
    private final Map<CandorConfig, CompiledLexicons> lexicons = Collections.synchronizedMap(new IdentityHashMap<>());

    public SignalAnalyzer() {
        this(CoreNlpPipeline.shared());
    }

    public SignalAnalyzer(CoreNlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<Signal> analyze(Deal deal, Call call, CandorConfig config) {
        return analyze(deal, call, config, annotate(call));
    }

    /** For a caller that annotates the turns itself (to share them with other detectors): one AnnotatedTurn per non-blank turn. */
    public List<Signal> analyze(Deal deal, Call call, CandorConfig config, List<AnnotatedTurn> turns) {
        CallContext ctx = context(deal, call, config, turns);
        var out = new ArrayList<Signal>();
        for (AnnotatedTurn turn : turns) {
            for (TurnDetector detector : detectors) {
                out.addAll(detector.detect(turn, ctx));
            }
        }
        return out;
    }

    /** Annotates every non-blank turn once, relative dates resolved against the call's date. */
    public List<AnnotatedTurn> annotate(Call call) {
        LocalDate date = callDate(call);
        var out = new ArrayList<AnnotatedTurn>();
        for (Turn turn : call.turns()) {
            if (turn.text() != null && !turn.text().isBlank()) {
                out.add(new AnnotatedTurn(turn, pipeline.annotate(turn.text(), date)));
            }
        }
        return out;
    }

    /** The call's date (UTC) for resolving "next Tuesday"; null where the call has no start time. */
    public static LocalDate callDate(Call call) {
        return call.startedAt() == null ? null : call.startedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private CallContext context(Deal deal, Call call, CandorConfig config, List<AnnotatedTurn> turns) {
        CompiledLexicons compiled = lexicons.computeIfAbsent(config, CompiledLexicons::new);
        var names = new ArrayList<String>();
        call.turns().forEach(t -> names.add(t.speaker()));
        var draft = new CallContext(deal, call, config, callDate(call), new CompetitorMatcher(config, compiled, deal),
                new PeopleDirectory(List.of()), new StatementGuard(compiled), compiled);
        for (AnnotatedTurn turn : turns) {
            turn.sentences().forEach(s -> MentionExtractor.people(s, draft).forEach(p -> names.add(p.said())));
        }
        return new CallContext(deal, call, config, draft.callDate(), draft.competitors(), new PeopleDirectory(names), draft.guard(), compiled);
    }
}
