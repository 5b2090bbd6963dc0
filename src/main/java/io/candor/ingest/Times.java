package io.candor.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the time notations of the supported formats to milliseconds. Decimal seconds go through
 * BigDecimal because "2.0005" as a double is 2.000499..., and an off-by-one ms breaks exact merges.
 */
final class Times {

    /** [h:]mm:ss with an optional fraction after '.' or ',' (VTT, SRT, text stamps, Otter). */
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Times() {
    }

    /**
     * "01:02:03.456", "02:03.456", "1:02", "00:00:01,5" to milliseconds; null when the text is not a
     * clock time or a field is out of range (minutes or seconds over 59), so the caller can name the line.
     */
    static Long clockToMs(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
            return null;
        }
        long millis = 0;
        if (m.group(4) != null) {
            // ".5" is half a second, not 5 ms: pad the fraction to three digits on the right.
            millis = Long.parseLong((m.group(4) + "00").substring(0, 3));
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** Decimal seconds ("12.345", "3", "1e1") to milliseconds, half-up at the microsecond digit. */
    static long secondsToMs(BigDecimal seconds) {
        return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** @throws NumberFormatException when the text is not a decimal number */
    static long secondsToMs(String seconds) {
        return secondsToMs(new BigDecimal(seconds.strip()));
    }

    /** Whole milliseconds given as a number that may carry a fraction (some exports write 1200.0). */
    static long millis(BigDecimal millis) {
        return millis.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
