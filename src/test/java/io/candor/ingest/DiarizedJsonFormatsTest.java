package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Turn;
import org.junit.jupiter.api.Test;

/** AssemblyAI, Deepgram and WhisperX: utterance lists from speech-to-text APIs with diarization. */
class DiarizedJsonFormatsTest {

    @Test
    void assemblyAiUtterancesInMilliseconds() throws Exception {
        ParsedTranscript call = Fixtures.read("assemblyai/quillon-pricing.json");

        assertThat(call.format()).isEqualTo("assemblyai-json");
        assertThat(call.turns()).hasSize(16); // 26 utterances
        assertThat(call.turns()).extracting(Turn::speaker).containsOnly("A", "B");
        assertThat(call.turns().get(0)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                "A", 250L, 6190L, "So, um, I wanted to walk you through the pricing and, uh, answer any questions.");
        assertThat(call.turns().get(3)).extracting(Turn::speaker, Turn::text).containsExactly(
                "B", "I get that. My question is how do I justify it to our CFO? He's going to ask what we get back.");
        assertThat(call.turns().get(15)).extracting(Turn::startMs, Turn::endMs).containsExactly(79910L, 81850L);
    }

    @Test
    void deepgramUtterancesInSecondsRoundedToTheExactMillisecond() throws Exception {
        ParsedTranscript call = Fixtures.read("deepgram/cedar-checkin.json");

        assertThat(call.format()).isEqualTo("deepgram-json");
        assertThat(call.turns()).hasSize(17); // 35 utterances
        assertThat(call.turns()).extracting(Turn::speaker).startsWith("0", "1", "2", "0");
        // written as 0.08 .. 5.1199999 and 10.467 .. 21.007: float noise must not shift a millisecond
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(80L, 5120L, "Janet, Omar, good to see you both. How did the board meeting go?");
        assertThat(call.turns().get(1)).extracting(Turn::startMs, Turn::endMs).containsExactly(5630L, 9920L);
        assertThat(call.turns().get(2)).extracting(Turn::startMs, Turn::endMs).containsExactly(10467L, 21007L);
        assertThat(call.turns().get(16)).extracting(Turn::startMs, Turn::endMs).containsExactly(109495L, 113260L);
    }

    @Test
    void whisperXSegmentsWithoutSpeakerContinueThePreviousOne() throws Exception {
        ParsedTranscript call = Fixtures.read("whisperx/tidewater-discovery.json");

        assertThat(call.format()).isEqualTo("whisperx-json");
        assertThat(call.turns()).hasSize(19); // 38 segments, some without speaker
        assertThat(call.turns()).extracting(Turn::speaker).startsWith("SPEAKER_01", "SPEAKER_00", "SPEAKER_01");
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs, Turn::text).containsExactly(31L, 9421L,
                "Hannah, thanks for taking the time. Before I say anything about us, walk me through how an invoice gets paid at Tidewater today.");
        assertThat(call.turns().get(18)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly("SPEAKER_00", 119542L, 121107L, "Tuesday at two works.");
    }

    @Test
    void whisperXSegmentsBeforeTheFirstSpeakerAreAnUnknownSpeaker() throws Exception {
        String content = """
                {"segments": [
                  {"start": 0.0, "end": 0.52, "text": " Hello?"},
                  {"start": 1.0, "end": 2.0, "text": " Hi, this is Dev.", "speaker": "SPEAKER_00"}]}
                """;

        ParsedTranscript call = new WhisperXJsonFormat().parse(content, "w.json");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                tuple(TurnCollector.UNKNOWN_SPEAKER, 0L, 520L, "Hello?"),
                tuple("SPEAKER_00", 1000L, 2000L, "Hi, this is Dev."));
    }
}
