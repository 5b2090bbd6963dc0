package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Participant;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus folder read into memory, transcripts not yet parsed. Rows that could not be used
 * (a call for an unknown deal, a deal with an open stage, a bad date) are in {@code problems}.
 */
public record Corpus(Path root, CandorConfig config, List<Deal> deals, List<CallRef> calls,
                     List<Participant> participants, List<IngestProblem> problems) {

    public Corpus {
        deals = List.copyOf(deals);
        calls = List.copyOf(calls);
        participants = List.copyOf(participants);
        problems = List.copyOf(problems);
    }
}
