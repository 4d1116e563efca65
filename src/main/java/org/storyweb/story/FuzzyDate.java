package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date together with how exactly it is known: a day, a month, a year, a decade, part of a decade ("early 1990s"),
 * a circa year ("c. 1996") or a range of any of these ("1996/2003").
 * <p>
 * It knows the earliest and latest day it may stand for, which place it on a timeline, and a label that never claims
 * more precision than the date has.
 */
public record FuzzyDate(LocalDate earliest, LocalDate latest, Precision precision, String label) {

    /** How exactly a date is known, from the most to the least exact. */
    public enum Precision {
        DAY, MONTH, YEAR, CIRCA_YEAR, PART_OF_DECADE, DECADE, RANGE
    }

    /** How many years either side of the given year "c. 1996" may stand for. */
    public static final int CIRCA_YEARS = 2;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern CIRCA = Pattern.compile("c\\. ?(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:(early|mid|late) )?(\\d{3}0)s");

    public FuzzyDate {
        Objects.requireNonNull(earliest);
        Objects.requireNonNull(latest);
        Objects.requireNonNull(precision);
        Objects.requireNonNull(label);
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("ends (" + latest + ") before it starts (" + earliest + ")");
        }
    }

    /**
     * Reads a date as content authors write it.
     *
     * @throws IllegalArgumentException with a sentence that says what is wrong, for an author to read
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FuzzyDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty; write a date such as 1996-07-05, 1996-07, 1996, c. 1996, "
                    + "1990s, early 1990s or 1996/2003");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (slash >= 0) {
            FuzzyDate from = parseSingle(trimmed.substring(0, slash).trim(), text);
            FuzzyDate to = parseSingle(trimmed.substring(slash + 1).trim(), text);
            if (to.latest.isBefore(from.earliest)) {
                throw new IllegalArgumentException("\"" + text + "\" ends before it starts");
            }
            return new FuzzyDate(from.earliest, to.latest, Precision.RANGE, rangeLabel(from, to));
        }
        return parseSingle(trimmed, text);
    }

    private static FuzzyDate parseSingle(String text, String whole) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = checkedMonth(m.group(2), whole);
            int day = Integer.parseInt(m.group(3));
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                throw new IllegalArgumentException("\"" + whole + "\" is not a date (" + monthName(month) + " " + year
                        + " has no day " + day + ")");
            }
            LocalDate date = yearMonth.atDay(day);
            return new FuzzyDate(date, date, Precision.DAY, day + " " + monthName(month) + " " + year);
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), checkedMonth(m.group(2), whole));
            return new FuzzyDate(yearMonth.atDay(1), yearMonth.atEndOfMonth(), Precision.MONTH,
                    monthName(yearMonth.getMonthValue()) + " " + yearMonth.getYear());
        }
        if ((m = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR,
                    String.valueOf(year));
        }
        if ((m = CIRCA.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new FuzzyDate(LocalDate.of(year - CIRCA_YEARS, 1, 1), LocalDate.of(year + CIRCA_YEARS, 12, 31),
                    Precision.CIRCA_YEAR, "c. " + year);
        }
        if ((m = DECADE.matcher(text)).matches()) {
            int decade = Integer.parseInt(m.group(2));
            String part = m.group(1);
            if (part == null) {
                return new FuzzyDate(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), Precision.DECADE,
                        decade + "s");
            }
            int first = switch (part) {
                case "early" -> 0;
                case "mid" -> 3;
                default -> 6;
            };
            return new FuzzyDate(LocalDate.of(decade + first, 1, 1), LocalDate.of(decade + first + 3, 12, 31),
                    Precision.PART_OF_DECADE, part + " " + decade + "s");
        }
        throw new IllegalArgumentException("\"" + whole + "\" is not a date; write one such as 1996-07-05, 1996-07, "
                + "1996, c. 1996, 1990s, early 1990s or 1996/2003");
    }

    private static int checkedMonth(String digits, String whole) {
        int month = Integer.parseInt(digits);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("\"" + whole + "\" is not a date (month " + month + ")");
        }
        return month;
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String rangeLabel(FuzzyDate from, FuzzyDate to) {
        boolean shortForm = from.label.indexOf(' ') < 0 && to.label.indexOf(' ') < 0;
        return from.label + (shortForm ? "–" : " – ") + to.label;
    }

    /** True when the date is known to the day. */
    public boolean isExactDay() {
        return precision == Precision.DAY;
    }

    /** True for dates that are estimates rather than known spans: "c. 1996", "early 1990s", "1990s". */
    public boolean isEstimate() {
        return precision == Precision.CIRCA_YEAR || precision == Precision.PART_OF_DECADE
                || precision == Precision.DECADE;
    }

    @Override
    public String toString() {
        return label;
    }
}
