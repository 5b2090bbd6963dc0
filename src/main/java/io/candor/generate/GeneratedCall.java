package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Signal;
import java.util.List;

/**
 * One synthetic call: the normalized call as ingest should read it back, the signals the generator
 * planted in it (ground truth for detectors, and the index's signal fields in the benchmark), and
 * who took part.
 */
public record GeneratedCall(Call call, List<Signal> signals, List<Person> participants) {

    public GeneratedCall {
        signals = List.copyOf(signals);
        participants = List.copyOf(participants);
    }
}
