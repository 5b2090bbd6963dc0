package io.candor.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the deal values CRM exports write in more than one way: amounts, dates, stages. */
final class DealValues {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");
    private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4})(?:\\s.*)?$");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Currency signs, ISO codes and spacing around a number: "$84,000.00", "USD 84,000", "84 000 €". */
    private static final Pattern DECORATION = Pattern.compile("[\\p{Sc}\\s\\u00A0'’]|\\b[A-Za-z]{3}\\b");

    private DealValues() {
    }

    /**
     * "84000", "84,000.50", "$84,000", "USD 84,000", "84.000,50", "(1,200)"; the last separator
     * followed by other than three digits is the decimal one.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    static BigDecimal amount(String raw) {
        String s = raw.strip();
        boolean negative = s.startsWith("(") && s.endsWith(")");
        s = DECORATION.matcher(negative ? s.substring(1, s.length() - 1) : s).replaceAll("");
        if (!s.matches("-?[0-9.,]*[0-9][0-9.,]*")) {
            throw new IllegalArgumentException("amount '" + raw + "' is not a number (e.g. 84000 or 84,000.00)");
        }
        BigDecimal value = new BigDecimal(canonicalDecimal(s));
        return negative ? value.negate() : value;
    }

    private static String canonicalDecimal(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            return s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        }
        char sep = lastDot >= 0 ? '.' : ',';
        int last = Math.max(lastDot, lastComma);
        if (last < 0) {
            return s;
        }
        boolean grouping = s.indexOf(sep) != last || (sep == ',' && s.length() - last - 1 == 3);
        return grouping ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
    }

    /**
     * ISO "2026-09-12" (a time after it is ignored) or US "9/12/2026".
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static LocalDate date(String raw) {
        String s = raw.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1));
            }
            Matcher us = US_DATE.matcher(s);
            if (us.matches()) {
                return LocalDate.parse(us.group(1), US);
            }
        } catch (DateTimeException e) {
            // fall through: a well-shaped but impossible date such as 2026-02-30
        }
        throw new IllegalArgumentException("close_date '" + raw + "' is not a date (yyyy-MM-dd or M/d/yyyy)");
    }

    /**
     * True for the closed-lost stages of the common CRMs: "Closed Lost" (Salesforce), "closedlost"
     * (HubSpot's internal id), "Closed - Lost", "Lost".
     */
    static boolean isClosedLost(String stage) {
        return stage.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains("lost");
    }
}
