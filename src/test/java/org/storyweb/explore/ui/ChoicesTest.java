package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.TestLinks;
import org.storyweb.story.StoryPack;

class ChoicesTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    private static ViewState open(String view, Map<String, String> link) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        link.forEach((name, value) -> parameters.put(name, List.of(value)));
        return TestLinks.open(PACK, view, parameters);
    }

    @Test
    void showingATourStepAnywayKeepsTheTourAndItsStep() {
        ViewState held = open("present", Map.of("upto", "3", "tour", "triangle", "step", "2"));

        ViewState shown = Choices.readUpTo(PACK, held, 9);

        assertThat(org.storyweb.explore.ViewNavigation.location(shown)).isEqualTo(PACK.id() + "/present?upto=9&tour=triangle&step=2");
    }

    @Test
    void readingTheWholeBookLeavesTheLimitOutOfTheLink() {
        ViewState held = open(null, Map.of("upto", "3", "event", "kathy-ruth-friends"));

        assertThat(org.storyweb.explore.ViewNavigation.location(Choices.readUpTo(PACK, held, PACK.lastChapter())))
                .isEqualTo(PACK.id() + "?event=kathy-ruth-friends");
    }
}
