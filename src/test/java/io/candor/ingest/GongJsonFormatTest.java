package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Side;
import io.candor.domain.Turn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GongJsonFormatTest {

    @Test
    void monologuesBecomeTurnsWithPartiesNamesEmailsAndSides() throws Exception {
        ParsedTranscript call = Fixtures.read("gong/tidewater-discovery.json");

        assertThat(call.format()).isEqualTo("gong-json");
        assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-05-12T17:01:12Z"));
        // 20 monologues; Hannah's first answer is split in two by a topic change and merged back
        assertThat(call.turns()).hasSize(19);
        assertThat(call.turns().get(0)).isEqualTo(new Turn(0, "Lauren Whitfield", "lauren.whitfield@paperlane.io", Side.SELLER,
                15230L, 24620L, "Hannah, thanks for taking the time. Before I say anything about us, walk me through how an "
                        + "invoice gets paid at Tidewater today."));
        assertThat(call.turns().get(1)).extracting(Turn::speaker, Turn::email, Turn::side, Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly("Hannah Brooks", "hbrooks@tidewatershipping.com", Side.BUYER, 25130L, 37145L,
                        "Oh, boy. Okay, so, um, it comes into a shared inbox, someone in AP prints it, codes it by hand, "
                                + "and walks it over to the port manager for a signature.");
        assertThat(call.turns().get(6)).extracting(Turn::speaker, Turn::side).containsExactly("Victor Sandoval", Side.BUYER);
        assertThat(call.turns().get(18)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(134741L, 136306L, "Tuesday at two works.");
        assertThat(call.speakers().get("Victor Sandoval"))
                .isEqualTo(new ParsedTranscript.SpeakerInfo("Victor Sandoval", "vsandoval@tidewatershipping.com", Side.BUYER,
                        "Director of Port Operations"));
    }

    @Test
    void withoutPartiesTheSpeakerIdIsTheLabelAndTheSideUnknown() throws Exception {
        String content = """
                {"callTranscripts": [{"callId": "1", "transcript": [
                  {"speakerId": "111", "topic": null, "sentences": [{"start": 0, "end": 1500, "text": "Hi."}, {"start": 1600, "end": 2500, "text": "Can you hear me?"}]},
                  {"speakerId": "222", "topic": null, "sentences": [{"start": 2900, "end": 3400, "text": "Yes."}]}]}]}
                """;

        ParsedTranscript call = new GongJsonFormat().parse(content, "g.json");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::side, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                tuple("111", Side.UNKNOWN, 0L, 2500L, "Hi. Can you hear me?"),
                tuple("222", Side.UNKNOWN, 2900L, 3400L, "Yes."));
        assertThat(call.startedAt()).isNull();
    }
}
