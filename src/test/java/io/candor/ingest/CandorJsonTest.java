package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.candor.domain.Call;
import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** candor-json: the parser, the writer, and that one reads back what the other wrote. */
class CandorJsonTest {

    @Test
    void parsesTurnsWithSidesEmailsAndStartTime() throws Exception {
        ParsedTranscript call = Fixtures.read("candor/halvorsen-demo.json");

        assertThat(call.format()).isEqualTo("candor-json");
        assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-06-03T15:00:00Z"));
        assertThat(call.turns()).hasSize(18);
        assertThat(call.turns().get(0)).isEqualTo(new Turn(0, "Megan Castillo", "megan.castillo@paperlane.io", Side.SELLER, 0L, 4915L,
                "Okay, can everyone see my screen? You should see the Paperlane inbox."));
        assertThat(call.turns()).filteredOn(t -> t.speaker().equals("Dale Jorgensen"))
                .isNotEmpty().allMatch(t -> t.side() == Side.BUYER && t.email() == null);
        assertThat(call.speakers().get("Erin Walsh").side()).isEqualTo(Side.BUYER);
    }

    @Test
    void whatTheWriterWritesReadsBackIdentically() throws Exception {
        ParsedTranscript parsed = Fixtures.read("gong/tidewater-discovery.json");
        Call call = new Call("C-1012-1", "D-1012", parsed.startedAt(), "Discovery", "transcripts/D-1012/C-1012-1.json",
                parsed.format(), "ab12", parsed.turns());

        ParsedTranscript back = new CandorJsonFormat().parse(CandorJsonWriter.write(call), "C-1012-1.json");

        assertThat(back.turns()).isEqualTo(call.turns());
        assertThat(back.startedAt()).isEqualTo(call.startedAt());
    }

    @Test
    void untimedTurnsUnknownSidesAndQuotesSurviveTheRoundTrip() throws Exception {
        List<Turn> turns = List.of(
                new Turn(0, "Tasha's iPhone", "tasha@halvorsenmfg.com", Side.BUYER, null, null, "He said \"no way\", then left."),
                new Turn(1, "SPEAKER_01", null, Side.UNKNOWN, null, null, "Ünïcode — and a\\backslash."));
        Call call = new Call("c", "d", null, null, "t.txt", "text", "00", turns);

        String json = CandorJsonWriter.write(call);
        ParsedTranscript back = new CandorJsonFormat().parse(json, "c.json");

        assertThat(back.turns()).isEqualTo(turns);
        assertThat(back.startedAt()).isNull();
        assertThat(json).contains("\"candor\" : 1", "\"call_id\" : \"c\"", "\"side\" : \"unknown\"");
    }
}
