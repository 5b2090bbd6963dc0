package io.candor.nlp.signals;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Side;
import io.candor.domain.Signal;
import io.candor.domain.SignalType;
import io.candor.domain.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shared by the signal tests: one analyzer (so one CoreNLP pipeline per test JVM) and the labels' config. */
final class SignalFixtures {

    static final SignalAnalyzer ANALYZER = new SignalAnalyzer();
    static final CandorConfig CONFIG = ConfigLoader.load(Path.of("labels/candor.yml"));
    static final Deal DEAL = new Deal("D-1", "Hollis AP automation", "Hollis Group", "Tyler Brandt", "tyler@paperlane.io",
            null, "USD", null, "Closed Lost", "Budget", null, null, Map.of());
    static final Instant MARCH_14_2024 = Instant.parse("2024-03-14T15:00:00Z");

    private SignalFixtures() {
    }

    static Turn seller(int index, String text) {
        return new Turn(index, "Tyler Brandt", "tyler@paperlane.io", Side.SELLER, null, null, text);
    }

    static Turn buyer(int index, String text) {
        return buyer(index, "Jamie Cole", text);
    }

    static Turn buyer(int index, String speaker, String text) {
        return new Turn(index, speaker, null, Side.BUYER, null, null, text);
    }

    static Call call(String id, Instant startedAt, Turn... turns) {
        return new Call(id, DEAL.dealId(), startedAt, null, "transcripts/" + id + ".txt", "text", id, List.of(turns));
    }

    /** The signals of one turn said by the buyer in a call on 2024-03-14. */
    static List<Signal> buyerSays(String text) {
        return ANALYZER.analyze(DEAL, call("c1", MARCH_14_2024, buyer(0, text)), CONFIG);
    }

    static List<Signal> sellerSays(String text) {
        return ANALYZER.analyze(DEAL, call("c1", MARCH_14_2024, seller(0, text)), CONFIG);
    }

    static List<Signal> ofType(List<Signal> signals, SignalType type) {
        return new ArrayList<>(signals.stream().filter(s -> s.type() == type).toList());
    }
}
