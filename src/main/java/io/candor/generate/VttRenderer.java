package io.candor.generate;

import io.candor.domain.Call;
import java.util.Random;

/** WebVTT in the two dialects people export: Zoom ("Name: words", numbered cues) and Teams ({@code <v Name>words</v>}). */
final class VttRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "vtt";
    }

    @Override
    public String extension() {
        return "vtt";
    }

    @Override
    public String render(Call call, Random random) {
        boolean teams = random.nextBoolean();
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        int n = 1;
        String previous = null;
        for (Cue cue : Cue.of(call.turns())) {
            if (!teams) {
                out.append(n++).append('\n');
            }
            out.append(Cue.clock(cue.startMs(), '.')).append(" --> ").append(Cue.clock(cue.endMs(), '.')).append('\n');
            if (teams) {
                out.append("<v ").append(cue.speaker()).append('>').append(cue.text()).append("</v>\n\n");
            } else {
                // Zoom sometimes omits the name on a speaker's follow-on cue: it continues the previous speaker.
                boolean continuation = cue.speaker().equals(previous) && random.nextInt(3) == 0;
                out.append(continuation ? "" : cue.speaker() + ": ").append(cue.text()).append("\n\n");
            }
            previous = cue.speaker();
        }
        return out.toString();
    }
}
