package io.candor.scoring;

import java.util.Locale;

/** How figures read in findings and reports: "71 %", "2 min 14 s", "12:04". One place, so they read the same everywhere. */
public final class Figures {

    private Figures() {
    }

    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** 134000 ms reads "2 min 14 s"; under a minute "48 s". */
    public static String duration(long ms) {
        long s = Math.round(ms / 1000.0);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    /** Position in a recording: "04:10", or "1:02:03" past an hour; "" where unknown. */
    public static String clock(Long ms) {
        if (ms == null) {
            return "";
        }
        long s = ms / 1000;
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** One decimal, no trailing ".0": 2.3, 4. */
    public static String decimal(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "1 call", "3 calls". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Where a quote was said: "C-1001-2 at 04:10", or just the call where the transcript has no times. */
    public static String where(String callId, Long startMs) {
        return startMs == null ? callId : callId + " at " + clock(startMs);
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /**
     * Strength of a finding whose figure is past its threshold: 0.25 right at the threshold (it did fire),
     * rising linearly to 1 when the figure is {@code span} beyond it.
     */
    static double pastThreshold(double figure, double threshold, double span) {
        return 0.25 + 0.75 * clamp01(Math.abs(figure - threshold) / span);
    }
}
