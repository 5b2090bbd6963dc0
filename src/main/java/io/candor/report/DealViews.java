package io.candor.report;

import io.candor.config.CandorConfig;
import io.candor.domain.Assessment;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Evidence;
import io.candor.domain.Finding;
import io.candor.domain.IngestProblem;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.metrics.CallMetrics;
import io.candor.metrics.TimingMetricsCalculator;
import io.candor.report.DealReportView.AttendeeView;
import io.candor.report.DealReportView.CallMetricsView;
import io.candor.report.DealReportView.CallView;
import io.candor.report.DealReportView.DealMetricsView;
import io.candor.report.DealReportView.EvidenceView;
import io.candor.report.DealReportView.FindingView;
import io.candor.report.DealReportView.ReasonCheckView;
import io.candor.report.DealReportView.StakeholderView;
import io.candor.scoring.DealEvidence;
import io.candor.scoring.Figures;
import io.candor.scoring.SignalLabels;
import io.candor.scoring.Stakeholder;
import io.candor.scoring.StakeholderMap;
import io.candor.scoring.TalkShare;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds a deal's {@link DealReportView}. Pure: the same input gives the same view. */
public final class DealViews {

    private static final DateTimeFormatter CALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final RunInfo run;
    private final CandorConfig config;
    private final CallBenchmarks benchmarks;

    public DealViews(RunInfo run) {
        this.run = run;
        this.config = run.config();
        this.benchmarks = new CallBenchmarks(config);
    }

    public DealReportView build(DealReportInput input, List<IngestProblem> problems) {
        DealEvidence evidence = input.evidence();
        Assessment a = input.assessment();
        Deal d = evidence.deal();
        List<Stakeholder> stakeholders = StakeholderMap.of(evidence);
        List<FindingView> findings = a.findings().stream().map(DealViews::finding).toList();
        return new DealReportView(
                d.dealId(), d.dealName(), d.account(), d.ownerName(), d.ownerEmail(),
                d.amount(), amountText(d.amount(), d.currency()), d.currency(),
                d.closeDate() == null ? null : d.closeDate().toString(), d.stage(),
                blankToNull(d.lossReason()), blankToNull(d.lossReasonDetail()), blankToNull(d.competitor()), d.attributes(),
                a.verdict().name(), verdictText(a.verdict()), a.faultScore(), primaryCause(a.findings()),
                reasonCheck(d, a),
                findings,
                callMetrics(evidence),
                dealMetrics(evidence, stakeholders),
                timeline(evidence, stakeholders),
                stakeholders.stream().map(DealViews::stakeholder).toList(),
                RetroLessons.of(a, evidence, config.threshold("deal-words-min")),
                problems.stream().filter(p -> d.dealId().equals(p.dealId())).map(IngestProblem::describe).toList(),
                "deals/" + SafeFileNames.forId(d.dealId()) + ".html",
                run.runId(), run.generatedAt().toString());
    }

    /** The finding that weighs most in the fault score (weight x strength): what the report leads with. */
    String primaryCause(List<Finding> findings) {
        return findings.stream()
                .max(Comparator.comparingDouble(f -> config.weight(f.cause().name()) * f.strength()))
                .map(f -> f.cause().name()).orElse(null);
    }

    static String verdictText(io.candor.domain.Verdict v) {
        return switch (v) {
            case LIKELY_OUR_FAULT -> "Likely our fault";
            case MIXED -> "Mixed: our causes and outside ones";
            case LIKELY_EXTERNAL -> "Likely external";
            case INSUFFICIENT_EVIDENCE -> "Insufficient evidence";
        };
    }

    static String amountText(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return (currency == null || currency.isBlank() ? "" : currency + " ") + String.format(Locale.US, "%,.0f", amount);
    }

