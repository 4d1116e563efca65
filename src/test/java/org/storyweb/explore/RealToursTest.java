package org.storyweb.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/** Every step of every real tour opens as a link, exactly as it says, with nothing left out. */
class RealToursTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    static Stream<String> steps() {
        return PACK.tours().stream().flatMap(tour -> java.util.stream.IntStream.rangeClosed(1, tour.steps().size())
                .mapToObj(step -> tour.id() + "/" + step));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyStepOpensAsALink(String tourStep) {
        String[] parts = tourStep.split("/");
        Tour tour = PACK.tour(parts[0]).orElseThrow();
        int step = Integer.parseInt(parts[1]);

        LinkReader.Reading reading = ViewStateCodec.read(PACK.id(), "present",
                Map.of("tour", List.of(tour.id()), "step", List.of(parts[1])), id -> Optional.of(PACK), PACK);

        assertThat(reading.notices()).isEmpty();
        assertThat(ViewStateCodec.toLocation(reading.state()))
                .isEqualTo(PACK.id() + "/present?tour=" + tour.id() + "&step=" + step);
        Map<String, String> view = tour.steps().get(step - 1).view();
        if (view.containsKey("event")) {
            assertThat(reading.state().selectedEvent()).contains(view.get("event"));
        }
        if (view.containsKey("phase")) {
            assertThat(reading.state().position().phase()).contains(view.get("phase"));
        }
    }

    @org.junit.jupiter.api.Test
    void thePackHasTheThreeToursTeachersAskedFor() {
        assertThat(PACK.tours()).extracting(Tour::id).contains("real-world", "triangle", "memory");
        // The triangle tour walks through every phase of the story.
        assertThat(PACK.tour("triangle").orElseThrow().steps().stream().map(step -> step.view().get("phase"))
                .distinct()).containsExactlyElementsOf(PACK.phases().stream().map(p -> p.id()).toList());
    }
}
