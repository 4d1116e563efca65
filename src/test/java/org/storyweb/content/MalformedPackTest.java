package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files broken the ways hand-edited files break, one kind per test, beside the schema and reference rules of
 * {@link ContentLoaderTest}: each names its file, line and field, says what is wrong, and never crashes the loader.
 */
class MalformedPackTest {

    private static final String MEETING = "a-novel/events/meeting.yaml";
    private static final String NOTES = "a-novel/sources/notes.yaml";
    /** What a source file that cannot be read leaves behind: the references to it. */
    private static final List<String> NOTES_MISSING = List.of(
            "content/a-novel/events/meeting.yaml:10 /sources/0: \"notes\" is not a source in this pack; check the "
                    + "spelling, or add sources/notes.yaml",
            "content/a-novel/glossary/carer.yaml:7 /sources/0: \"notes\" is not a source in this pack; check the "
                    + "spelling, or add sources/notes.yaml",
            "content/a-novel/relationships/anna-ben.yaml:12 /states/0/evidence/0/sources/0: \"notes\" is not a "
                    + "source in this pack; check the spelling, or add sources/notes.yaml",
            "content/a-novel/themes/memory.yaml:6 /sources/0: \"notes\" is not a source in this pack; check the "
                    + "spelling, or add sources/notes.yaml");

    @TempDir
    Path tempDir;

    private static List<String> withNotesMissing(String problem) {
        // Problems come sorted by file.
        return java.util.stream.Stream.concat(NOTES_MISSING.stream(), java.util.stream.Stream.of(problem)).sorted()
                .toList();
    }

