package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Turn;
import org.junit.jupiter.api.Test;

class SrtFormatTest {

    private final SrtFormat srt = new SrtFormat();

    @Test
    void colonAndBracketSpeakersWithContinuationCues() throws Exception {
        ParsedTranscript call = Fixtures.read("srt/northgate-pricing.srt");

        assertThat(call.format()).isEqualTo("srt");
        assertThat(call.turns()).hasSize(16); // 31 cues
        assertThat(call.turns()).extracting(Turn::speaker)
                .containsExactly("Lauren Whitfield", "Greg Novak", "Lauren Whitfield", "Greg Novak", "Lauren Whitfield", "Greg Novak",
                        "Lauren Whitfield", "Greg Novak", "Lauren Whitfield", "Greg Novak", "Lauren Whitfield", "Greg Novak",
                        "Lauren Whitfield", "Greg Novak", "Lauren Whitfield", "Greg Novak");
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(800L, 7040L, "Hi Greg, thanks for jumping on. I know it's a busy week with the quarter close.");
        // "[Greg Novak] Yeah, ..." followed by an unnamed cue
        assertThat(call.turns().get(1)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(7550L, 10890L, "Yeah, it's, uh, it's been a week. Go ahead.");
        assertThat(call.turns().get(15)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(90510L, 93000L, "Yeah, let's circle back. Thanks, Lauren.");
    }

    @Test
    void stylingTagsDotMillisAndABlankLineInsideCueText() throws Exception {
        String content = """
                1
                00:00:01.5 --> 00:00:03,250
                <i>[Greg Novak]:</i> The implementation fee,

                that's the hard part.

                2
                00:00:04,000 --> 00:00:06,000
                {\\an8}<font color="#ffff00">Lauren Whitfield:</font> Understood.
                """;

        ParsedTranscript call = srt.parse(content, "x.srt");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                tuple("Greg Novak", 1500L, 3250L, "The implementation fee, that's the hard part."),
                tuple("Lauren Whitfield", 4000L, 6000L, "Understood."));
    }

    @Test
    void detectsNumberedTimingButNotWebVtt() {
        assertThat(srt.detects(Fixtures.content("srt/northgate-pricing.srt"))).isTrue();
        assertThat(srt.detects(Fixtures.content("zoom/brightwater-discovery.vtt"))).isFalse();
        assertThat(srt.detects(Fixtures.content("text/cedar-checkin.txt"))).isFalse();
    }
}
