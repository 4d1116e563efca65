package org.storyweb.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyweb.components.network.Network;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The explorer: the timeline of a pack's events above its relationship graph and a panel of details. Selecting an
 * event highlights its people in the graph; selecting a person highlights their events on the timeline.
 * <p>
 * Everything shown follows from one {@link ExplorerState}; every user action makes a new state and renders it.
 */
@Route(":pack?")
class ExplorerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryPacks packs;

    private final Timeline timeline = new Timeline();
    private final Network network = new Network();
    private final DetailPanel details = new DetailPanel(this::selectCharacter, this::selectEvent);
    private final Select<Phase> phaseSelect = new Select<>();
    private final Div characterButtons = new Div();
    private final H1 title = new H1();
    private final Paragraph notice = new Paragraph();

    private StoryPack pack;
    private StoryGraph graph;
    private ExplorerState state;

    ExplorerView(StoryPacks packs) {
        this.packs = packs;
        addClassName("explorer");

        notice.addClassName("notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        Header header = new Header(title, notice);
        header.addClassName("explorer-header");

        timeline.setId("timeline");
        timeline.setAccessibleLabel("Timeline of events, one row per track");
        timeline.addSelectListener(event -> event.ids().stream().findFirst()
                .ifPresentOrElse(id -> showEvent(id, false), () -> render(state.withNothingSelected())));
        Section timelineSection = new Section(new H2("Timeline"), timeline);
        timelineSection.addClassName("timeline-section");

        network.setId("graph");
        RelationshipNetwork.GROUP_STYLES.forEach(network::setGroupStyle);
        network.addSelectListener(event -> event.nodeId()
                .ifPresentOrElse(this::selectCharacter, () -> render(state.withNothingSelected())));
        phaseSelect.setLabel("Relationships during");
        phaseSelect.setItemLabelGenerator(Phase::title);
        phaseSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                render(state.withPhase(event.getValue().id()));
            }
        });
        characterButtons.addClassName("character-buttons");
        characterButtons.getElement().setAttribute("role", "group");
        characterButtons.getElement().setAttribute("aria-label", "People in the graph");
        Section graphSection = new Section(new H2("Relationships"), phaseSelect, network, characterButtons);
        graphSection.addClassName("graph-section");

        Div lower = new Div(graphSection, details);
        lower.addClassName("explorer-lower");
        add(header, timelineSection, lower);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("pack").orElse(null);
        StoryPack found = requested == null ? packs.defaultPack() : packs.find(requested).orElse(null);
        if (found == null) {
            found = packs.defaultPack();
            showNotice("There is no pack called \u201c" + requested + "\u201d; showing " + found.work().title()
                    + " instead.");
        }
        open(found);
    }

    private void open(StoryPack opened) {
        if (opened == pack) {
            return;
        }
        pack = opened;
        graph = StoryGraph.of(opened);
        title.setText(opened.work().title() + " \u2014 " + opened.work().author());
        timeline.setGroups(EventTimeline.groups(opened));
        timeline.setBackgrounds(EventTimeline.backgrounds(opened));
        timeline.setWindow(EventTimeline.wholeStory(opened));
        network.setNodes(RelationshipNetwork.nodes(graph));
        phaseSelect.setItems(opened.phases());
        characterButtons.removeAll();
        graph.whole().vertexSet().stream()
                .sorted(java.util.Comparator.comparing(StoryCharacter::name))
                .forEach(character -> {
                    Button button = new Button(character.name(), click -> selectCharacter(character.id()));
                    button.getElement().setAttribute("data-character", character.id());
                    characterButtons.add(button);
                });
        render(new ExplorerState(opened.id(), opened.phases().getFirst().id(), null, null));
    }

    private void selectEvent(String eventId) {
        showEvent(eventId, true);
    }

    /** {@code reveal}: scroll the timeline to the event, when it was chosen somewhere else than on the timeline. */
    private void showEvent(String eventId, boolean reveal) {
        Event event = pack.event(eventId).orElse(null);
        if (event == null) {
            return;
        }
        ExplorerState next = state.withEvent(eventId);
        // A story event moves the graph to the phase it happens in, so the graph shows the people as they were then.
        render(event.phase().map(next::withPhase).orElse(next));
        if (reveal) {
            timeline.focusItem(eventId);
        }
    }

    private void selectCharacter(String characterId) {
        if (pack.character(characterId).isPresent()) {
            render(state.withCharacter(characterId));
        }
    }

    private void render(ExplorerState next) {
        ExplorerState previous = state;
        state = next;
        Phase phase = pack.phase(next.phaseId()).orElse(pack.phases().getFirst());
        if (previous == null || !previous.phaseId().equals(next.phaseId())) {
            network.setEdges(RelationshipNetwork.edges(graph, phase));
            phaseSelect.setValue(phase);
        }

        Set<String> highlightedPeople = Set.of();
        Set<String> relatedEvents = Set.of();
        List<String> selectedItems = List.of();
        if (next.selectedEvent().isPresent()) {
            Event event = pack.event(next.eventId()).orElseThrow();
            details.showEvent(pack, event);
            highlightedPeople = Set.copyOf(event.characterIds());
            selectedItems = List.of(event.id());
        } else if (next.selectedCharacter().isPresent()) {
            StoryCharacter character = pack.character(next.characterId()).orElseThrow();
            details.showCharacter(pack, character);
            highlightedPeople = Set.of(character.id());
            relatedEvents = pack.eventsOf(character.id()).stream().map(Event::id).collect(Collectors.toSet());
        } else {
            details.showIntroduction(pack);
        }
        timeline.setItems(EventTimeline.items(pack, relatedEvents));
        timeline.setSelection(selectedItems);
        network.setHighlighted(highlightedPeople);
        network.setSelectedNode(next.characterId());
        network.setAccessibleLabel(graphSummary(phase));
        characterButtons.getChildren().forEach(child -> child.getElement().setAttribute("aria-pressed",
                String.valueOf(child.getElement().getAttribute("data-character").equals(next.characterId()))));
    }

    private String graphSummary(Phase phase) {
        long ties = graph.atPhase(phase).edgeSet().size();
        return "Relationship graph during " + phase.title() + ": " + graph.whole().vertexSet().size()
                + " people and " + ties + " relationships.";
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return pack == null ? "Storyweb" : pack.work().title() + " \u2014 Storyweb";
    }

    // For tests and for the permalink work to come: the state this view shows.
    ExplorerState state() {
        return state;
    }

}