    private static ReasonCheckView reasonCheck(Deal d, Assessment a) {
        Assessment.ReasonCheck c = a.reasonCheck();
        return c == null
                ? new ReasonCheckView(blankToNull(d.lossReason()), null, "CANNOT_JUDGE", "the stated reason was not checked")
                : new ReasonCheckView(blankToNull(d.lossReason()), c.normalized(), c.agreement(), c.why());
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.cause().name(), CoachingPlaybook.causeText(f.cause()), f.side().label(), capitalized(f.summary()),
                f.figure(), f.threshold(), f.basis(), f.strength(), f.evidence().stream().map(DealViews::evidence).toList());
    }

    static EvidenceView evidence(Evidence e) {
        return new EvidenceView(e.callId(), e.startMs(), Figures.clock(e.startMs()), e.speaker(),
                e.speakerSide() == null ? Side.UNKNOWN.label() : e.speakerSide().label(), e.quote());
    }

    private Map<String, CallMetricsView> callMetrics(DealEvidence evidence) {
        Map<String, CallMetricsView> out = new LinkedHashMap<>();
        for (Call call : evidence.calls()) {
            CallMetrics m = evidence.metricsByCall().get(call.callId());
            if (m == null) {
                m = new TimingMetricsCalculator().measure(call); // pure and cheap: a missing row must not hide a call
            }
            List<Signal> questions = evidence.signals(SignalType.QUESTION, Side.SELLER).stream()
                    .filter(s -> s.callId().equals(call.callId()) && SignalLabels.isRealQuestion(s)).toList();
            int open = (int) questions.stream().filter(q -> SignalLabels.QUESTION_OPEN.equals(q.label())).count();
            List<String> topics = topics(evidence, call.callId());
            out.put(call.callId(), new CallMetricsView(call.callId(), m.measuredBy(), m.durationMs(), m.turns(), m.words(),
                    round(m.sellerTalkShare()), round(m.buyerTalkShare()), m.longestMonologue(), m.longestBuyerStory(),
                    m.interactivity() == null ? null : round(m.interactivity()), m.patienceMs(),
                    questions.size(), open, topics, benchmarks.rows(m, questions.size(), open, topics)));
        }
        return out;
    }

    private static List<String> topics(DealEvidence evidence, String callId) {
        Set<String> topics = new LinkedHashSet<>();
        evidence.signals(SignalType.DISCOVERY_TOPIC, Side.SELLER).stream()
                .filter(s -> callId == null || s.callId().equals(callId)).forEach(s -> topics.add(s.label()));
        return SignalLabels.DISCOVERY_TOPICS.stream().filter(topics::contains).toList();
    }

    private static DealMetricsView dealMetrics(DealEvidence evidence, List<Stakeholder> stakeholders) {
        TalkShare talk = TalkShare.of(evidence.calls());
        int calls = evidence.calls().size();
        int questions = evidence.sellerQuestionsByCall().values().stream().mapToInt(Integer::intValue).sum();
        return new DealMetricsView(calls, evidence.words(), talk.byTime() ? CallMetrics.BY_TIME : CallMetrics.BY_WORDS,
                round(talk.sellerShare()), calls == 0 ? 0 : round((double) questions / calls),
                topics(evidence, null).size(), StakeholderMap.buyerSpeakers(stakeholders).size());
    }

    private static List<CallView> timeline(DealEvidence evidence, List<Stakeholder> stakeholders) {
        return evidence.calls().stream().map(call -> {
            CallMetrics m = evidence.metricsByCall().get(call.callId());
            List<AttendeeView> attendees = stakeholders.stream().filter(s -> s.calls().contains(call.callId()))
                    .map(s -> new AttendeeView(s.name(), s.side().label())).toList();
            int words = call.turns().stream().mapToInt(io.candor.domain.Turn::wordCount).sum();
            String duration = m != null && m.timed() ? Figures.duration(m.durationMs()) : null;
            return new CallView(call.callId(), call.startedAt() == null ? null : CALL_TIME.format(call.startedAt()),
                    call.title(), call.format(), call.source(), words, duration, attendees);
        }).toList();
    }

    private static StakeholderView stakeholder(Stakeholder s) {
        String stance = s.stances().isEmpty() ? null : String.join(", ", s.stances().stream().map(st -> switch (st) {
            case "prefers_competitor" -> "prefers " + (s.competitors().isEmpty() ? "a competitor" : String.join(", ", s.competitors()));
            case "opposes" -> "opposes";
            case "doubts" -> "doubts";
            default -> st;
        }).toList());
        String status = s.spoke()
                ? "spoke on " + Figures.count(s.calls().size(), "call") + " (" + s.words() + " words)"
                        + (s.mentions() > 0 ? ", mentioned " + Figures.count(s.mentions(), "time") : "")
                : "mentioned " + Figures.count(s.mentions(), "time") + ", never joined a call";
        return new StakeholderView(s.name(), s.side().label(), s.title(), s.spoke(), s.calls().size(), s.words(), s.mentions(),
                stance, status);
    }

    /** Findings are phrased to sit mid-sentence ("In this deal, seller side ..."); a report line starts with a capital. */
    static String capitalized(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Two decimals: shares and rates read as 0.72, not 0.7234567. */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
