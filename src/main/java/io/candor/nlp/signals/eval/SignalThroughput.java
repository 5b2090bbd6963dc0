package io.candor.nlp.signals.eval;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import io.candor.nlp.signals.AnnotatedTurn;
import io.candor.nlp.signals.SignalAnalyzer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Single-thread throughput of the signal analyzer over the labeled sets' utterances, replayed as
 * calls of 20 turns: annotation (CoreNLP) and detection (all detectors) timed apart, after a warm-up
 * round. Usage: {@code SignalThroughput [labels-dir] [rounds]}.
 */
public final class SignalThroughput {

    private static final int TURNS_PER_CALL = 20;

    private SignalThroughput() {
    }

    public static void main(String[] args) {
        Path labels = Path.of(args.length > 0 ? args[0] : "labels");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CandorConfig config = ConfigLoader.load(labels.resolve("candor.yml"));
        List<Call> calls = calls(labels);
        Deal deal = new Deal("bench", null, "Hollis Group", "Tyler Brandt", null, null, null, null, null, null, null, null, Map.of());
        var analyzer = new SignalAnalyzer();
        run(analyzer, deal, calls, config);
        long annotateNs = 0, detectNs = 0, turns = 0, words = 0, signals = 0;
        for (int r = 0; r < rounds; r++) {
            for (Call call : calls) {
                long t0 = System.nanoTime();
                List<AnnotatedTurn> annotated = analyzer.annotate(call);
                long t1 = System.nanoTime();
                signals += analyzer.analyze(deal, call, config, annotated).size();
                long t2 = System.nanoTime();
                annotateNs += t1 - t0;
                detectNs += t2 - t1;
                turns += call.turns().size();
                words += call.turns().stream().mapToInt(Turn::wordCount).sum();
            }
        }
        double seconds = (annotateNs + detectNs) / 1e9;
        System.out.printf(Locale.ROOT, "%d turns (%d words, %d signals) in %.2f s: %.0f turns/s, %.0f words/s; annotate %.1f%%, detect %.1f%% (%.0f turns/s detect only)%n",
                turns, words, signals, seconds, turns / seconds, words / seconds,
                100.0 * annotateNs / (annotateNs + detectNs), 100.0 * detectNs / (annotateNs + detectNs), turns / (detectNs / 1e9));
    }

    private static void run(SignalAnalyzer analyzer, Deal deal, List<Call> calls, CandorConfig config) {
        calls.forEach(c -> analyzer.analyze(deal, c, config));
    }

    private static List<Call> calls(Path labels) {
        var texts = new ArrayList<String[]>();
        for (String name : List.of("detractors.tsv", "next-steps.tsv", "external.tsv", "business-case.tsv")) {
            LabeledSet.read(labels.resolve(name), List.of("id", "side", "text")).rows()
                    .forEach(r -> texts.add(new String[]{r.get("side"), r.get("text")}));
        }
        var calls = new ArrayList<Call>();
        for (int from = 0; from < texts.size(); from += TURNS_PER_CALL) {
            var turns = new ArrayList<Turn>();
            for (int i = from; i < Math.min(texts.size(), from + TURNS_PER_CALL); i++) {
                Side side = Side.valueOf(texts.get(i)[0].toUpperCase(Locale.ROOT));
                turns.add(new Turn(i - from, side == Side.SELLER ? "Tyler Brandt" : "Dana Whitaker", null, side, null, null, texts.get(i)[1]));
            }
            calls.add(new Call("bench-" + from, "bench", Instant.parse("2024-03-14T15:00:00Z"), null, "labels", "text", "x", turns));
        }
        return calls;
    }
}
