package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.IngestProblem;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest flow the batch step runs: read the corpus, then read, hash and assemble every call it lists. */
class IngestFunctionalTest {

    @TempDir
    Path temp;

    @Test
    void salesforceCorpusBecomesCallsWithResolvedSidesAndBrokenFilesBecomeProblems() throws Exception {
        Path corpusDir = Fixtures.copyCorpus("salesforce", temp.resolve("corpus"));
        // a transcript that was exported from the wrong tool: a problem for that call only
        Files.write(corpusDir.resolve("transcripts/halvorsen/pricing.json"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00});

        Corpus corpus = new CorpusReader().read(corpusDir);
        Map<String, Deal> deals = corpus.deals().stream().collect(Collectors.toMap(Deal::dealId, Function.identity()));
        CallAssembler assembler = new CallAssembler(corpus.config(), corpus.participants());
        TranscriptReader reader = new TranscriptReader();
        Map<String, Call> calls = new LinkedHashMap<>();
        List<IngestProblem> problems = new ArrayList<>(corpus.problems());
        for (CallRef ref : corpus.calls()) {
            try {
                ParsedTranscript parsed = reader.read(ref.transcript(), ref.relativePath(), ref.format());
                calls.put(ref.callId(), assembler.assemble(deals.get(ref.dealId()), ref, parsed, ContentHash.sha256(ref.transcript())));
            } catch (TranscriptException e) {
                problems.add(new IngestProblem(e.file(), e.line(), ref.dealId(), e.reason()));
            }
        }

        assertThat(calls).containsOnlyKeys("C-BW-1", "C-BW-2", "C-HV-1");
        assertThat(problems).extracting(IngestProblem::describe)
                .contains("transcripts/halvorsen/pricing.json:1: binary file (NUL byte at offset 4), not a text transcript");

        // Zoom: participants.csv affiliation for all three
        assertThat(speakerSides(calls.get("C-BW-1"))).containsExactly(
                tuple("Tyler Brandt", Side.SELLER, "tyler.brandt@paperlane.io"),
                tuple("Priya Raman", Side.BUYER, "priya.raman@brightwaterlogistics.com"),
                tuple("Marcus Hale", Side.BUYER, "marcus.hale@brightwaterlogistics.com"));
        // AWS labels: two in participants.csv, shown under the names another call gives their e-mails; spk_2 has no row
        Call followUp = calls.get("C-BW-2");
        assertThat(speakerSides(followUp)).containsExactly(
                tuple("Tyler Brandt", Side.SELLER, "tyler.brandt@paperlane.io"),
                tuple("Priya Raman", Side.BUYER, "priya.raman@brightwaterlogistics.com"),
                tuple("spk_2", Side.UNKNOWN, null));
        assertThat(CallAssembler.unknownSpeakers(followUp)).containsExactly("spk_2");
        // Teams: no participants rows; deal owner by name and Sam Ortiz from the team roster; buyers stay unknown
        assertThat(speakerSides(calls.get("C-HV-1"))).containsExactly(
                tuple("Megan Castillo", Side.SELLER, null), tuple("Erin Walsh", Side.UNKNOWN, null),
                tuple("Sam Ortiz", Side.SELLER, null), tuple("Dale Jorgensen", Side.UNKNOWN, null));

        Call discovery = calls.get("C-BW-1");
        assertThat(discovery.startedAt()).isEqualTo(java.time.Instant.parse("2026-05-04T15:30:00Z"));
        assertThat(discovery.source()).isEqualTo("transcripts/brightwater/discovery.vtt");
        assertThat(discovery.format()).isEqualTo("vtt");
        assertThat(discovery.contentHash()).hasSize(64).isEqualTo(ContentHash.sha256(corpusDir.resolve("transcripts/brightwater/discovery.vtt")));
        assertThat(discovery.timed()).isTrue();
        assertThat(discovery.turns()).hasSize(19);
    }

    @Test
    void aCallExportedAsCandorJsonAndReadBackIsTheSameCall() throws Exception {
        Path corpusDir = Fixtures.resource("corpora/salesforce");
        Corpus corpus = new CorpusReader().read(corpusDir);
        CallRef ref = corpus.calls().get(0);
        Deal deal = corpus.deals().get(0);
        CallAssembler assembler = new CallAssembler(corpus.config(), corpus.participants());
        Call call = assembler.assemble(deal, ref, new TranscriptReader().read(ref.transcript(), ref.relativePath(), ref.format()), "h");

        Path exported = Files.writeString(temp.resolve("C-BW-1.json"), CandorJsonWriter.write(call));
        ParsedTranscript back = new TranscriptReader().read(exported, "C-BW-1.json", "auto");

        assertThat(back.format()).isEqualTo("candor-json");
        assertThat(back.turns()).isEqualTo(call.turns());
        assertThat(assembler.assemble(deal, ref, back, "h").turns()).isEqualTo(call.turns());
    }

    private static List<org.assertj.core.groups.Tuple> speakerSides(Call call) {
        Map<String, Turn> first = new LinkedHashMap<>();
        call.turns().forEach(t -> first.putIfAbsent(t.speaker(), t));
        return first.values().stream().map(t -> tuple(t.speaker(), t.side(), t.email())).toList();
    }
}
