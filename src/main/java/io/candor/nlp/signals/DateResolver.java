package io.candor.nlp.signals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates in a sentence, from SUTime's normalized DATE/TIME values (resolved against the
 * call's date by the pipeline), plus what SUTime leaves out: "the 21st" (an ORDINAL to SUTime) is
 * the next 21st on or after the call. A forward-looking reading is applied only on request
 * ({@link #forward}): "Monday" said in a next step is the coming Monday, "January 8th" said in
 * December is next January, while SUTime may pick the past one.
 */
final class DateResolver {

    enum Precision { DAY, WEEK, MONTH, COARSER }

    /** A date at sentence tokens [start, end); date is null for a day that cannot be placed without the call's date ("Tuesday"). */
    record Found(LocalDate date, Precision precision, int start, int end, String said, boolean yearSaid) {
    }

    /** A day SUTime could not place for want of a reference date: a weekday (XXXX-WXX-2) or a month day (XXXX-03-28 is placed by the call's year). */
    private static final Pattern UNPLACED_DAY = Pattern.compile("^XXXX-WXX-\\d");
    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    /** SUTime's value for a bare day of the month ("by the 19th"): ******19 or XXXX-XX-19. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^(\\*+|XXXX-XX-)(\\d{2})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)^(\\d{1,2})(st|nd|rd|th)$");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Set<String> PAST_MARKERS = Set.of("last", "ago", "yesterday", "previous", "earlier", "since");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** "Fridays", "every Friday", "each Monday": a habit, not a day. */
    private static final Pattern RECURRING_DAY = Pattern.compile(
            "(?i)\\b(every|each)\\s+(other\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(mon|tues|wednes|thurs|fri|satur|sun)days\\b");
    /** What puts a clock time on a particular day; without it "at ten", "six in the morning", "Morning." is no day. */
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?i)\\b(today|tonight|tomorrow|yesterday|this|weekend|(mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
            + "|september|october|november|december)\\b|\\d+(st|nd|rd|th)\\b|\\d+/\\d+");
    /** "a year from now", "three weeks from today": an offset, as precise as its unit. */
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(day|week|month|year)s?\\s+from\\s+(now|today)\\b");

    private DateResolver() {
    }

    static List<Found> find(CoreSentence sentence, LocalDate callDate) {
        var out = new ArrayList<Found>();
        for (CoreEntityMention m : CompetitorMatcher.entities(sentence)) {
            int start = AnnotatedTurn.indexOf(m.tokens().get(0));
            int end = start + m.tokens().size();
            String type = m.entityType();
            if (type.equals("DATE") || type.equals("TIME")) {
                if (isRecurring(sentence.tokens(), start, m.text()) || (type.equals("TIME") && !DAY_WORD.matcher(m.text()).find())) {
                    continue;
                }
                String value = normalized(m);
                Found f = value == null ? null : offsetPrecision(parse(value, start, end, m.text(), callDate));
                if (f != null && out.stream().noneMatch(o -> java.util.Objects.equals(o.date(), f.date()) && o.end() >= f.start())) {
                    out.add(f);
                }
            } else if (type.equals("ORDINAL") && callDate != null) {
                ordinalDay(sentence.tokens(), start, end, callDate).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "the Saturdays", "every other Monday", "on Fridays": a recurring day is no calendar date. */
    private static boolean isRecurring(List<CoreLabel> tokens, int start, String said) {
        String before = start > 0 ? tokens.get(start - 1).word() + " " : "";
        String twoBefore = start > 1 ? tokens.get(start - 2).word() + " " : "";
        return RECURRING_DAY.matcher(twoBefore + before + said).find();
    }

    /** SUTime places "a year from now" on a day; said as an offset in years it is no more precise than "next year". */
    private static Found offsetPrecision(Found f) {
        if (f == null || f.precision() != Precision.DAY) {
            return f;
        }
        Matcher m = OFFSET.matcher(f.said());
        if (!m.find()) {
            return f;
        }
        Precision p = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "day" -> Precision.DAY;
            case "week" -> Precision.WEEK;
            case "month" -> Precision.MONTH;
            default -> Precision.COARSER;
        };
        return new Found(f.date(), p, f.start(), f.end(), f.said(), f.yearSaid());
    }

    /** The next-step reading: a date SUTime put in the past that was not said as past moves to its next occurrence. */
    static Found forward(Found f, List<CoreLabel> tokens, LocalDate callDate) {
        if (callDate == null || f.date() == null || !f.date().isBefore(callDate) || f.yearSaid() || saidAsPast(tokens, f)) {
            return f;
        }
        LocalDate d = f.date();
        boolean weekday = java.util.Arrays.stream(f.said().toLowerCase(Locale.ROOT).split("\\W+")).anyMatch(WEEKDAYS::contains)
                && !f.said().matches(".*\\d.*");
        while (d.isBefore(callDate)) {
            d = weekday ? d.plusWeeks(1) : d.plusYears(1);
        }
        return new Found(d, f.precision(), f.start(), f.end(), f.said(), false);
    }

    static boolean saidAsPast(List<CoreLabel> tokens, Found f) {
        int from = Math.max(0, f.start() - 2);
        for (int i = from; i < Math.min(tokens.size(), f.end() + 1); i++) {
            if (PAST_MARKERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(CoreEntityMention m) {
        String v = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (v == null && !m.tokens().isEmpty()) {
            v = m.tokens().get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        return v;
    }

    private static Found parse(String value, int start, int end, String said, LocalDate callDate) {
        boolean yearSaid = YEAR.matcher(said).find();
        Matcher day = DAY.matcher(value);
        if (day.find()) {
            int month = Integer.parseInt(day.group(2));
            int dom = Integer.parseInt(day.group(3));
            if (day.group(1).equals("XXXX") && callDate == null) {
                return new Found(null, Precision.DAY, start, end, said, false);
            }
            int year = day.group(1).equals("XXXX") ? callDate.getYear() : Integer.parseInt(day.group(1));
            if (month < 1 || month > 12 || dom < 1 || dom > 31) {
                return null;
            }
            LocalDate d = safeDate(year, month, dom);
            return d == null ? null : new Found(d, Precision.DAY, start, end, said, yearSaid);
        }
        Matcher dom = DAY_OF_MONTH.matcher(value);
        if (dom.find()) {
            LocalDate d = callDate == null ? null : nextDayOfMonth(callDate, Integer.parseInt(dom.group(2)));
            return d == null && callDate != null ? null : new Found(d, Precision.DAY, start, end, said, false);
        }
        if (UNPLACED_DAY.matcher(value).find()) {
            return new Found(null, Precision.DAY, start, end, said, false);
        }
        Matcher week = WEEK.matcher(value);
        if (week.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Found(monday, Precision.WEEK, start, end, said, yearSaid);
        }
        Matcher month = MONTH.matcher(value);
        if (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (m < 1 || m > 12) {
                return null;
            }
            return new Found(LocalDate.of(Integer.parseInt(month.group(1)), m, 1), Precision.MONTH, start, end, said, yearSaid);
        }
        return null;
    }

    /** "the 21st", "by the 7th": a day of the month, the next one on or after the call. */
    private static java.util.Optional<Found> ordinalDay(List<CoreLabel> tokens, int start, int end, LocalDate callDate) {
        Matcher m = ORDINAL_DAY.matcher(tokens.get(start).word());
        boolean afterThe = start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("the");
        boolean nounFollows = end < tokens.size() && tokens.get(end).tag() != null && tokens.get(end).tag().startsWith("NN");
        // "on the 5th of each month": a monthly habit, not a day.
        boolean monthly = false;
        for (int i = end; i < Math.min(tokens.size(), end + 3); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            monthly |= w.equals("each") || w.equals("every");
        }
        if (!m.matches() || !afterThe || nounFollows || monthly) {
            return java.util.Optional.empty();
        }
        LocalDate d = nextDayOfMonth(callDate, Integer.parseInt(m.group(1)));
        return d == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Found(d, Precision.DAY, start, end, tokens.get(start).word(), false));
    }

    /** The first date on or after the call that falls on this day of the month. */
    private static LocalDate nextDayOfMonth(LocalDate callDate, int dayOfMonth) {
        for (int ahead = 0; ahead < 3; ahead++) {
            LocalDate month = callDate.withDayOfMonth(1).plusMonths(ahead);
            LocalDate candidate = safeDate(month.getYear(), month.getMonthValue(), dayOfMonth);
            if (candidate != null && !candidate.isBefore(callDate)) {
                return candidate;
            }
        }
        return null;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
