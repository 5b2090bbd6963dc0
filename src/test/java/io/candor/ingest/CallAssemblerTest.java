package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.config.CandorConfig;
import io.candor.domain.Call;
import io.candor.domain.Deal;
import io.candor.domain.Participant;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Side resolution, one rule at a time, each shown winning over the rules after it. */
class CallAssemblerTest {

    private static final Deal DEAL = new Deal("D-1002", "Halvorsen - Invoice Capture", "Halvorsen Manufacturing", "Megan Castillo",
            "megan.castillo@paperlane.io", null, "USD", null, "Closed Lost", "Lost to Competitor", null, "Zendara", Map.of());
    private static final CallRef REF = new CallRef("C-1002-2", "D-1002", null, "Demo", Path.of("/corpus/t/demo.vtt"),
            "transcripts/D-1002/demo.vtt", "auto", 0);

    private final CandorConfig config = new CandorConfig("Paperlane", List.of("paperlane.io"), List.of("Sam Ortiz"), List.of(),
            Map.of(), Map.of(), Map.of(), Map.of());

    @Test
    void participantsCsvWinsOverEveryOtherRule() {
        // the file says SELLER and the name is the deal owner, but participants.csv says external
        ParsedTranscript parsed = transcript(turn("Megan Castillo", "megan.castillo@paperlane.io", Side.SELLER));
        List<Participant> participants = List.of(new Participant("C-1002-2", "  megan   CASTILLO ", null, Side.BUYER, null));

        assertThat(sides(parsed, participants)).containsExactly(tuple("Megan Castillo", Side.BUYER, "megan.castillo@paperlane.io"));
    }

    @Test
    void participantsOfAnotherCallDoNotApply() {
        ParsedTranscript parsed = transcript(turn("Erin Walsh", null, Side.UNKNOWN));
        List<Participant> participants = List.of(new Participant("C-OTHER", "Erin Walsh", null, Side.BUYER, null));

        assertThat(sides(parsed, participants)).containsExactly(tuple("Erin Walsh", Side.UNKNOWN, null));
    }

    @Test
    void participantMatchedByEmailWhenTheLabelDiffers() {
        // Gong gives the e-mail; participants.csv lists the person under their CRM name
        ParsedTranscript parsed = transcript(turn("Erin W.", "ewalsh@halvorsenmfg.com", Side.UNKNOWN));
        List<Participant> participants = List.of(new Participant("C-1002-2", "Erin Walsh", "EWalsh@halvorsenmfg.com", Side.BUYER, "AP Lead"));

        assertThat(sides(parsed, participants)).containsExactly(tuple("Erin W.", Side.BUYER, "EWalsh@halvorsenmfg.com"));
    }

    @Test
    void transcriptMetadataWinsOverDomainAndName() {
        // Gong says External although the e-mail domain is internal and the name is on the team
        ParsedTranscript parsed = transcript(turn("Sam Ortiz", "sam.ortiz@paperlane.io", Side.BUYER));

        assertThat(sides(parsed, List.of())).containsExactly(tuple("Sam Ortiz", Side.BUYER, "sam.ortiz@paperlane.io"));
    }

    @Test
    void metadataFromTheSpeakersMapCounts() {
        ParsedTranscript parsed = new ParsedTranscript("gong-json", List.of(turn("Dale Jorgensen", null, Side.UNKNOWN)),
                Map.of("Dale Jorgensen", new ParsedTranscript.SpeakerInfo("Dale Jorgensen", "djorgensen@halvorsenmfg.com", Side.BUYER, "Plant Controller")),
                null);

        assertThat(sides(parsed, List.of())).containsExactly(tuple("Dale Jorgensen", Side.BUYER, "djorgensen@halvorsenmfg.com"));
    }