    @Test
    void aTabUsedForIndentationIsReportedAtItsLine() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "\ntrack: story", "\n\ttrack: story");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:5: the YAML cannot be read here, because a tab is "
                + "used for indentation; indent with spaces"), fixture.problems());
    }

    @Test
    void aByteOrderMarkAsWindowsEditorsWriteIsAccepted() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "# yaml", "\uFEFF# yaml");

        assertEquals("Anna meets Ben", fixture.load().defaultPack().event("meeting").orElseThrow().title());
    }

    @Test
    void aFileInLatin1IsReportedAtTheLineOfItsFirstForeignCharacter() throws IOException {
        Fixture fixture = Fixture.minimal(tempDir);
        Path meeting = fixture.root.resolve(MEETING);
        Files.write(meeting, Files.readString(meeting).replace("at school.", "at the caf\u00e9.")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(List.of("content/a-novel/events/meeting.yaml:9: the file is not saved as UTF-8 (this line has a "
                + "character in another encoding); save it as UTF-8 in your editor"), fixture.problems());
    }

    @Test
    void aFileInUtf16IsReported() throws IOException {
        Fixture fixture = Fixture.minimal(tempDir);
        Path notes = fixture.root.resolve(NOTES);
        Files.write(notes, Files.readString(notes).getBytes(StandardCharsets.UTF_16));

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:1: the file is not saved as UTF-8 (this "
                + "line has a character in another encoding); save it as UTF-8 in your editor"), fixture.problems());
    }

    @Test
    void aFileOfNoBytesIsReportedAsEmpty() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:1: the file is empty"), fixture.problems());
    }

    @Test
    void aListWhereTheFileShouldBeAGroupOfFieldsIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "- id: notes\n  title: Reading notes\n");

        // The file's name stands for the source, so the references to it are not reported again.
        assertEquals(List.of("content/a-novel/sources/notes.yaml:1: should be a group of fields (name: value "
                + "lines), not a list"), fixture.problems());
    }

    @Test
    void aLineOfTextWhereTheFileShouldBeAGroupOfFieldsIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "just some notes\n");

        assertEquals(List.of("content/a-novel/sources/notes.yaml:1: should be a group of fields (name: value "
                + "lines), not \"just some notes\""), fixture.problems());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "text: Anna meets Ben at school.",
                "text: " + "word ".repeat(300_000));

        assertEquals(List.of("content/a-novel/events/meeting.yaml:1: the file is larger than 1 MB, far more than an "
                + "entry needs; keep one entry per file"), fixture.problems());
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsRefused() throws IOException {
        Fixture fixture = Fixture.minimal(tempDir);
        Path outside = Files.writeString(tempDir.resolve("elsewhere.yaml"), "id: diary\ntitle: A diary\n"
                + "citation: Someone's diary.\n");
        Files.createSymbolicLink(fixture.root.resolve("a-novel/sources/diary.yaml"), outside);

        assertEquals(List.of("content/a-novel/sources/diary.yaml:1: is a link to a file outside the content folder; "
                + "copy the file into the folder instead"), fixture.problems());
    }

    @Test
    void anOldIdThatIsTheIdOfAnotherCharacterIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/characters/ben.yaml", "aliases: [benjamin]",
                "aliases: [anna]");

        assertEquals(List.of("content/a-novel/characters/ben.yaml:6 /aliases/0: \"anna\" is the id of "
                + "content/a-novel/characters/anna.yaml, so it cannot also be an old id; remove it here"),
                fixture.problems());
    }

    @Test
    void anOldIdGivenByTwoCharactersIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/characters/anna.yaml", "firstChapter: 1",
                "firstChapter: 1\naliases: [benjamin]");

        assertEquals(List.of("content/a-novel/characters/ben.yaml:6 /aliases/0: \"benjamin\" is already an old id of "
                + "content/a-novel/characters/anna.yaml; an old id can lead to one character only"),
                fixture.problems());
    }

    @Test
    void anEventWhoseOldIdIsItsOwnIdIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "prompts:", "aliases: [meeting]\nprompts:");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:13 /aliases/0: \"meeting\" is the id of this "
                + "event, so it cannot also be an old id; remove it here"), fixture.problems());
    }

    @Test
    void aValueThatRefersToItselfIsReportedNotFollowedForever() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: &self [*self]\ncitation: C.\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:1: the YAML repeats a list or a group of "
                + "fields with an alias (*name); write it out in full"), fixture.problems());
    }

    @Test
    void anAliasOfAPlainValueIsReportedAtItsLine() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: &same Reading notes\n"
                + "citation: *same\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:3: the YAML repeats a value with an alias "
                + "(*same); write the value out in full"), fixture.problems());
    }

    @Test
    void onlyTrueAndFalseAreTrueOrFalse() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "chapter: 1\n", "chapter: 1\nuncertain: yes\n"
                + "note: Unsure.\n");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:8 /uncertain: should be true or false, not "
                + "\"yes\""), fixture.problems());
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("id: notes\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, yaml.toString());

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:1: the YAML repeats a list or a group of "
                + "fields with an alias (*name); write it out in full"), fixture.problems());
    }

    @Test
    void listsNestedBeyondReasonAreRefused() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: " + "[".repeat(200)
                + "]".repeat(200) + "\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:1: the YAML cannot be read (Nesting Depth "
                + "exceeded max 50)"), fixture.problems());
    }

    @Test
    void aSecondEntryInOneFileIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: T\ncitation: C.\n---\nid: x\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:4: the file holds a second entry after "
                + "\"---\"; keep one entry per file"), fixture.problems());
    }

    @Test
    void aJavaTypeTagIsRefused() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: !!java.util.Date x\ncitation: C.\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:2: the YAML cannot be read here (Global tag "
                + "is not allowed: tag:yaml.org,2002:java.util.Date)"), fixture.problems());
    }

    @Test
    void aControlCharacterIsReportedAtItsLine() {
        Fixture fixture = Fixture.minimal(tempDir).write(NOTES, "id: notes\ntitle: Reading\u0000notes\ncitation: C.\n");

        assertEquals(withNotesMissing("content/a-novel/sources/notes.yaml:2: the file has an invisible control "
                + "character (U+0000) on this line, which YAML does not allow; delete it"), fixture.problems());
    }

    @Test
    void aSourceLinkThatIsNotAWebAddressIsRefused() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/sources/review.yaml", "url: https://example.org/review", "url: javascript:alert(1)");

        assertEquals(List.of("content/a-novel/sources/review.yaml:5 /url: \"javascript:alert(1)\" is not a web "
                + "address; it should start with https:// or http://"), fixture.problems());
    }

    @Test
    void aDataLinkWithMarkupIsRefused() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/sources/review.yaml",
                "url: https://example.org/review", "url: \"data:text/html,<script>alert(1)</script>\"");

        assertEquals(List.of("content/a-novel/sources/review.yaml:5 /url: \"data:text/html,<script>alert(1)</script>\" "
                + "is not a web address; it should start with https:// or http://"), fixture.problems());
    }
}
