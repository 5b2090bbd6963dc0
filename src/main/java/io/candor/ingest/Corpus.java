package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Participant;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus folder read into memory, transcripts not yet parsed. Rows that could not be used
 * (a call for an unknown deal, a bad date) are in {@code problems}; deals left out on purpose
 * because their stage is not closed-lost are in {@code skipped}, which is not a problem.
 */
public record Corpus(Path root, CandorConfig config, List<Deal> deals, List<CallRef> calls,
                     List<Participant> participants, List<IngestProblem> problems, List<SkippedDeal> skipped) {

    public Corpus {
        deals = List.copyOf(deals);
        calls = List.copyOf(calls);
        participants = List.copyOf(participants);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** A corpus with no skipped deals (the shape before {@code skipped} was added). */
    public Corpus(Path root, CandorConfig config, List<Deal> deals, List<CallRef> calls,
                  List<Participant> participants, List<IngestProblem> problems) {
        this(root, config, deals, calls, participants, problems, List.of());
    }
}
