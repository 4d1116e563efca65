package org.storyweb.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;

/**
 * The import command on a timeline written for this test in TimelineJS's JSON format and in its Google-Sheet
 * template's CSV: the new pack validates with the app's own loader, and what it cannot hold is listed.
 */
class ImportCommandTest {

    @TempDir
    Path temp;

    /** A content folder with the real schemas and no pack yet. */
    static Path contentFolder(Path temp) throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("schemas"));
        try (Stream<Path> schemas = Files.list(Path.of("content", "schemas"))) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, content.resolve("schemas").resolve(schema.getFileName()));
            }
        }
        return content;
    }

    record Run(int exit, String out, String err) {
    }

    static Run importInto(Path file, Path pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(List.of(file.toString(), "--into", pack.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) {
        return Path.of("src", "test", "resources", "timelinejs", name);
    }

    @Test
    void aTimelineBecomesAPackThatValidates() throws IOException {
        Path content = contentFolder(temp);

        Run run = importInto(fixture("victorian-science.json"), content.resolve("victorian-science"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Wrote 5 events").contains("validates");
        StoryPack pack = StoryPacks.load(content).find("victorian-science").orElseThrow();
        assertThat(pack.work().title()).isEqualTo("Victorian science a class timeline");
        assertThat(pack.events()).extracting(Event::id).containsExactly("the-voyage-of-the-beagle",
                "victoria-becomes-queen", "the-great-exhibition", "the-great-stink", "origin-of-species");
        Event origin = pack.event("origin-of-species").orElseThrow();
        assertThat(origin.title()).isEqualTo("On the Origin of Species is published");
        assertThat(origin.date().label()).isEqualTo("24 November 1859");
        assertThat(origin.text()).isEqualTo("Darwin's book sells out on its first day.\n\nSee the first edition.");
        assertThat(origin.sourceIds()).hasSize(2);
        assertThat(pack.source(origin.sourceIds().getFirst()).orElseThrow().link())
                .contains("https://example.org/darwin-online");
        // One source for one citation, however many slides credit it.
        assertThat(pack.event("the-voyage-of-the-beagle").orElseThrow().sourceIds())
                .isEqualTo(List.of(origin.sourceIds().getFirst()));
        assertThat(pack.event("the-great-exhibition").orElseThrow().date().label()).isEqualTo("May 1851 – October 1851");
        assertThat(pack.event("the-great-stink").orElseThrow().date().label()).isEqualTo("c. 1858");
        assertThat(pack.event("victoria-becomes-queen").orElseThrow().uncertaintyNote())
                .contains("TimelineJS showed the date as \u201cEarly morning, 20 June 1837\u201d.");
        assertThat(pack.tracks()).extracting(track -> track.title())
                .containsExactly("Biology", "Engineering", "Politics");
        assertThat(pack.phases()).extracting(phase -> phase.title() + " " + phase.when().label())
                .containsExactly("Early Victorian 1830–1849", "Mid-century 1850–1869");
    }

    @Test
    void whatCannotBeCarriedOverIsListedAndWrittenDown() throws IOException {
        Path content = contentFolder(temp);

        Run run = importInto(fixture("victorian-science.json"), content.resolve("victorian-science"));

        String notes = Files.readString(content.resolve("victorian-science/IMPORT.md"));
        for (String what : List.of("slides without a date Storyweb can read (Pythagoras): 1",
                "media (images, videos, maps): 1", "media captions: 1", "slide backgrounds: 1",
                "times of day (Storyweb dates are days at most): 1", "the title slide's media: 1",
                "a credit (the event cites the imported file): 1", "a text (the event repeats its headline): 1",
                "markup in texts (links and formatting became plain text)", "an author", "a publication date",
                "chapters")) {
            assertThat(run.out()).contains(what);
            assertThat(notes).contains(what);
        }
    }

    @Test
    void theSpreadsheetTemplatesCsvImportsLikeItsJson() throws IOException {
        Path content = contentFolder(temp);

        Run run = importInto(fixture("victorian-science.csv"), content.resolve("from-a-sheet"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        StoryPack pack = StoryPacks.load(content).find("from-a-sheet").orElseThrow();
        assertThat(pack.work().title()).isEqualTo("Victorian science");
        assertThat(pack.events()).hasSize(4);
        assertThat(pack.events()).extracting(event -> event.date().label()).containsExactly("20 June 1837",
                "May 1851 – October 1851", "c. 1858", "24 November 1859");
        assertThat(pack.event("the-great-exhibition").orElseThrow().text())
                .isEqualTo("Six million visitors, commas and all.");
        assertThat(pack.phases()).extracting(phase -> phase.title()).containsExactly("Early Victorian");
        assertThat(run.out()).contains("spreadsheet columns the template does not have (Notes): 1")
                .contains("times of day").contains("slide backgrounds: 1");
    }

    @Test
    void itRefusesAFolderThatIsNotEmptyOrNotInAContentFolder() throws IOException {
        Path content = contentFolder(temp);
        Files.createDirectories(content.resolve("taken"));
        Files.writeString(content.resolve("taken/work.yaml"), "id: taken\n");

        assertThat(importInto(fixture("victorian-science.json"), content.resolve("taken")).err())
                .contains("already exists and is not empty");
        assertThat(importInto(fixture("victorian-science.json"), temp.resolve("elsewhere/new-pack")).err())
                .contains("is not a content folder");
        assertThat(importInto(fixture("victorian-science.json"), content.resolve("Not An Id")).err())
                .contains("is not a pack id");
        assertThat(Files.exists(content.resolve("Not An Id"))).isFalse();
    }
}
