package org.storyweb.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.TestLinks;
import org.storyweb.explore.ui.Choices;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.story.Phase;
import org.storyweb.story.Spoilers;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * The spoiler crawl of present mode: at every limit from 1 to 22, what the stage narrates at every phase a teacher
 * can step to and at every tour step names nothing a later chapter first tells, and the narration is always about
 * the phase the graph shows.
 */
class PresentSpoilerCrawlTest {

    private static final StoryPack PACK = Spoilers.PACK;

    static IntStream limits() {
        return IntStream.rangeClosed(1, 22);
    }

    private static String said(Narration narration) {
        return String.join(" ", narration.kicker(), narration.title(), narration.text(),
                String.valueOf(narration.prompt()), String.join(" ", narration.sources()), narration.counter());
    }

    @ParameterizedTest(name = "upto={0}")
    @MethodSource("limits")
    void theStageNarratesNothingPastTheLimit(int limit) {
        Spoilers spoilers = new Spoilers(PACK, limit);
        ViewState base = TestLinks.open(PACK, ViewState.Mode.PRESENT.segment(),
                Map.of("upto", List.of(String.valueOf(limit))));
        for (Phase phase : ExplorerFilter.of(PACK, base).phases()) {
            ViewState view = Choices.phase(PACK, base, phase);
            Narration narration = Narration.of(PACK, view);
            assertThat(narration.kicker()).isEqualTo(ExplorerFilter.of(PACK, view).phase(view).title());
            spoilers.check("present mode during " + phase.title(), said(narration));
        }
        for (Tour tour : PACK.tours()) {
            for (int step = 1; step <= tour.steps().size(); step++) {
                Narration narration = Narration.of(PACK, Choices.tourStep(PACK, base, tour, step));
                spoilers.check("present mode at " + tour.id() + " step " + step, said(narration));
            }
        }
        spoilers.assertNothingLeaked();
    }
}
