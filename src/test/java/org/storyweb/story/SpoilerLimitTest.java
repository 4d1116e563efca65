package org.storyweb.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.StoryGraph;

/** The pack as a reader up to a chapter knows it, which the data downloads give: nothing from later chapters. */
class SpoilerLimitTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    @Test
    void aLimitedPackHoldsOnlyTheEventsAndPhasesAReaderHasReached() {
        SpoilerLimit limit = new SpoilerLimit(9);
        StoryPack read = limit.applyTo(PACK);

        assertThat(read.events()).isNotEmpty().allSatisfy(event -> assertThat(event.isRevealedBy(9)).isTrue());
        assertThat(read.events()).hasSize((int) PACK.events().stream().filter(e -> e.isRevealedBy(9)).count());
        assertThat(read.event("tommy-completes")).isEmpty();
        assertThat(read.phases()).isNotEmpty().allSatisfy(phase -> assertThat(phase.firstChapter()).isLessThanOrEqualTo(9));
        assertThat(read.parts().stream().flatMap(part -> part.chapters().stream()))
                .allSatisfy(chapter -> assertThat(chapter.number()).isLessThanOrEqualTo(9));
        assertThat(read.glossary()).allSatisfy(term -> assertThat(term.firstChapter()).isLessThanOrEqualTo(9));
    }

    @Test
    void relationshipStatesEndAtTheLastReachedPhaseAndTheGraphStillBuilds() {
        StoryPack read = new SpoilerLimit(9).applyTo(PACK);
        int lastReached = read.phases().getLast().index();

        assertThat(read.relationships()).isNotEmpty().allSatisfy(relationship ->
                assertThat(relationship.states()).isNotEmpty().allSatisfy(state -> {
                    assertThat(read.phase(state.fromPhaseId())).isPresent();
                    assertThat(read.phase(state.toPhaseId()).orElseThrow().index()).isLessThanOrEqualTo(lastReached);
                }));
        assertThat(StoryGraph.of(read).whole().edgeSet()).isNotEmpty();
    }

    @Test
    void theViewAndTheDownloadsShowTheSameRelationshipStates() {
        SpoilerLimit limit = new SpoilerLimit(5);
        long shownInTheView = PACK.relationships().stream().flatMap(r -> r.states().stream())
                .filter(state -> limit.shows(PACK, state)).count();

        assertThat(limit.applyTo(PACK).relationships().stream().mapToLong(r -> r.states().size()).sum())
                .isEqualTo(shownInTheView);
    }

    @Test
    void aLimitIsAChapterFromOne() {
        assertThatThrownBy(() -> new SpoilerLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
