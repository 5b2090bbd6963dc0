package io.candor.web.transcript;

import java.util.List;

/**
 * One turn on the transcript page.
 *
 * @param side     seller | buyer | unknown (the CSS colours by it)
 * @param time     mm:ss or h:mm:ss, "--:--" when the transcript has no times
 * @param segments the text, cut at signal sentences
 * @param badges   every signal of the turn, marked or not
 * @param target   true for the turn the link pointed at: highlighted even before the browser scrolls
 */
public record TurnView(int index, String anchor, String speaker, String side, String time,
                       List<Segment> segments, List<Badge> badges, boolean target) {

    public TurnView {
        segments = List.copyOf(segments);
        badges = List.copyOf(badges);
    }

    /** A signal's caption beside the turn, e.g. "open question", "next step 2024-05-02". */
    public record Badge(String caption, String cssClass) {
    }
}
