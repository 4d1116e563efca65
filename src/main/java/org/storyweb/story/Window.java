package org.storyweb.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of the timeline in whole days, both included, written as links and tour steps write it: the first and
 * last year with two dots between them ({@code 1990..2005}), or days ({@code 1996-07-05..2003-02-14}). A year stands
 * for its whole span, from its first day to its last. The one grammar of the link codec and the content loader.
 */
public record Window(LocalDate from, LocalDate to) {

    // A year of up to four digits, or a day.
    private static final String DATE = "(\\d{1,4}(?:-\\d{2}-\\d{2})?)";
    private static final Pattern TEXT = Pattern.compile(DATE + "\\.\\." + DATE);

    public Window {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A window must end after it starts");
        }
    }

    /**
     * Reads a window as links and tour steps write it.
     *
     * @throws IllegalArgumentException with a sentence that says what is wrong, for an author to read
     */
    public static Window parse(String text) {
        Matcher window = TEXT.matcher(text);
        if (!window.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a window; write the first and last year with "
                    + "two dots between them, such as 1990..2005, or days: 1996-07-05..2003-02-14");
        }
        LocalDate from;
        LocalDate to;
        try {
            from = date(window.group(1), true);
            to = date(window.group(2), false);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" has a day that does not exist");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window \"" + text + "\" ends before it starts; put the earlier "
                    + "date first");
        }
        return new Window(from, to);
    }

    private static LocalDate date(String text, boolean start) {
        if (text.contains("-")) {
            return LocalDate.parse(text);
        }
        int year = Integer.parseInt(text);
        // The calendar has no year 0 for a reader: 1 BC is followed by AD 1.
        if (year < 1) {
            throw new DateTimeException("year 0");
        }
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }

    /** The window as {@link #parse} reads it: whole years as years, anything else as days. */
    public String text() {
        return written(from, MonthDay.of(1, 1)) + ".." + written(to, MonthDay.of(12, 31));
    }

    // A window that starts on a year's first day starts with the year; one that ends on its last day, ends with it.
    private static String written(LocalDate date, MonthDay yearEdge) {
        return MonthDay.from(date).equals(yearEdge) ? String.format("%04d", date.getYear()) : date.toString();
    }
}
