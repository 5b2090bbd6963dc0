package io.candor.batch;

import io.candor.domain.Call;
import io.candor.domain.IngestProblem;
import java.util.List;

/** A normalized call ready to store, or the problem that replaced it; plus speakers nobody could place. */
public record IngestResult(Call call, int seq, IngestProblem problem, List<String> unknownSpeakers) {

    public IngestResult {
        unknownSpeakers = List.copyOf(unknownSpeakers);
    }
}
