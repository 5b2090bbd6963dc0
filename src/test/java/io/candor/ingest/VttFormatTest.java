package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.candor.domain.Side;
import io.candor.domain.Turn;
import org.junit.jupiter.api.Test;

class VttFormatTest {

    private final VttFormat vtt = new VttFormat();

    @Test
    void zoomCuesNamedOrContinuingAreMergedIntoTurns() throws Exception {
        ParsedTranscript call = Fixtures.read("zoom/brightwater-discovery.vtt");

        assertThat(call.format()).isEqualTo("vtt");
        // 46 cues, 19 utterances: consecutive cues of one speaker become one turn
        assertThat(call.turns()).hasSize(19);
        assertThat(call.turns()).extracting(Turn::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        assertThat(call.turns()).extracting(Turn::speaker).containsOnly("Tyler Brandt", "Priya Raman", "Marcus Hale");
        assertThat(call.turns().get(0)).isEqualTo(new Turn(0, "Tyler Brandt", null, Side.UNKNOWN, 1240L, 7505L,
                "Hey Priya, hi Marcus, thanks for, uh, making the time today. Can you hear me okay?"));
        assertThat(call.turns().get(1)).isEqualTo(new Turn(1, "Priya Raman", null, Side.UNKNOWN, 8015L, 10255L,
                "Yeah, we can hear you fine."));
        // turn 2 spans cues 4-9: named, unnamed with a two-line payload, named, unnamed with cue settings, ...
        Turn pitch = call.turns().get(2);
        assertThat(pitch.startMs()).isEqualTo(10802L);
        assertThat(pitch.endMs()).isEqualTo(30992L);
        assertThat(pitch.text()).isEqualTo("Great. So, um, I figured I'd give you a quick overview of Paperlane first and then, "
                + "you know, we can dig into your stuff. So we're an AP automation platform, we do invoice capture, three-way match, "
                + "approvals, the whole, the whole flow basically, and we integrate with NetSuite natively.");
        assertThat(call.turns().get(18)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly("Tyler Brandt", 145126L, 149266L, "Awesome. Thanks, both of you, really appreciate it. Talk soon.");
        assertThat(call.turns()).noneMatch(t -> t.text().contains("Recording:") || t.text().contains("Tyler Brandt:"));
    }

    @Test
    void teamsVoiceTagsWithAndWithoutClosingTagAndCrLfLineEnds() throws Exception {
        ParsedTranscript call = Fixtures.read("teams/halvorsen-demo.vtt");

        assertThat(call.turns()).hasSize(18);
        assertThat(call.turns()).extracting(Turn::speaker).startsWith("Megan Castillo", "Erin Walsh", "Megan Castillo", "Erin Walsh", "Sam Ortiz", "Erin Walsh");
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(3050L, 7965L, "Okay, can everyone see my screen? You should see the Paperlane inbox.");
        // Sam's two utterances in a row, six cues, some without </v>: one turn
        assertThat(call.turns().get(4)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly("Sam Ortiz", 27422L, 45985L, "Ha, we see that a lot. The capture engine auto-rotates, so sideways "
                        + "scans aren't really a problem. Let me, let me pull one up. So here's a Rockford-style scan, rotated, and you "
                        + "can see it found the PO number, the vendor, and the line items.");
        assertThat(call.turns().get(17)).extracting(Turn::startMs, Turn::endMs).containsExactly(125411L, 130751L);
        assertThat(call.turns()).noneMatch(t -> t.text().contains("<") || t.text().contains("cue {"));
    }

    @Test
    void severalVoicesInOneCueAndEntitiesAndKaraokeTimestamps() throws Exception {
        String content = """
                WEBVTT - Teams meeting
                Kind: captions

                NOTE speakers were identified by Teams

                00:00:01.000 --> 00:00:03.500
                <v.loud Erin Walsh>Q&amp;A first?</v> <v Megan Castillo>Sure, <00:00:02.800><c>go ahead</c>.</v>

                REGION
                id:fred width:40%

                00:00:04.000 --> 00:00:05.000
                <v Erin Walsh>Ok.
                """;

        ParsedTranscript call = vtt.parse(content, "x.vtt");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Erin Walsh", 1000L, 3500L, "Q&A first?"),
                org.assertj.core.groups.Tuple.tuple("Megan Castillo", 1000L, 3500L, "Sure, go ahead."),
                org.assertj.core.groups.Tuple.tuple("Erin Walsh", 4000L, 5000L, "Ok."));
    }

    @Test
    void aColonInsideSpeechIsNotASpeaker() throws Exception {
        String content = """
                WEBVTT

                00:01.000 --> 00:04.000
                Tyler Brandt: So here's the thing: we integrate natively.

                00:04.500 --> 00:06.000
                And the best part is: no IT project.

                00:06.500 --> 00:08.000
                Priya Raman: Okay.
                """;

        ParsedTranscript call = vtt.parse(content, "x.vtt");

        assertThat(call.turns()).extracting(Turn::speaker).containsExactly("Tyler Brandt", "Priya Raman");
        assertThat(call.turns().get(0).text()).isEqualTo("So here's the thing: we integrate natively. And the best part is: no IT project.");
        assertThat(call.turns().get(0).startMs()).isEqualTo(1000L);
    }

    @Test
    void detectsOnlyAWebVttHeader() {
        assertThat(vtt.detects(Fixtures.content("zoom/brightwater-discovery.vtt"))).isTrue();
        assertThat(vtt.detects("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nA: hi\n")).isTrue();
        assertThat(vtt.detects(Fixtures.content("srt/northgate-pricing.srt"))).isFalse();
        assertThat(vtt.detects("WEBVTTX\n")).isFalse();
    }

    @Test
    void contentWithoutHeaderIsRejectedWhenNamedExplicitly() {
        assertThatThrownBy(() -> vtt.parse(Fixtures.content("srt/northgate-pricing.srt"), "calls/a.vtt"))
                .isInstanceOf(TranscriptException.class)
                .hasMessage("calls/a.vtt:1: not WebVTT: the first line must be 'WEBVTT'");
    }
}
