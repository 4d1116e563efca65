package org.storyweb.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.storyweb.components.network.Network;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Phase;

/** Present mode's stage, without a browser: the narration and the graph show one phase. */
@SpringBootTest
class PresentViewTest extends SpringBrowserlessTest {

    @Autowired
    StoryPacks packs;

    @Test
    void aLinkToAPhasePastTheClasssChapterNarratesThePhaseTheGraphShows() {
        // The class has read to chapter 3; the cottages begin in chapter 10.
        UI.getCurrent().navigate("never-let-me-go/present", QueryParameters.fromString("upto=3&phase=cottages"));
        Phase shown = packs.find("never-let-me-go").orElseThrow().phases().getFirst();

        assertThat(find(Network.class).single().getAccessibleLabel())
                .startsWith("Relationship graph during " + shown.title() + ":");
        assertThat(find(Paragraph.class).withClassName("present-kicker").single().getText())
                .isEqualTo(shown.title());
        assertThat(find(Span.class).withId("present-step").single().getText())
                .isEqualTo("Phase 1 of 7, read to chapter 3");
    }
}