    @Test
    void emailDomainDecidesBeforeTheName() {
        // named like the deal owner, but writing from the buyer's domain: the domain rule comes first
        ParsedTranscript parsed = transcript(
                turn("Megan Castillo", "megan@halvorsenmfg.com", Side.UNKNOWN),
                turn("Priya Raman", "priya.raman@eu.paperlane.io", Side.UNKNOWN),
                turn("rachel.kim@paperlane.io", null, Side.UNKNOWN));

        assertThat(sides(parsed, List.of())).containsExactly(
                tuple("Megan Castillo", Side.BUYER, "megan@halvorsenmfg.com"),
                tuple("Priya Raman", Side.SELLER, "priya.raman@eu.paperlane.io"),
                tuple("rachel.kim@paperlane.io", Side.SELLER, "rachel.kim@paperlane.io"));
    }

    @Test
    void withoutInternalDomainsOnlyTheOwnersOwnAddressCounts() {
        CandorConfig noDomains = new CandorConfig(null, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        ParsedTranscript parsed = transcript(
                turn("MC", "Megan.Castillo@paperlane.io", Side.UNKNOWN),
                turn("Erin Walsh", "ewalsh@halvorsenmfg.com", Side.UNKNOWN));

        Call call = new CallAssembler(noDomains, List.of()).assemble(DEAL, REF, parsed, "h");

        assertThat(call.turns()).extracting(Turn::side).containsExactly(Side.SELLER, Side.UNKNOWN);
    }

    @Test
    void nameAgainstDealOwnerAndTeamRosterIgnoringCaseAndSpaces() {
        ParsedTranscript parsed = transcript(
                turn("megan  castillo", null, Side.UNKNOWN),
                turn("Erin Walsh", null, Side.UNKNOWN),
                turn("SAM ORTIZ", null, Side.UNKNOWN),
                turn("Dale Jorgensen", null, Side.UNKNOWN));

        Call call = new CallAssembler(config, List.of()).assemble(DEAL, REF, parsed, "h");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::side).containsExactly(
                tuple("megan  castillo", Side.SELLER), tuple("Erin Walsh", Side.UNKNOWN),
                tuple("SAM ORTIZ", Side.SELLER), tuple("Dale Jorgensen", Side.UNKNOWN));
        assertThat(CallAssembler.unknownSpeakers(call)).containsExactly("Erin Walsh", "Dale Jorgensen");
    }

    @Test
    void deviceNameAndDiarizationLabelsBecomeOnePersonThroughTheirEmail() {
        // Tasha joined one call from her phone and another as a diarization label: both carry her e-mail
        ParsedTranscript phoneCall = transcript(turn("Megan Castillo", null, Side.UNKNOWN), turn("Tasha's iPhone", null, Side.UNKNOWN));
        ParsedTranscript diarized = transcript(turn("SPEAKER_00", null, Side.UNKNOWN), turn("SPEAKER_01", null, Side.UNKNOWN));
        List<Participant> participants = List.of(
                new Participant("C-1002-2", "Tasha's iPhone", "tasha.brennan@halvorsenmfg.com", null, null),
                new Participant("C-1002-3", "SPEAKER_00", "megan.castillo@paperlane.io", Side.SELLER, null),
                new Participant("C-1002-3", "SPEAKER_01", "tasha.brennan@halvorsenmfg.com", Side.BUYER, "AP Director"));
        CallAssembler assembler = new CallAssembler(config, participants);

        Call first = assembler.assemble(DEAL, REF, phoneCall, "h1");
        Call second = assembler.assemble(DEAL, new CallRef("C-1002-3", "D-1002", null, null, REF.transcript(), "t/3.json", "auto", 1), diarized, "h2");

        // no affiliation for the phone: its e-mail's domain (rule 3) makes it the buyer
        assertThat(first.turns()).extracting(Turn::speaker, Turn::side, Turn::email).containsExactly(
                tuple("Megan Castillo", Side.SELLER, null), tuple("Tasha's iPhone", Side.BUYER, "tasha.brennan@halvorsenmfg.com"));
        assertThat(second.turns()).extracting(Turn::speaker, Turn::side, Turn::email).containsExactly(
                tuple("SPEAKER_00", Side.SELLER, "megan.castillo@paperlane.io"), tuple("SPEAKER_01", Side.BUYER, "tasha.brennan@halvorsenmfg.com"));
        assertThat(io.candor.metrics.TimingMetricsCalculator.identity(first.turns().get(1)))
                .isEqualTo(io.candor.metrics.TimingMetricsCalculator.identity(second.turns().get(1)));
    }

