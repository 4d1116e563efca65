package org.storyweb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one window grammar that links and tour steps share. */
class WindowTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1990..2005             | 1990-01-01 | 2005-12-31
            1996-07-05..2003-02-14 | 1996-07-05 | 2003-02-14
            1996..2003-02-14       | 1996-01-01 | 2003-02-14
            2000..2000             | 2000-01-01 | 2000-12-31
            0800..1066             | 0800-01-01 | 1066-12-31
            """)
    void readsYearsAsTheirWholeSpanAndDaysAsThemselves(String text, LocalDate from, LocalDate to) {
        assertEquals(new Window(from, to), Window.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is written back as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1990..2005             | 1990..2005
            1996-07-05..2003-02-14 | 1996-07-05..2003-02-14
            1996-01-01..2003-12-31 | 1996..2003
            800..1066              | 0800..1066
            """)
    void writesWholeYearsAsYearsAndElseDays(String text, String written) {
        assertEquals(written, Window.parse(text).text());
        assertEquals(Window.parse(text), Window.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-1980", "1990..99999", "..", "banana", "1990 .. 2005"})
    void saysWhatAWindowLooksLike(String text) {
        assertEquals("\"" + text + "\" is not a window; write the first and last year with two dots between them, "
                + "such as 1990..2005, or days: 1996-07-05..2003-02-14", refusal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980..1970", "2000-05-01..2000-05-01", "2000-12-31..2000-01-01"})
    void saysWhenAWindowEndsBeforeItStarts(String text) {
        assertEquals("the window \"" + text + "\" ends before it starts; put the earlier date first", refusal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990-02-30..2000", "1990..2001-13-01", "0..2000"})
    void saysWhenADayDoesNotExist(String text) {
        assertEquals("\"" + text + "\" has a day that does not exist", refusal(text));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Window.parse(text)).getMessage();
    }
}
