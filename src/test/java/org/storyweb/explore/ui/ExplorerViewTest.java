package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.storyweb.components.network.Network;
import org.storyweb.components.network.NetworkSelectEvent;
import org.storyweb.components.timeline.ItemSelectEvent;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.node.ArrayNode;

@SpringBootTest
class ExplorerViewTest extends SpringBrowserlessTest {

    @Autowired
    StoryPacks packs;

    private StoryPack pack;
    private Timeline timeline;
    private Network network;

    @BeforeEach
    void open() {
        pack = packs.find("never-let-me-go").orElseThrow();
        navigate("never-let-me-go", ExplorerView.class);
        timeline = find(Timeline.class).single();
        network = find(Network.class).single();
    }

    private void clickItem(String id) {
        ArrayNode ids = JacksonUtils.createArrayNode();
        ids.add(id);
        ComponentUtil.fireEvent(timeline, new ItemSelectEvent(timeline, true, ids));
    }

    private void clickNode(String id) {
        ComponentUtil.fireEvent(network, new NetworkSelectEvent(network, true, id, null));
    }

    /** Opens a link as a browser would; the browserless navigate() takes no query string. */
    private void open(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    private ExplorerView view() {
        return (ExplorerView) getCurrentView();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private org.jsoup.nodes.Document details() {
        return org.jsoup.Jsoup.parse(find(DetailPanel.class).single().html());
    }

    private String detailTitle() {
        return details().getElementById("detail-title").text();
    }

    /** A click on a button in the detail panel, as the browser reports it. */
    private void clickInDetails(String buttonText) {
        String choice = details().select("button[data-choose]").stream()
                .filter(button -> button.text().equals(buttonText)).findFirst().orElseThrow().attr("data-choose");
        com.vaadin.flow.dom.Element panel = find(DetailPanel.class).single().getElement();
        tools.jackson.databind.node.ObjectNode data = JacksonUtils.createObjectNode()
                .put("event.target.closest('[data-choose]')?.dataset.choose ?? null", choice);
        panel.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(panel, "click", data));
    }

    @Test
    void opensWithEveryEventOnItsTrackAndEveryTieOfTheFirstPhase() {
        assertThat(timeline.getGroups()).extracting(g -> g.id())
                .containsExactlyElementsOf(pack.tracks().stream().map(t -> t.id()).toList());
        assertThat(timeline.getItems()).extracting(TimelineItem::id)
                .containsExactlyInAnyOrderElementsOf(pack.events().stream().map(Event::id).toList());
        assertThat(timeline.getItems()).allSatisfy(item ->
                assertThat(item.groupId()).isEqualTo(pack.event(item.id()).orElseThrow().trackId()));
        assertThat(network.getNodes()).extracting(n -> n.id()).contains("kathy", "ruth", "tommy");
        assertThat(network.getEdges()).isNotEmpty();
        assertThat(view().shownState().position().phase()).isEmpty();
        assertThat(find(com.vaadin.flow.component.select.Select.class).withId("phase-select").single().getValue())
                .isEqualTo(pack.phases().getFirst());
    }

    @Test
    void aPointInTimeIsAPointAndAnApproximateDateIsASpan() {
        TimelineItem nobel = item("nobel-prize");
        TimelineItem conception = item("conception");

        assertThat(nobel.endKnown()).isEmpty();
        assertThat(conception.endKnown()).isPresent();
        assertThat(conception.end()).isAfter(conception.start());
    }

    @Test
    void eachRowTakesItsTracksColourAndEachEventShowsItsDateAsWritten() {
        assertThat(timeline.getGroups()).extracting(g -> g.color())
                .containsExactlyElementsOf(pack.tracks().stream().map(t -> t.color()).toList());
        assertThat(timeline.getItems()).allSatisfy(item ->
                assertThat(item.caption()).isEqualTo(pack.event(item.id()).orElseThrow().date().label()));
    }

    private TimelineItem item(String id) {
        return timeline.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGlossaryWordInAnEventsTextLinksToItsDefinitionInThePanel() {
        Event event = pack.event("kathy-becomes-ruths-carer").orElseThrow();

        clickItem(event.id());

        org.jsoup.nodes.Element link = details().selectFirst("button.glossary-term[data-choose=term:carer]");
        assertThat(link).isNotNull();
        assertThat(details().getElementById(link.attr("aria-controls")).text()).isEqualTo("carer");
        assertThat(details().select("p").eachText()).contains(event.text());
        String location = location();
        clickInDetails(link.text());
        assertThat(location()).isEqualTo(location);
    }

    @Test
    void selectingAnEventShowsItsDetailsAndHighlightsItsPeople() {
        Event event = pack.event("visit-to-madame").orElseThrow();

        clickItem(event.id());

        assertThat(detailTitle()).isEqualTo(event.title());
        assertThat(details().select("p").eachText()).contains(event.text());
        assertThat(network.getHighlighted()).containsExactlyInAnyOrderElementsOf(event.characterIds());
        assertThat(timeline.getSelection()).containsExactly(event.id());
        assertThat(view().shownState().position().phaseId()).isEqualTo(event.phaseId());
    }

    @Test
    void selectingAPersonHighlightsTheirEventsOnly() {
        clickNode("ruth");

        assertThat(detailTitle()).isEqualTo("Ruth");
        List<String> related = timeline.getItems().stream()
                .filter(item -> item.className().contains(EventTimeline.RELATED_CLASS))
                .map(TimelineItem::id).toList();
        assertThat(related).containsExactlyInAnyOrderElementsOf(
                pack.eventsOf("ruth").stream().map(Event::id).toList());
        assertThat(network.getHighlighted()).containsExactly("ruth");
        assertThat(timeline.getSelection()).isEmpty();
    }

    @Test
    void aPersonNamedInTheEventPanelCanBeOpened() {
        clickItem("stranded-boat");

        clickInDetails("Tommy D.");

        assertThat(detailTitle()).isEqualTo("Tommy D.");
        assertThat(view().shownState().selectedCharacter()).contains("tommy");
    }

    @Test
    void anUnknownPackOpensTheDefaultPackWithANotice() {
        navigate("no-such-novel", ExplorerView.class);

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("no-such-novel").contains("Never Let Me Go"));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneSatisfy(text -> assertThat(text).contains("Exception"));
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Never Let Me Go");
    }

    @Test
    void everyChoiceBecomesTheLinkOfTheView() {
        clickItem("visit-to-madame");
        assertThat(location()).contains("event=visit-to-madame").contains("phase=caring-for-tommy");

        clickNode("ruth");
        assertThat(location()).contains("character=ruth").doesNotContain("event=");
        assertThat(view().shownState().selectedCharacter()).contains("ruth");
    }

    @Test
    void aLinkOpensTheViewItDescribes() {
        open("never-let-me-go?character=tommy&phase=cottages&upto=12&tracks=novel,science");

        assertThat(detailTitle()).isEqualTo("Tommy D.");
        assertThat(view().shownState().position().phase()).contains("cottages");
        assertThat(timeline.getGroups()).extracting(g -> g.id()).containsExactly("novel", "science");
        assertThat(timeline.getItems()).allSatisfy(item -> {
            Event event = pack.event(item.id()).orElseThrow();
            assertThat(event.trackId()).isIn("novel", "science");
            event.revealPoint().ifPresent(chapter -> assertThat(chapter).isLessThanOrEqualTo(12));
        });
        assertThat(network.getHighlighted()).containsExactly("tommy");
    }

    @Test
    void aSpoilerLimitHidesLaterPhasesAndEvents() {
        open("never-let-me-go?upto=9");

        assertThat(find(com.vaadin.flow.component.select.Select.class).withId("phase-select").single()
                .getListDataView().getItems().map(phase -> ((org.storyweb.story.Phase) phase).id()).toList())
                .containsExactly("hailsham-childhood", "hailsham-adolescence");
        assertThat(timeline.getItems()).extracting(TimelineItem::id).doesNotContain("tommy-completes", "ruth-completes");
    }

    @Test
    void theGraphsAccessibleLabelCountsOnlyThePeopleAndTiesTheSpoilerLimitShows() {
        open("never-let-me-go?upto=3");
        org.storyweb.relations.StoryGraph graph = org.storyweb.relations.StoryGraph.of(pack);
        org.storyweb.story.Phase first = pack.phases().getFirst();

        assertThat(network.getAccessibleLabel()).isEqualTo("Relationship graph during " + first.title() + ": "
                + network.getNodes().size() + " people and " + network.getEdges().size() + " relationships.");
        // At chapter 3 the limit hides some of the phase's people and ties, so counting them would differ.
        assertThat(network.getNodes()).hasSizeLessThan(graph.whole().vertexSet().size());
        assertThat(network.getEdges()).hasSizeLessThan(graph.atPhase(first).edgeSet().size());
    }

    @Test
    void aRelationshipSelectsItsEdgeAtTheShownPhaseOnly() {
        String atCottages = org.storyweb.relations.StoryGraph.of(pack).history("kathy-ruth").stream()
                .filter(edge -> edge.holdsDuring(pack.phase("cottages").orElseThrow()))
                .findFirst().orElseThrow().id();

        open("never-let-me-go?relationship=kathy-ruth&phase=cottages");
        assertThat(network.getSelectedEdge()).contains(atCottages);
        assertThat(network.getEdges()).extracting(edge -> edge.id()).contains(atCottages);

        // Ruth has completed by then: there is no edge to select.
        open("never-let-me-go?relationship=kathy-ruth&phase=caring-for-tommy");
        assertThat(network.getSelectedEdge()).isEmpty();

        clickNode("tommy");
        assertThat(network.getSelectedEdge()).isEmpty();
        assertThat(network.getSelectedNode()).contains("tommy");
    }

    @Test
    void theGraphsKeyNamesTheGroupsOfItsPeople() {
        String key = org.jsoup.Jsoup.parse(find(com.vaadin.flow.component.Html.class).all().stream()
                .map(com.vaadin.flow.component.Html::getInnerHtml).filter(html -> html.contains("Kinds of relationship"))
                .findFirst().orElseThrow()).text();

        assertThat(key).contains("Students", "Guardians", "Veterans", "Friendship").doesNotContain("Real people");
    }
}
