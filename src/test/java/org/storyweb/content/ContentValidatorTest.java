package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidatorTest {

    @TempDir
    Path tempDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path folder) {
        return ContentValidator.run(folder, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRealContentIsValid() {
        assertEquals(0, run(Path.of("content")), text(err));
        assertTrue(text(out).matches("OK: 1 pack, \\d+ events, \\d+ characters, \\d+ relationships, \\d+ sources, "
                + "\\d+ phases, \\d+ chapters, \\d+ themes, \\d+ motifs, \\d+ glossary terms, \\d+ tours\\.\\R"),
                text(out));
        assertEquals("", text(err));
    }

    @Test
    void thePackagedContentIsValid() {
        assertEquals(0, ContentValidator.runPackaged(print(out), print(err)), text(err));
        assertTrue(text(out).startsWith("OK: "), text(out));
    }

    @Test
    void aValidFolderGetsASummary() {
        assertEquals(0, run(Fixture.minimal(tempDir).root));
        assertEquals("OK: 1 pack, 2 events, 2 characters, 1 relationship, 2 sources, 2 phases, 3 chapters, 1 theme, "
                + "0 motifs, 1 glossary term, 0 tours."
                + System.lineSeparator(), text(out));
    }

    @Test
    void aBrokenFolderGetsTheProblemListAndExitCode1() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/events/meeting.yaml", "date: 1975-09", "date: 1996-13-05");

        assertEquals(1, run(fixture.root));
        assertEquals("", text(out));
        assertEquals("""
                Content has 1 problem:
                content/a-novel/events/meeting.yaml:4 /date: "1996-13-05" is not a date (month 13)
                """, text(err).replace(System.lineSeparator(), "\n"));
    }
}
