package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyweb.story.Chapter;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;

/**
 * The authoring rules of content/README.md, checked on the model the real content loads into, with one dynamic test
 * per file, named after it, so that the build names the file that breaks a rule. {@link RealContentTest} checks that
 * the files load at all; this checks what they say once loaded.
 */
class RealContentRulesTest {

    /** Kathy, Ruth and Tommy: every pair of them has a state in every phase both live through. */
    private static final List<String> TRIANGLE = List.of("kathy", "ruth", "tommy");
    private static final String NOVEL = "never-let-me-go";

    private static final List<StoryPack> PACKS = StoryPacks.load(Path.of("content")).all();

    private static String file(StoryPack pack, String folder, String id) {
        return "content/" + pack.id() + "/" + folder + "/" + id + ".yaml";
    }

    private static Set<Integer> chapters(StoryPack pack) {
        return pack.parts().stream().map(Part::chapters).flatMap(List::stream).map(Chapter::number)
                .collect(Collectors.toSet());
    }

    // What the loader refuses (a missing or unknown source or theme, a story event without its chapters, a chapter
    // the book does not have) is tested on small broken packs in ContentLoaderTest and MalformedPackTest; here are
    // only the rules the loader does not check.

    @TestFactory
    Stream<DynamicTest> everyEventsPromptsQuoteOnlyWhatTheEventQuotes() {
        return PACKS.stream().flatMap(pack -> pack.events().stream().map(event -> DynamicTest.dynamicTest(
                file(pack, "events", event.id()), () -> checkPrompts(event.prompts(), String.join("\n",
                        event.title(), event.text(), event.uncertaintyNote().orElse(""))))));
    }

    /**
     * Prompts quote only what the item they belong to quotes, where it cites its source. (That a prompt is a question
     * is the schema's rule.)
     */
    private static void checkPrompts(List<String> prompts, String cited) {
        for (String quoted : prompts.stream().flatMap(prompt -> RealQuotationsTest.quotations(prompt).stream())
                .toList()) {
            assertTrue(cited.contains(quoted), "has a prompt that quotes \"" + quoted
                    + "\", which the item it belongs to does not quote with a source");
        }
    }

    /** The quotation rule can fail: a prompt may quote its item, in straight or curly marks, and nothing else. */
    @Test
    void aPromptThatQuotesWordsItsItemDoesNotQuoteBreaksTheRule() {
        String cited = "Miss Lucy tells them: \"None of you will go to America.\"";

        checkPrompts(List.of("Why does she say \"None of you will go to America\"?",
                "What does \u201cgo to America\u201d mean here?"), cited);
        assertThrows(AssertionError.class, () -> checkPrompts(List.of("Why \"poor creatures\"?"), cited));
        assertThrows(AssertionError.class, () -> checkPrompts(List.of("Why \u201cpoor creatures\u201d?"), cited));
    }

    /**
     * A track's colour borders its events and marks its name on white, so it needs the contrast WCAG asks of
     * graphics: at least 3:1 against white.
     */
    @TestFactory
    Stream<DynamicTest> everyTrackColourStandsOutOnWhite() {
        return PACKS.stream().flatMap(pack -> pack.tracks().stream().map(track -> DynamicTest.dynamicTest(
                "content/" + pack.id() + "/tracks.yaml " + track.id(), () -> {
                    double contrast = 1.05 / (relativeLuminance(track.color()) + 0.05);
                    assertTrue(contrast >= 3, track.color() + " has a contrast of " + String.format("%.2f", contrast)
                            + ":1 against white; choose a darker colour (at least 3:1)");
                })));
    }

