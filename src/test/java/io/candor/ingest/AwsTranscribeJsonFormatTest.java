package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Turn;
import org.junit.jupiter.api.Test;

class AwsTranscribeJsonFormatTest {

    @Test
    void wordItemsGroupedBySpeakerSegmentsWithPunctuationAttached() throws Exception {
        ParsedTranscript call = Fixtures.read("aws/brightwater-discovery.json");

        assertThat(call.format()).isEqualTo("aws-transcribe-json");
        assertThat(call.turns()).hasSize(19); // 426 items in 46 speaker segments
        assertThat(call.turns()).extracting(Turn::speaker).startsWith("spk_0", "spk_1", "spk_0", "spk_2");
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs, Turn::text).containsExactly(440L, 6705L,
                "Hey Priya, hi Marcus, thanks for, uh, making the time today. Can you hear me okay?");
        assertThat(call.turns().get(2)).extracting(Turn::startMs, Turn::endMs).containsExactly(10002L, 30192L);
        assertThat(call.turns().get(18)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                "spk_0", 144326L, 148466L, "Awesome. Thanks, both of you, really appreciate it. Talk soon.");
    }

    @Test
    void audioSegmentsWhenWordsCarryNoSpeakers() throws Exception {
        ParsedTranscript call = Fixtures.read("aws/northgate-audio-segments.json");

        assertThat(call.turns()).hasSize(16); // 31 segments
        assertThat(call.turns().get(0)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                "spk_0", 1010L, 7250L, "Hi Greg, thanks for jumping on. I know it's a busy week with the quarter close.");
        assertThat(call.turns().get(15)).extracting(Turn::speaker, Turn::startMs, Turn::endMs).containsExactly("spk_1", 90720L, 93210L);
    }

    @Test
    void speakerLabelOnTheItemItselfWinsAndPunctuationFirstIsDropped() throws Exception {
        String content = """
                {"results": {"transcripts": [{"transcript": "Hi. Hello there."}], "items": [
                  {"type": "punctuation", "alternatives": [{"content": "."}]},
                  {"type": "pronunciation", "start_time": "0.1", "end_time": "0.35", "speaker_label": "spk_0", "alternatives": [{"content": "Hi"}]},
                  {"type": "punctuation", "alternatives": [{"content": "."}]},
                  {"type": "pronunciation", "start_time": "0.9", "end_time": "1.2", "speaker_label": "spk_1", "alternatives": [{"content": "Hello"}]},
                  {"type": "pronunciation", "start_time": "1.2", "end_time": "1.5005", "speaker_label": "spk_1", "alternatives": [{"content": "there"}]},
                  {"type": "punctuation", "alternatives": [{"content": "."}]}]}}
                """;

        ParsedTranscript call = new AwsTranscribeJsonFormat().parse(content, "a.json");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                tuple("spk_0", 100L, 350L, "Hi."),
                tuple("spk_1", 900L, 1501L, "Hello there."));
    }
}
