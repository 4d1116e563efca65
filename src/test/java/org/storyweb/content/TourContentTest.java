package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.story.Tour;

/** Tours are content: read like every other file, and a wrong one is named at its file, line and field. */
class TourContentTest {

    private static final String TOUR = "a-novel/tours/friends.yaml";
    private static final String VALID = """
            # yaml-language-server: $schema=../../schemas/tour.schema.json
            id: friends
            title: Two friends
            summary: How Anna and Ben meet, and what comes of it.
            steps:
              - view:
                  phase: childhood
                  event: meeting
                  window: 1970..1980
                  tracks: [story]
                  upto: 2
                narration: Anna meets Ben at school.
                prompt: Why does Anna remember this day?
                sources: [notes]
              - view:
                  phase: later
                  relationship: anna-ben
                  order: telling
                narration: They stay friends.
                sources: [notes, review]
            """;

    @TempDir
    Path tempDir;

    private Fixture withTour(String text) {
        return Fixture.minimal(tempDir).write(TOUR, text);
    }

    @Test
    void aTourLoadsWithItsStepsAsLinkParameters() {
        Tour tour = withTour(VALID).load().defaultPack().tour("friends").orElseThrow();

        assertEquals("Two friends", tour.title());
        assertEquals(2, tour.steps().size());
        assertEquals(Map.of("phase", "childhood", "event", "meeting", "window", "1970..1980", "tracks", "story",
                "upto", "2"), tour.steps().getFirst().view());
        assertEquals("Why does Anna remember this day?", tour.steps().getFirst().prompt());
        assertEquals(List.of("notes", "review"), tour.steps().get(1).sources());
    }

    @Test
    void anUnknownEventIsReportedAtTheStep() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:8 /steps/0/view/event: \"meetin\" is not an event in "
                + "this pack; check the spelling, or add events/meetin.yaml"),
                withTour(VALID.replace("event: meeting", "event: meetin")).problems());
    }

    @Test
    void anUnknownPhaseIsReportedAtTheStep() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:7 /steps/0/view/phase: \"youth\" is not a phase in "
                + "this pack; check the spelling, or add it to phases.yaml"),
                withTour(VALID.replace("phase: childhood", "phase: youth")).problems());
    }

    @Test
    void anEmptyStepIsReported() {
        String empty = VALID.replace("  - view:\n      phase: later", "  - {}\n  - view:\n      phase: later");
        assertEquals(List.of(
                "content/a-novel/tours/friends.yaml:15 /steps/1/narration: the required field \"narration\" is missing",
                "content/a-novel/tours/friends.yaml:15 /steps/1/sources: the required field \"sources\" is missing",
                "content/a-novel/tours/friends.yaml:15 /steps/1/view: the required field \"view\" is missing"),
                withTour(empty).problems().stream().sorted().toList());
    }

    @Test
    void aStepThatShowsNothingIsReported() {
        String nothing = VALID.replace("      phase: later\n      relationship: anna-ben\n", "");
        assertEquals(List.of("content/a-novel/tours/friends.yaml:15 /steps/1/view: the step shows nothing in "
                + "particular; give it a phase, or an event, character or relationship to select"),
                withTour(nothing).problems());
    }

    @Test
    void aStepSelectsOneThing() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:18 /steps/1/view/relationship: a step selects one "
                + "thing, but this one gives event and relationship; keep one"),
                withTour(VALID.replace("phase: later", "phase: later\n      event: meeting")).problems());
    }

    @Test
    void aWindowMustReadAsYearsOrDays() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:9 /steps/0/view/window: \"1970-1980\" is not a "
                + "window; write the first and last year with two dots between them, such as 1990..2005, or days: "
                + "1996-07-05..2003-02-14"), withTour(VALID.replace("1970..1980", "1970-1980")).problems());
    }

    @Test
    void aWindowMustStartBeforeItEnds() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:9 /steps/0/view/window: the window \"1980..1970\" "
                + "ends before it starts; put the earlier date first"),
                withTour(VALID.replace("1970..1980", "1980..1970")).problems());
    }

    @Test
    void aSpoilerLimitMustBeAChapter() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:11 /steps/0/view/upto: there is no chapter 9; "
                + "structure.yaml has chapters 1–3"), withTour(VALID.replace("upto: 2", "upto: 9")).problems());
    }

    @Test
    void anUnknownSourceOrTrackIsReported() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:10 /steps/0/view/tracks/0: \"novel\" is not a "
                + "track in this pack; check the spelling, or add it to tracks.yaml",
                "content/a-novel/tours/friends.yaml:14 /steps/0/sources/0: \"note\" is not a source in this pack; "
                        + "check the spelling, or add sources/note.yaml"),
                withTour(VALID.replace("[story]", "[novel]").replace("sources: [notes]\n  - view",
                        "sources: [note]\n  - view")).problems());
    }

    @Test
    void aLongNarrationIsReported() {
        String words = "word ".repeat(80).strip();
        assertEquals(List.of("content/a-novel/tours/friends.yaml:12 /steps/0/narration: has 80 words; a class reads "
                + "it from the screen, so keep it to about 60 and move the rest to another step"),
                withTour(VALID.replace("Anna meets Ben at school.", words)).problems());
    }

    @Test
    void aViewFieldThatLinksDoNotHaveIsReported() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:19 /steps/1/view/mode: \"mode\" is not a known "
                + "field; check its spelling. The fields here are: event, character, relationship, phase, window, "
                + "tracks, themes, order, upto"),
                withTour(VALID.replace("order: telling", "order: telling\n      mode: present")).problems());
    }
}
