package io.candor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.candor.domain.Turn;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {

    private final PlainTextFormat text = new PlainTextFormat();

    @Test
    void untimedNameColonLinesWithWrappedContinuationLinesAndATitle() throws Exception {
        ParsedTranscript call = Fixtures.read("text/cedar-checkin.txt");

        assertThat(call.format()).isEqualTo("text");
        assertThat(call.turns()).hasSize(17);
        assertThat(call.turns()).extracting(Turn::speaker).containsOnly("Dev Okafor", "Janet Liu", "Omar Haddad");
        assertThat(call.turns()).allMatch(t -> t.startMs() == null && t.endMs() == null);
        // the title lines above the first speaker are not speech
        assertThat(call.turns().get(0).text()).isEqualTo("Janet, Omar, good to see you both. How did the board meeting go?");
        // wrapped over three lines
        assertThat(call.turns().get(2)).extracting(Turn::speaker, Turn::text).containsExactly("Omar Haddad",
                "Yeah. So, the board froze all capital projects for the rest of the fiscal year. It's not about Paperlane, "
                        + "it's across the board, no pun intended.");
        assertThat(call.turns().get(16).text()).isEqualTo("Perfect. Thank you both, I really appreciate the candor.");
    }

    @Test
    void bracketStamps() throws Exception {
        ParsedTranscript call = Fixtures.read("text/tidewater-bracket-stamps.txt");

        assertThat(call.turns()).hasSize(19);
        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs).startsWith(
                tuple("Lauren Whitfield", 2000L), tuple("Hannah Brooks", 11000L), tuple("Lauren Whitfield", 24000L));
        // a stamped line lasts until the next stamp
        assertThat(call.turns().get(6)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                "Victor Sandoval", 46000L, 52000L, "Sorry, I'm late, I was on the dock. Victor, I run the port operations.");
        // the last one as long as its 4 words take at 150 words a minute
        assertThat(call.turns().get(18)).extracting(Turn::startMs, Turn::endMs, Turn::text).containsExactly(121000L, 122600L, "Tuesday at two works.");
    }

    @Test
    void leadingStamps() throws Exception {
        ParsedTranscript call = Fixtures.read("text/brightwater-leading-stamps.txt");

        assertThat(call.turns()).hasSize(19);
        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs).startsWith(
                tuple("Tyler Brandt", 61000L), tuple("Priya Raman", 67000L), tuple("Tyler Brandt", 70000L), tuple("Marcus Hale", 91000L));
        assertThat(call.turns().get(0)).extracting(Turn::startMs, Turn::endMs).containsExactly(61000L, 67000L);
        assertThat(call.turns().get(18)).extracting(Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly(204000L, 208000L, "Awesome. Thanks, both of you, really appreciate it. Talk soon.");
    }

    @Test
    void nameThenParenthesisedStamp() throws Exception {
        ParsedTranscript call = Fixtures.read("text/northgate-paren-stamps.txt");

        assertThat(call.turns()).hasSize(16);
        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs).startsWith(
                tuple("Lauren Whitfield", 5000L), tuple("Greg Novak", 11000L), tuple("Lauren Whitfield", 15000L));
        assertThat(call.turns().get(15)).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text)
                .containsExactly("Greg Novak", 94000L, 96400L, "Yeah, let's circle back. Thanks, Lauren.");
    }

    @Test
    void otterBlocks() throws Exception {
        ParsedTranscript call = Fixtures.read("otter/quillon-pricing.txt");

        assertThat(call.format()).isEqualTo("text");
        assertThat(call.turns()).hasSize(16);
        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs).startsWith(
                tuple("Megan Castillo", 0L), tuple("Nora Feld", 6000L), tuple("Megan Castillo", 13000L));
        assertThat(call.turns().get(3).text()).isEqualTo("I get that. My question is how do I justify it to our CFO? He's going to ask what we get back.");
        assertThat(call.turns().get(0).endMs()).isEqualTo(6000L);
        assertThat(call.turns().get(15)).extracting(Turn::startMs, Turn::endMs, Turn::text).containsExactly(79000L, 81000L, "Sure, sounds good. Bye now.");
    }

    @Test
    void otterHeaderWithHoursAndTwoBlocksOfOneSpeakerMerge() throws Exception {
        String content = """
                Dev Okafor  1:02:03
                So, uh, where were we.

                Dev Okafor  1:02:09
                Right, the freeze.

                Omar Haddad  1:02:12
                Until July.
                """;

        ParsedTranscript call = text.parse(content, "x.txt");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                tuple("Dev Okafor", 3_723_000L, 3_732_000L, "So, uh, where were we. Right, the freeze."),
                tuple("Omar Haddad", 3_732_000L, 3_732_800L, "Until July."));
    }

    @Test
    void timeInSpeechIsNotAStampAndAOneOffPhraseIsNotASpeaker() throws Exception {
        String content = """
                Greg Novak: Let's do Tuesday.
                10:30 works for me, actually.
                Lauren Whitfield: Great.
                So the short version is: we can amortize it.
                Greg Novak: Okay.
                """;

        ParsedTranscript call = text.parse(content, "x.txt");

        assertThat(call.turns()).extracting(Turn::speaker, Turn::text).containsExactly(
                tuple("Greg Novak", "Let's do Tuesday. 10:30 works for me, actually."),
                tuple("Lauren Whitfield", "Great. So the short version is: we can amortize it."),
                tuple("Greg Novak", "Okay."));
    }
}
