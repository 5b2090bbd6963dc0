package io.candor.web.transcript;

/** Milliseconds from the start of a recording as people read them on a transcript. */
final class TimeStamps {

    static final String UNTIMED = "--:--";

    private TimeStamps() {
    }

    /** mm:ss, h:mm:ss past an hour, "--:--" when unknown (the same form search hits use). */
    static String format(Long ms) {
        if (ms == null) {
            return UNTIMED;
        }
        long s = ms / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }
}
