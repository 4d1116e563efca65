package org.storyweb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyweb.story.FuzzyDate.Precision;

class FuzzyDateTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}, {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1996-07-05              | 5 July 1996                    | 1996-07-05 | 1996-07-05 | DAY
            1996-02                 | February 1996                  | 1996-02-01 | 1996-02-29 | MONTH
            2005                    | 2005                           | 2005-01-01 | 2005-12-31 | YEAR
            c. 1996                 | c. 1996                        | 1994-01-01 | 1998-12-31 | CIRCA_YEAR
            c.1996                  | c. 1996                        | 1994-01-01 | 1998-12-31 | CIRCA_YEAR
            1970s                   | 1970s                          | 1970-01-01 | 1979-12-31 | DECADE
            early 1990s             | early 1990s                    | 1990-01-01 | 1993-12-31 | PART_OF_DECADE
            mid 1990s               | mid 1990s                      | 1993-01-01 | 1996-12-31 | PART_OF_DECADE
            late 1990s              | late 1990s                     | 1996-01-01 | 1999-12-31 | PART_OF_DECADE
            1996/2003               | 1996–2003                      | 1996-01-01 | 2003-12-31 | RANGE
            1996-07-05/2003-02-14   | 5 July 1996 – 14 February 2003 | 1996-07-05 | 2003-02-14 | RANGE
            2005-02/2005-03         | February 2005 – March 2005     | 2005-02-01 | 2005-03-31 | RANGE
            1990s/2003              | 1990s–2003                     | 1990-01-01 | 2003-12-31 | RANGE
            ' 1996 '                | 1996                           | 1996-01-01 | 1996-12-31 | YEAR
            """)
    void readsEveryFormAuthorsWrite(String text, String label, LocalDate earliest, LocalDate latest,
            Precision precision) {
        FuzzyDate date = FuzzyDate.parse(text);

        assertEquals(label, date.label());
        assertEquals(earliest, date.earliest());
        assertEquals(latest, date.latest());
        assertEquals(precision, date.precision());
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1996-13-05      | "1996-13-05" is not a date (month 13)
            1996-00         | "1996-00" is not a date (month 0)
            1996-02-30      | "1996-02-30" is not a date (February 1996 has no day 30)
            1997-02-29      | "1997-02-29" is not a date (February 1997 has no day 29)
            sometime        | "sometime" is not a date; write one such as 1996-07-05, 1996-07, 1996, c. 1996, 1990s, early 1990s or 1996/2003
            96              | "96" is not a date; write one such as 1996-07-05, 1996-07, 1996, c. 1996, 1990s, early 1990s or 1996/2003
            1996-7-5        | "1996-7-5" is not a date; write one such as 1996-07-05, 1996-07, 1996, c. 1996, 1990s, early 1990s or 1996/2003
            2003/1996       | "2003/1996" ends before it starts
            1996-13/2000    | "1996-13/2000" is not a date (month 13)
            """)
    void rejectsWhatIsNotADateWithASentenceForTheAuthor(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse(text)).getMessage());
    }

    @Test
    void rejectsAnEmptyDate() {
        assertEquals("is empty; write a date such as 1996-07-05, 1996-07, 1996, c. 1996, 1990s, early 1990s or "
                + "1996/2003", assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse(" ")).getMessage());
    }

    @Test
    void onlyADayIsAnExactDay() {
        assertEquals(true, FuzzyDate.parse("1996-07-05").isExactDay());
        assertEquals(false, FuzzyDate.parse("1996-07").isExactDay());
    }

    @Test
    void printsAsItsLabel() {
        assertEquals("early 1980s", FuzzyDate.parse("early 1980s").toString());
    }
}
