package org.storyweb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1970-1980        | "1970-1980" is not a window; write the first and last year with two dots between them, such as 1990..2005, or days: 1996-07-05..2003-02-14
            1990..99999      | "1990..99999" is not a window; write the first and last year with two dots between them, such as 1990..2005, or days: 1996-07-05..2003-02-14
            ..               | ".." is not a window; write the first and last year with two dots between them, such as 1990..2005, or days: 1996-07-05..2003-02-14
            1980..1970       | the window "1980..1970" ends before it starts; put the earlier date first
            2000-05-01..2000-05-01 | the window "2000-05-01..2000-05-01" ends before it starts; put the earlier date first
            1990-02-30..2000 | "1990-02-30..2000" has a day that does not exist
            0..2000          | "0..2000" has a day that does not exist
            """)
    void saysWhatIsWrongForAnAuthor(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Window.parse(text)).getMessage());
    }
}
