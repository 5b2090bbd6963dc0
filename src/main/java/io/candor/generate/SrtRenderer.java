package io.candor.generate;

import io.candor.domain.Call;
import java.util.Random;

/** SubRip, the speaker as "Name: words" or "[Name] words". */
final class SrtRenderer implements TranscriptRenderer {

    @Override
    public String format() {
        return "srt";
    }

    @Override
    public String extension() {
        return "srt";
    }

    @Override
    public String render(Call call, Random random) {
        boolean brackets = random.nextBoolean();
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Cue cue : Cue.of(call.turns())) {
            out.append(n++).append('\n')
                    .append(Cue.clock(cue.startMs(), ',')).append(" --> ").append(Cue.clock(cue.endMs(), ',')).append('\n')
                    .append(brackets ? "[" + cue.speaker() + "] " : cue.speaker() + ": ").append(cue.text()).append("\n\n");
        }
        return out.toString();
    }
}
