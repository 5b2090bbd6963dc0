package io.candor.web.transcript;

/** The transcript's URLs, in one place because search hits, reports and the page itself link to them. */
public final class TranscriptLinks {

    private TranscriptLinks() {
    }

    public static String call(String callId) {
        return "/calls/" + callId;
    }

    /** Opens the call at a turn: the query parameter highlights it, the fragment scrolls to it. */
    public static String turn(String callId, int turnIndex) {
        return call(callId) + "?turn=" + turnIndex + "#" + anchor(turnIndex);
    }

    /** The id of a turn's element on the transcript page. */
    public static String anchor(int turnIndex) {
        return "turn-" + turnIndex;
    }
}
