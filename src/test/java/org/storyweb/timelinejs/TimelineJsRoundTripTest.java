package org.storyweb.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.export.TimelineJsExport;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;

/**
 * Our pack exported to TimelineJS and imported into a new pack, which validates: what a TimelineJS file can hold
 * survives, and the figures of what survived are printed for the record.
 */
class TimelineJsRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void theEventsSurviveAnExportAndAnImport() throws IOException {
        StoryPack original = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();
        Path file = temp.resolve("never-let-me-go.json");
        Files.writeString(file, new TimelineJsExport(original).asString());
        Path content = ImportCommandTest.contentFolder(temp);

        ImportCommandTest.Run run = ImportCommandTest.importInto(file, content.resolve("round-trip"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        StoryPack copy = StoryPacks.load(content).find("round-trip").orElseThrow();
        long ids = same(original, copy, Event::id);
        long titles = same(original, copy, Event::title);
        long texts = same(original, copy, Event::text);
        long dates = same(original, copy, event -> event.date().label());
        long tracks = original.events().stream().filter(event -> copy.event(event.id())
                .flatMap(imported -> copy.track(imported.trackId()))
                .map(track -> track.title().equals(original.track(event.trackId()).orElseThrow().title()))
                .orElse(false)).count();
        long sources = same(original, copy, event -> event.sourceIds().size());
        System.out.printf("Round trip of %s: %d events; the same id %d, title %d, text %d, date %d, track %d, "
                        + "number of sources %d; phases %d of %d became eras and came back; sources %d of %d; "
                        + "not carried: %d characters, %d relationships, %d themes, %d glossary terms, %d tours, "
                        + "the phase and chapters of %d story events, %d notes, %d events' prompts, %d events' themes%n",
                original.id(), original.events().size(), ids, titles, texts, dates, tracks, sources,
                copy.phases().size(), original.phases().size(), copy.sources().size(), original.sources().size(),
                original.characters().size(), original.relationships().size(), original.work().themes().size(),
                original.glossary().size(), original.tours().size(),
                original.events().stream().filter(event -> event.phaseId() != null).count(),
                original.events().stream().filter(event -> event.note() != null).count(),
                original.events().stream().filter(event -> !event.prompts().isEmpty()).count(),
                original.events().stream().filter(event -> !event.themeIds().isEmpty()).count());
        System.out.println(run.out());
        int all = original.events().size();
        assertThat(copy.events()).hasSize(all);
        assertThat(ids).isEqualTo(all);
        assertThat(titles).isEqualTo(all);
        assertThat(texts).isEqualTo(all);
        assertThat(dates).isEqualTo(all);
        assertThat(tracks).isEqualTo(all);
        assertThat(sources).isEqualTo(all);
        assertThat(copy.phases()).extracting(phase -> phase.title())
                .containsExactlyElementsOf(original.phases().stream().map(phase -> phase.title()).toList());
    }

    /** How many of the original's events have a copy with the same value. */
    private static long same(StoryPack original, StoryPack copy, Function<Event, Object> value) {
        return original.events().stream().filter(event -> copy.event(event.id())
                .map(imported -> value.apply(event).equals(value.apply(imported)))
                .orElse(false)).count();
    }
}
