package io.candor.report;

import io.candor.config.CandorConfig;
import io.candor.metrics.CallMetrics;
import io.candor.report.DealReportView.BenchmarkView;
import io.candor.scoring.Figures;
import io.candor.scoring.SignalLabels;
import java.util.List;

/** Each call figure beside the benchmark it is judged by; the benchmarks are the run's own thresholds. */
final class CallBenchmarks {

    private final double talkShareMax;
    private final double monologueSecondsMax;
    private final double monologueWordsMax;
    private final double questionsMin;
    private final double topicsMin;

    CallBenchmarks(CandorConfig config) {
        this.talkShareMax = config.threshold("seller-talk-share-max");
        this.monologueSecondsMax = config.threshold("monologue-seconds-max");
        this.monologueWordsMax = config.threshold("monologue-words-max");
        this.questionsMin = config.threshold("seller-questions-per-call-min");
        this.topicsMin = config.threshold("discovery-topics-min");
    }

    List<BenchmarkView> rows(CallMetrics m, int questions, int open, List<String> topics) {
        boolean timed = m.timed();
        long monologueLimit = timed ? Math.round(monologueSecondsMax * 1000) : Math.round(monologueWordsMax);
        return List.of(
                new BenchmarkView("Seller talk share (" + m.measuredBy() + ")", Figures.percent(m.sellerTalkShare()),
                        "at most " + Figures.percent(talkShareMax) + " (top reps 43-46 %)", m.sellerTalkShare() > talkShareMax),
                new BenchmarkView("Longest seller monologue", amount(m.longestMonologue(), timed),
                        "at most " + amount(monologueLimit, timed), m.longestMonologue() > monologueLimit),
                new BenchmarkView("Seller questions (open)", questions + " (" + open + ")",
                        "at least " + Figures.decimal(questionsMin) + " per call", questions < questionsMin),
                new BenchmarkView("Discovery topics asked about", topics.isEmpty() ? "none"
                        : topics.size() + ": " + String.join(", ", topics.stream().map(SignalLabels::topicWords).toList()),
                        "at least " + Figures.decimal(topicsMin) + " of 10 across the deal", false),
                new BenchmarkView("Longest buyer story", amount(m.longestBuyerStory(), timed), "longer is better", false),
                new BenchmarkView("Interactivity", m.interactivity() == null ? "n/a" : Figures.decimal(m.interactivity()) + " switches/min",
                        "no threshold", false),
                new BenchmarkView("Patience", m.patienceMs() == null ? "n/a" : Figures.decimal(m.patienceMs() / 1000) + " s before answering",
                        "no threshold", false));
    }

    private static String amount(long v, boolean timed) {
        return timed ? Figures.duration(v) : v + " words";
    }
}
