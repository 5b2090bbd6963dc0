package io.candor.web.search;

import io.candor.index.Snippet;
import io.candor.index.TurnHit;
import io.candor.web.transcript.TranscriptLinks;
import java.util.List;

/**
 * One search hit as the page shows it. The snippet stays a list of plain-text fragments that the
 * template prints with th:text, marking highlighted ones: no pre-built HTML ever reaches the page.
 */
public record HitView(String dealId, String callId, String callDate, String time, String speaker, String side,
                      List<Snippet.Fragment> fragments, String transcriptHref, String dealHref) {

    static HitView of(TurnHit hit) {
        return new HitView(hit.dealId(), hit.callId(), hit.callDate(), hit.time(), hit.speaker(), hit.side(),
                hit.snippet().fragments(), TranscriptLinks.turn(hit.callId(), hit.turnIndex()), "/deals/" + hit.dealId());
    }
}