    /** WCAG 2's relative luminance of a #rrggbb colour. */
    private static double relativeLuminance(String color) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            double linear = channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            luminance += weights[i] * linear;
        }
        return luminance;
    }

    @TestFactory
    Stream<DynamicTest> everyRelationshipStatesPromptsQuoteOnlyItsEvidence() {
        return PACKS.stream().flatMap(pack -> pack.relationships().stream().map(relationship -> DynamicTest
                .dynamicTest(file(pack, "relationships", relationship.id()), () -> {
                    for (RelationshipState state : relationship.states()) {
                        List<String> cited = new ArrayList<>(List.of(state.label()));
                        for (Evidence evidence : state.evidence()) {
                            cited.add(Optional.ofNullable(evidence.quote()).orElse(""));
                            cited.add(Optional.ofNullable(evidence.paraphrase()).orElse(""));
                        }
                        checkPrompts(state.prompts(), String.join("\n", cited));
                    }
                })));
    }

    /**
     * The pairs of the Kathy–Ruth–Tommy triangle have a state in every phase until one of the two completes: Ruth's
     * file gives her last phase (lastPhase), so pairs with Ruth end there, as data rather than as an exception here.
     */
    @TestFactory
    Stream<DynamicTest> theKathyRuthTommyTriangleCoversEveryPhaseWhileBothLive() {
        StoryPack pack = novel();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < TRIANGLE.size(); i++) {
            for (int j = i + 1; j < TRIANGLE.size(); j++) {
                String first = TRIANGLE.get(i);
                String second = TRIANGLE.get(j);
                Relationship relationship = between(pack, first, second);
                tests.add(DynamicTest.dynamicTest(file(pack, "relationships", relationship.id()), () -> {
                    List<String> expected = pack.phases().subList(0, lastPhaseOfBoth(pack, relationship) + 1)
                            .stream().map(Phase::id).toList();
                    List<String> covered = pack.phases().stream()
                            .filter(phase -> relationship.states().stream().anyMatch(state ->
                                    index(pack, state.fromPhaseId()) <= phase.index()
                                            && phase.index() <= index(pack, state.toPhaseId())))
                            .map(Phase::id).toList();
                    assertEquals(expected, covered, first + " and " + second + " need a state in every phase "
                            + "until one of them completes");
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The derived-dates rule of phases.yaml: the middle of a story event's date lies within its phase's years, so
     * that no two derived dates contradict each other; backstory (told in the phase, happened before it) starts
     * before the phase instead.
     */
    @TestFactory
    Stream<DynamicTest> everyStoryEventHappensWithinItsPhasesYearsUnlessItIsBackstory() {
        return PACKS.stream().flatMap(pack -> pack.events().stream()
                .filter(event -> event.phase().flatMap(pack::phase).flatMap(Phase::whenKnown).isPresent())
                .map(event -> DynamicTest.dynamicTest(file(pack, "events", event.id()), () -> {
                    Phase phase = pack.phase(event.phaseId()).orElseThrow();
                    FuzzyDate when = phase.whenKnown().orElseThrow();
                    if (event.backstory()) {
                        assertTrue(event.date().earliest().isBefore(when.earliest()), "is backstory, but "
                                + event.date().label() + " does not start before the phase \"" + phase.id()
                                + "\" (" + when.label() + "); it is not backstory, or its phase is wrong");
                    } else {
                        LocalDate middle = middle(event.date());
                        assertFalse(middle.isBefore(when.earliest()) || middle.isAfter(when.latest()),
                                event.date().label() + " falls outside its phase \"" + phase.id() + "\" ("
                                        + when.label() + "); follow the rule in phases.yaml, or mark it backstory");
                    }
                })));
    }

    private static LocalDate middle(FuzzyDate date) {
        return date.earliest().plusDays(ChronoUnit.DAYS.between(date.earliest(), date.latest()) / 2);
    }

    @Test
    void everyChapterOfTheNovelTellsAtLeastOneStoryEvent() {
        StoryPack pack = novel();
        Set<Integer> told = pack.events().stream().flatMap(event -> event.toldInChapter().stream())
                .collect(Collectors.toSet());

        List<Integer> untold = chapters(pack).stream().filter(chapter -> !told.contains(chapter)).sorted().toList();

        assertEquals(List.of(), untold, "chapters that tell no event");
    }

    @Test
    void theNovelHasAtLeastOneHundredAndTenEvents() {
        assertTrue(novel().events().size() >= 110, novel().events().size() + " events");
    }

    /** A theme or motif shows on the timeline through the events that carry it, so each needs at least one. */
    @TestFactory
    Stream<DynamicTest> everyThemeAndMotifIsCarriedByAtLeastOneEvent() {
        return PACKS.stream().flatMap(pack -> pack.work().themes().stream().map(theme -> DynamicTest.dynamicTest(
                file(pack, "themes", theme.id()), () -> assertTrue(pack.events().stream()
                        .anyMatch(event -> event.themeIds().contains(theme.id())), "no event carries it"))));
    }

    @Test
    void theNovelExplainsAtLeastFifteenOfItsOwnWordsAndNamesItsThemesAndMotifs() {
        StoryPack pack = novel();

        assertTrue(pack.glossary().size() >= 15, pack.glossary().size() + " glossary terms");
        assertTrue(pack.work().themes().stream().filter(theme -> theme.kind() == Theme.Kind.THEME).count() >= 7);
        assertTrue(pack.work().themes().stream().filter(theme -> theme.kind() == Theme.Kind.MOTIF).count() >= 5);
    }

    @Test
    void theNovelOffersDiscussionPromptsOnAtLeastTenEventsOrRelationshipChanges() {
        StoryPack pack = novel();
        long events = pack.events().stream().filter(event -> !event.prompts().isEmpty()).count();
        long states = pack.relationships().stream().flatMap(r -> r.states().stream())
                .filter(state -> !state.prompts().isEmpty()).count();

        assertTrue(events + states >= 10, events + " events and " + states + " relationship states have prompts");
    }

    @Test
    void ruthsAndTommysLastPhasesAreThePhasesOfTheEventsInWhichTheyComplete() {
        StoryPack pack = novel();

        assertEquals(pack.event("ruth-completes").flatMap(Event::phase), lastPhase(pack, "ruth"));
        assertEquals(pack.event("tommy-completes").flatMap(Event::phase), lastPhase(pack, "tommy"));
        assertEquals(Optional.empty(), lastPhase(pack, "kathy"));
    }

    private static Optional<String> lastPhase(StoryPack pack, String characterId) {
        return pack.character(characterId).flatMap(StoryCharacter::lastPhase);
    }

    private static StoryPack novel() {
        return PACKS.stream().filter(pack -> pack.id().equals(NOVEL)).findFirst().orElseThrow();
    }

    private static Relationship between(StoryPack pack, String first, String second) {
        return pack.relationships().stream()
                .filter(r -> Set.of(r.firstCharacterId(), r.secondCharacterId()).equals(Set.of(first, second)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("there is no relationship between " + first + " and " + second));
    }

    private static int index(StoryPack pack, String phaseId) {
        return pack.phase(phaseId).orElseThrow().index();
    }

    /** The index of the last phase both characters live through: the earlier of their last phases, or the end. */
    private static int lastPhaseOfBoth(StoryPack pack, Relationship relationship) {
        return Stream.of(relationship.firstCharacterId(), relationship.secondCharacterId())
                .map(id -> pack.character(id).flatMap(StoryCharacter::lastPhase))
                .flatMap(Optional::stream)
                .mapToInt(phase -> index(pack, phase))
                .min()
                .orElse(pack.phases().size() - 1);
    }
}
