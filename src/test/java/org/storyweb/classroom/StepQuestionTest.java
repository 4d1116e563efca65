package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.TestLinks;
import org.storyweb.story.StoryPack;

/** A class is asked a step's question only within its spoiler limit, the rule its answers are checked against. */
class StepQuestionTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    private static ViewState present(String... link) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        for (int at = 0; at < link.length; at += 2) {
            parameters.put(link[at], List.of(link[at + 1]));
        }
        return TestLinks.open(PACK, "present", parameters);
    }

    @Test
    void aStepPastTheClasssChapterAsksNothing() {
        assertThat(StepQuestion.of(PACK, present("tour", "triangle", "step", "1", "upto", "3"))).isEmpty();
    }

    @Test
    void aClassOnThePhasesAsksNothing() {
        assertThat(StepQuestion.of(PACK, present("upto", "3"))).isEmpty();
        assertThat(StepQuestion.of(PACK, present())).isEmpty();
    }

    @Test
    void theSameStepAsksOnceTheClassHasReadIt() {
        assertThat(StepQuestion.of(PACK, present("tour", "triangle", "step", "1", "upto", "4")))
                .map(StepQuestion::key).contains("triangle/1");
        assertThat(StepQuestion.of(PACK, present("tour", "triangle", "step", "1")))
                .map(question -> question.question().text()).contains("Who is on the outside of the triangle here?");
    }
}
