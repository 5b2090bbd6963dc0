package io.candor.ingest;

import io.candor.config.CandorConfig;
import io.candor.config.ConfigLoader;
import io.candor.domain.IngestProblem;
import io.candor.domain.Participant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a corpus folder (corpus-format.md): candor.yml, deals.csv, calls.csv or the
 * transcripts/&lt;deal_id&gt;/ layout, participants.csv. Transcripts are listed, not parsed. Only a
 * corpus that cannot be read at all throws; every unusable row becomes an {@link IngestProblem}.
 */
public final class CorpusReader {

    static final String CALLS_FILE = CallsCsvReader.FILE;

    /**
     * @throws CorpusException when the folder, deals.csv or a required column is missing, or a CSV is not UTF-8 CSV
     * @throws io.candor.config.ConfigException when candor.yml is invalid
     */
    public Corpus read(Path corpusDir) {
        Path root = corpusDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CorpusException(root + ": not a folder; --corpus must name the corpus folder");
        }
        CandorConfig config = ConfigLoader.forCorpus(root);
        Path dealsFile = root.resolve(DealsCsvReader.FILE);
        if (!Files.isRegularFile(dealsFile)) {
            throw new CorpusException(dealsFile + " not found: a corpus needs deals.csv with at least the columns "
                    + "deal_id and owner_name (or their Salesforce/HubSpot export names)");
        }
        DealsCsvReader.Result deals = DealsCsvReader.read(dealsFile, config);
        KnownDeals known = KnownDeals.of(deals.deals(), deals.skipped());
        CorpusPaths paths = new CorpusPaths(root);
        Path callsFile = root.resolve(CALLS_FILE);
        CallList calls = Files.isRegularFile(callsFile)
                ? CallsCsvReader.read(callsFile, paths, known)
                : TranscriptLayout.scan(paths, known);
        List<IngestProblem> problems = new ArrayList<>(deals.problems());
        problems.addAll(calls.problems());
        List<Participant> participants = List.of();
        Path participantsFile = root.resolve(ParticipantsCsvReader.FILE);
        if (Files.isRegularFile(participantsFile)) {
            Set<String> callIds = calls.calls().stream().map(CallRef::callId).collect(Collectors.toSet());
            ParticipantsCsvReader.Result read = ParticipantsCsvReader.read(participantsFile, callIds, calls.ignoredCallIds());
            participants = read.participants();
            problems.addAll(read.problems());
        }
        return new Corpus(root, config, deals.deals(), calls.calls(), participants, problems, deals.skipped());
    }
}