    @Test
    void callCarriesRefDataAndFallsBackToTheFilesStartTime() {
        Instant fromFile = Instant.parse("2026-05-12T17:01:12Z");
        ParsedTranscript parsed = new ParsedTranscript("gong-json", List.of(turn("Megan Castillo", null, Side.UNKNOWN)), Map.of(), fromFile);
        CallAssembler assembler = new CallAssembler(config, List.of());

        Call withoutRefTime = assembler.assemble(DEAL, REF, parsed, "abc123");
        Instant fromCsv = Instant.parse("2026-05-12T16:00:00Z");
        Call withRefTime = assembler.assemble(DEAL, new CallRef("C-1002-2", "D-1002", fromCsv, "Demo", REF.transcript(),
                REF.relativePath(), "auto", 0), parsed, "abc123");

        assertThat(withoutRefTime).extracting(Call::callId, Call::dealId, Call::startedAt, Call::title, Call::source, Call::format, Call::contentHash)
                .containsExactly("C-1002-2", "D-1002", fromFile, "Demo", "transcripts/D-1002/demo.vtt", "gong-json", "abc123");
        assertThat(withRefTime.startedAt()).isEqualTo(fromCsv);
    }

    @Test
    void titlesComeFromParticipantsFirstThenFromTheTranscriptsMetadata() {
        ParsedTranscript parsed = new ParsedTranscript("gong-json",
                List.of(turn("Erin W.", "ewalsh@halvorsenmfg.com", Side.UNKNOWN), turn("Hal Berg", null, Side.BUYER), turn("Sam Ortiz", null, Side.SELLER)),
                Map.of("Hal Berg", new ParsedTranscript.SpeakerInfo("Hal Berg", null, Side.BUYER, "Plant Controller")), null);
        List<Participant> participants = List.of(new Participant("C-1002-2", "Erin Walsh", "EWalsh@halvorsenmfg.com", Side.BUYER, "AP Lead"));

        Call call = new CallAssembler(config, participants).assemble(DEAL, REF, parsed, "hash");

        assertThat(call.speakerTitles()).containsExactlyInAnyOrderEntriesOf(Map.of("Erin W.", "AP Lead", "Hal Berg", "Plant Controller"));
    }

    @Test
    void aDiarizationLabelIsShownUnderThePersonsNameWhenParticipantsGiveItForTheSameEmail() {
        ParsedTranscript parsed = transcript(turn("B", null, Side.UNKNOWN), turn("SPEAKER_07", null, Side.UNKNOWN),
                turn("Karen's iPhone", "karen.voss@halvorsenmfg.com", Side.UNKNOWN));
        List<Participant> participants = List.of(
                new Participant("C-1002-2", "B", "karen.voss@halvorsenmfg.com", Side.BUYER, null),
                new Participant("C-1002-1", "Karen Voss", "Karen.Voss@halvorsenmfg.com", Side.BUYER, "AP Manager"));

        assertThat(sides(parsed, participants)).containsExactly(
                tuple("Karen Voss", Side.BUYER, "karen.voss@halvorsenmfg.com"),
                tuple("SPEAKER_07", Side.UNKNOWN, null),
                tuple("Karen Voss", Side.BUYER, "karen.voss@halvorsenmfg.com"));
    }

    private List<org.assertj.core.groups.Tuple> sides(ParsedTranscript parsed, List<Participant> participants) {
        Call call = new CallAssembler(config, participants).assemble(DEAL, REF, parsed, "hash");
        return call.turns().stream().map(t -> tuple(t.speaker(), t.side(), t.email())).toList();
    }

    private static ParsedTranscript transcript(Turn... turns) {
        return new ParsedTranscript("vtt", List.of(turns), Map.of(), null);
    }

    private static Turn turn(String speaker, String email, Side side) {
        return new Turn(0, speaker, email, side, 0L, 1000L, "Words of " + speaker + ".");
    }
}
