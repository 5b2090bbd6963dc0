package io.candor.generate;

import io.candor.domain.Call;
import io.candor.domain.Turn;
import java.util.Random;

/**
 * Plain-text transcripts in the layouts corpus-format.md lists: untimed "Name: words", three
 * time-stamped line styles, and Otter-style blocks (name and time on a line, words below).
 */
final class TextRenderer implements TranscriptRenderer {

    private enum Layout { UNTIMED, BRACKETED_TIME, LEADING_TIME, TIME_AFTER_NAME, OTTER }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String render(Call call, Random random) {
        Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
        StringBuilder out = new StringBuilder();
        for (Turn t : call.turns()) {
            long s = t.startMs() / 1000;
            String hms = String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
            String ms = String.format("%02d:%02d", s / 60, s % 60);
            switch (layout) {
                case UNTIMED -> out.append(t.speaker()).append(": ").append(t.text()).append('\n');
                case BRACKETED_TIME -> out.append('[').append(hms).append("] ").append(t.speaker()).append(": ").append(t.text()).append('\n');
                case LEADING_TIME -> out.append(hms).append(' ').append(t.speaker()).append(": ").append(t.text()).append('\n');
                case TIME_AFTER_NAME -> out.append(t.speaker()).append(" (").append(ms).append("): ").append(t.text()).append('\n');
                case OTTER -> out.append(t.speaker()).append("  ").append(s / 60).append(':')
                        .append(String.format("%02d", s % 60)).append('\n').append(t.text()).append("\n\n");
            }
        }
        return out.toString();
    }
}
