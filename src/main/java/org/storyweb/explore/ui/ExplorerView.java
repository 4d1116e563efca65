package org.storyweb.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyweb.components.network.Network;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Window;
import org.storyweb.explore.ViewStateCodec;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Track;

/**
 * The explorer: the timeline of a pack's events above its relationship graph and a panel of details. Selecting an
 * event highlights its people in the graph; selecting a person highlights their events on the timeline.
 * <p>
 * The address is the view: everything shown follows from one {@link ViewState}, read from the link on every
 * navigation. A choice the user makes navigates to the link of the new state (a new history entry, so Back and
 * Forward walk through views); panning or zooming the timeline only replaces the current entry.
 */
@Route(":pack?")
class ExplorerView extends Main implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String ALL_CHAPTERS = "All chapters";
    static final String MOMENT_MARKER = "story-moment";

    private final StoryPacks packs;
    private final PackDrawings drawings;

    private final Timeline timeline = new Timeline();
    private final Network network = new Network();
    private final DetailPanel details = new DetailPanel(this::selectCharacter, this::selectEvent);
    private final Select<Phase> phaseSelect = new Select<>();
    private final CheckboxGroup<Track> trackFilter = new CheckboxGroup<>();
    private final CheckboxGroup<Theme> themeFilter = new CheckboxGroup<>();
    private final Select<String> spoilerSelect = new Select<>();
    // Folded by default, so that on a phone the timeline is on the first screen; the summary says what is filtered.
    private final Details filterDetails = new Details();
    private final Button presentButton = new Button();
    private final Button shareButton = new Button("Share");
    private final Button previousPhase = new Button("Previous phase");
    private final Button nextPhase = new Button("Next phase");
    private final RadioButtonGroup<Order> orderChoice = new RadioButtonGroup<>();
    private final Paragraph orderNote = new Paragraph(
            "In the order of telling, each event of the story stands at the chapter that tells it; events of the "
                    + "real world, which no chapter tells, are left out.");
    private final AnalysisPanel analysis = new AnalysisPanel();
    private final AnachronyChart anachrony = new AnachronyChart(this::selectEvent);
    private final GraphKey graphKey = new GraphKey();
    private final Div characterButtons = new Div();
    private final H1 title = new H1();
    private final Div notices = new Div();

    private StoryPack pack;
    private PackDrawings.Drawing drawing;
    // Set while rendering a choice made on the timeline itself, which must not scroll away under the pointer.
    private boolean chosenOnTimeline;
    private StoryGraph graph;
    private ViewState state;

    ExplorerView(StoryPacks packs, PackDrawings drawings) {
        this.packs = packs;
        this.drawings = drawings;
        addClassName("explorer");

        notices.addClassName("notices");
        notices.getElement().setAttribute("role", "status");
        presentButton.addClickListener(click -> go(state.withMode(
                state.mode() == Mode.PRESENT ? Mode.EXPLORE : Mode.PRESENT)));
        presentButton.setId("present-button");
        shareButton.setId("share-button");
        shareButton.addClickListener(click -> new ShareDialog(pack, state).open());
        Div actions = new Div(presentButton, shareButton);
        actions.addClassName("explorer-actions");
        Header header = new Header(title, actions);
        header.addClassName("explorer-header");

        trackFilter.setLabel("Tracks");
        trackFilter.setId("track-filter");
        trackFilter.setItemLabelGenerator(Track::title);
        trackFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Set<String> chosen = event.getValue().stream().map(Track::id).collect(Collectors.toSet());
                go(state.withTracks(chosen.size() == pack.tracks().size() ? Set.of() : chosen));
            }
        });
        themeFilter.setLabel("Themes");
        themeFilter.setId("theme-filter");
        themeFilter.setItemLabelGenerator(Theme::title);
        themeFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                go(state.withThemes(event.getValue().stream().map(Theme::id).collect(Collectors.toSet())));
            }
        });
        spoilerSelect.setLabel("Read up to");
        spoilerSelect.setId("spoiler-limit");
        spoilerSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go(state.withSpoilerLimit(event.getValue().equals(ALL_CHAPTERS) ? null
                        : Integer.valueOf(event.getValue().replace("Chapter ", ""))));
            }
        });
        orderChoice.setLabel("Order");
        orderChoice.setId("order-choice");
        orderChoice.setItems(Order.CHRONOLOGICAL, Order.TELLING);
        orderChoice.setItemLabelGenerator(order -> order == Order.TELLING ? "Order of telling (chapters)"
                : "Order of events (dates)");
        orderChoice.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go(state.withOrder(event.getValue()).withWindow(null));
            }
        });
        orderNote.addClassName("order-note");
        Div filterFields = new Div(trackFilter, themeFilter, spoilerSelect);
        filterFields.addClassName("filter-fields");
        filterDetails.add(filterFields);
        filterDetails.setId("filters");
        Div filters = new Div(orderChoice, filterDetails);
        filters.addClassName("explorer-filters");

        timeline.setId("timeline");
        timeline.setAccessibleLabel("Timeline of events, one row per track");
        timeline.addSelectListener(event -> {
            chosenOnTimeline = true;
            try {
                event.ids().stream().findFirst().ifPresentOrElse(
                        id -> go(withEvent(id)), () -> go(state.withSelection(ViewState.NOTHING)));
            } finally {
                chosenOnTimeline = false;
            }
        });
        timeline.addWindowChangeListener(event -> {
            if (event.isByUser()) {
                keepWindow(event.window());
            }
        });
        timeline.addMarkerMoveListener(event -> {
            if (event.markerId().equals(MOMENT_MARKER)) {
                moveMomentTo(event.time());
            }
        });
        Section timelineSection = new Section(new H2("Timeline"), filters, orderNote, timeline);
        timelineSection.addClassName("timeline-section");

        network.setId("graph");
        network.addSelectListener(event -> {
            if (event.nodeId().isPresent()) {
                selectCharacter(event.nodeId().get());
            } else if (event.edgeId().isPresent()) {
                graph.whole().edgeSet().stream().filter(edge -> edge.id().equals(event.edgeId().get())).findFirst()
                        .ifPresent(edge -> go(state.withSelection(
                                new RelationshipSelection(edge.relationship().id()))));
            } else {
                go(state.withSelection(ViewState.NOTHING));
            }
        });
        phaseSelect.setLabel("Relationships during");
        phaseSelect.setId("phase-select");
        phaseSelect.setItemLabelGenerator(Phase::title);
        phaseSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go(state.withPhase(phaseParameter(event.getValue())));
            }
        });
        previousPhase.setId("previous-phase");
        nextPhase.setId("next-phase");
        previousPhase.addClickListener(click -> stepPhase(-1));
        nextPhase.addClickListener(click -> stepPhase(1));
        Div phaseControls = new Div(phaseSelect, previousPhase, nextPhase);
        phaseControls.addClassName("phase-controls");
        characterButtons.addClassName("character-buttons");
        characterButtons.getElement().setAttribute("role", "group");
        characterButtons.getElement().setAttribute("aria-label", "People in the graph");
        Section graphSection = new Section(new H2("Relationships"), phaseControls, network, graphKey,
                characterButtons, analysis);
        graphSection.addClassName("graph-section");

        Div lower = new Div(graphSection, details);
        lower.addClassName("explorer-lower");
        add(header, notices, timelineSection, lower, anachrony);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ViewStateCodec.Reading reading = ViewStateCodec.read(event.getRouteParameters().get("pack").orElse(null),
                event.getLocation().getQueryParameters().getParameters(), packs::find, packs.defaultPack());
        notices.removeAll();
        reading.notices().forEach(text -> notices.add(new Paragraph(text)));
        render(reading.state());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The address always shows the canonical link of what is on screen, also after a stale or bad link.
        showLink();
    }

    // The router writes the address too, with its parameters in no fixed order; this runs after it in the browser.
    private void showLink() {
        UI ui = UI.getCurrent();
        ui.beforeClientResponse(this, context -> ui.getPage().executeJs(
                "const link = $0; setTimeout(() => history.replaceState(history.state, '', link))",
                ViewStateCodec.toLocation(state)));
    }

    /** Moves to another view: a new history entry, and a render through {@link #beforeEnter}. */
    private void go(ViewState next) {
        if (next.equals(state)) {
            return;
        }
        UI.getCurrent().navigate(next.packId(), QueryParameters.full(
                ViewStateCodec.toParameters(next).entrySet().stream().collect(Collectors.toMap(
                        java.util.Map.Entry::getKey, entry -> new String[] {entry.getValue()}))));
    }

    // Panning and zooming are continuous: the link follows without a history entry per step.
    private void keepWindow(TimeWindow window) {
        if (state.order() == Order.TELLING) {
            return;
        }
        LocalDate from = LocalDate.ofInstant(window.start(), ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(window.end(), ZoneOffset.UTC);
        if (to.isAfter(from)) {
            state = state.withWindow(new Window(from, to));
            showLink();
        }
    }

    private void stepPhase(int step) {
        List<Phase> phases = new ExplorerFilter(pack, state).phases();
        int next = phases.indexOf(phaseSelect.getValue()) + step;
        if (next >= 0 && next < phases.size()) {
            go(state.withPhase(phaseParameter(phases.get(next))));
        }
    }

    // The story-moment marker snaps to the phase whose moment is nearest to where it was dropped.
    private void moveMomentTo(java.time.Instant time) {
        List<Phase> reachable = new ExplorerFilter(pack, state).phases();
        drawing.phaseMoments().entrySet().stream()
                .filter(entry -> reachable.contains(entry.getKey()))
                .min(Comparator.comparing(entry -> java.time.Duration.between(entry.getValue(), time).abs()))
                .ifPresent(entry -> {
                    ViewState next = state.withPhase(phaseParameter(entry.getKey()));
                    if (next.equals(state)) {
                        // Dropped near its own phase: put it back where it belongs.
                        timeline.setMarker(new Timeline.TimeMarker(MOMENT_MARKER, entry.getValue(),
                                "Graph: " + entry.getKey().title(), true));
                    }
                    go(next);
                });
    }

    private void selectEvent(String eventId) {
        go(withEvent(eventId));
    }

    private ViewState withEvent(String eventId) {
        ViewState next = state.withSelection(new EventSelection(eventId));
        // A story event moves the graph to the phase it happens in, so the graph shows the people as they were then.
        return pack.event(eventId).flatMap(Event::phase).flatMap(pack::phase)
                .map(phase -> next.withPhase(phaseParameter(phase))).orElse(next);
    }

    private void selectCharacter(String characterId) {
        go(state.withSelection(new CharacterSelection(characterId)));
    }

    // The first phase is the default and is left out of links.
    private String phaseParameter(Phase phase) {
        return phase.index() == pack.phases().getFirst().index() ? null : phase.id();
    }

    private void open(StoryPack opened) {
        pack = opened;
        drawing = drawings.of(opened);
        graph = drawing.graph();
        title.setText(opened.work().title() + " \u2014 " + opened.work().author());
        network.setNodes(drawing.nodes());
        network.setGroupStyles(RelationshipNetwork.groupStyles(opened));
        graphKey.show(graph);
        trackFilter.setItems(opened.tracks());
        themeFilter.setItems(opened.work().themes());
        themeFilter.setVisible(!opened.work().themes().isEmpty());
        spoilerSelect.setItems(spoilerChoices(opened));
        characterButtons.removeAll();
        graph.whole().vertexSet().stream()
                .sorted(Comparator.comparing(StoryCharacter::name))
                .forEach(character -> {
                    Button button = new Button(character.name(), click -> selectCharacter(character.id()));
                    button.getElement().setAttribute("data-character", character.id());
                    characterButtons.add(button);
                });
    }

    private static List<String> spoilerChoices(StoryPack pack) {
        List<String> choices = new java.util.ArrayList<>(List.of(ALL_CHAPTERS));
        pack.parts().stream().flatMap(part -> part.chapters().stream())
                .forEach(chapter -> choices.add("Chapter " + chapter.number()));
        return choices;
    }

    private void render(ViewState next) {
        ViewState previous = state;
        if (pack == null || !pack.id().equals(next.packId())) {
            open(packs.find(next.packId()).orElseThrow());
            previous = null;
        }
        state = next;
        ExplorerFilter filter = new ExplorerFilter(pack, next);

        List<Phase> phases = filter.phases();
        Phase phase = pack.phase(next.phase().orElse(pack.phases().getFirst().id()))
                .filter(phases::contains).orElse(phases.getFirst());
        phaseSelect.setItems(phases);
        phaseSelect.setValue(phase);
        int position = phases.indexOf(phase);
        previousPhase.setEnabled(position > 0);
        nextPhase.setEnabled(position < phases.size() - 1);
        network.setEdges(RelationshipNetwork.edges(graph, phase, filter::shows));
        network.setAccessibleLabel(graphSummary(phase));
        analysis.show(graph, phase, position > 0 ? java.util.Optional.of(phases.get(position - 1))
                : java.util.Optional.empty(), next.spoilerLimitKnown());

        trackFilter.setValue(Set.copyOf(filter.tracks()));
        themeFilter.setValue(pack.work().themes().stream().filter(t -> next.themes().contains(t.id()))
                .collect(Collectors.toSet()));
        spoilerSelect.setValue(next.spoilerLimitKnown().map(limit -> "Chapter " + limit).orElse(ALL_CHAPTERS));
        orderChoice.setValue(next.order());
        filterDetails.setSummaryText(filterSummary(filter, next));
        boolean telling = next.order() == Order.TELLING;
        orderNote.setVisible(telling);
        trackFilter.setEnabled(!telling);
        presentButton.setText(next.mode() == Mode.PRESENT ? "Leave presentation" : "Present");
        setClassName("mode-present", next.mode() == Mode.PRESENT);
        setClassName("mode-embed", next.mode() == Mode.EMBED);

        Set<String> highlightedPeople = Set.of();
        Set<String> relatedEvents = Set.of();
        List<String> selectedItems = List.of();
        network.setSelectedNode(next.selectedCharacter().orElse(null));
        switch (next.selection()) {
            case EventSelection selected -> {
                Event event = pack.event(selected.eventId()).orElseThrow();
                details.showEvent(pack, event);
                highlightedPeople = Set.copyOf(event.characterIds());
                selectedItems = List.of(event.id());
            }
            case CharacterSelection selected -> {
                StoryCharacter character = pack.character(selected.characterId()).orElseThrow();
                details.showCharacter(pack, character, filter.events());
                highlightedPeople = Set.of(character.id());
                relatedEvents = pack.eventsOf(character.id()).stream().map(Event::id).collect(Collectors.toSet());
            }
            case RelationshipSelection selected -> {
                var relationship = pack.relationship(selected.relationshipId()).orElseThrow();
                details.showRelationship(pack, relationship, filter);
                network.setSelectedEdge(RelationshipNetwork.edgeOf(graph, phase, relationship.id(), filter::shows)
                        .orElse(null));
                highlightedPeople = Set.of(relationship.firstCharacterId(), relationship.secondCharacterId());
                // The events the two share are the ones that shaped the relationship.
                relatedEvents = pack.events().stream()
                        .filter(event -> event.involves(relationship.firstCharacterId())
                                && event.involves(relationship.secondCharacterId()))
                        .map(Event::id).collect(Collectors.toSet());
            }
            case ViewState.NoSelection none -> details.showIntroduction(pack);
        }
        boolean orderChanged = previous == null || previous.order() != next.order();
        if (telling) {
            List<Event> told = filter.events().stream().filter(event -> event.toldInChapter().isPresent()).toList();
            timeline.setSequenceAxis("Ch.");
            timeline.setGroups(EventTimeline.groups(filter.tracks().stream()
                    .filter(track -> told.stream().anyMatch(event -> event.trackId().equals(track.id()))).toList()));
            timeline.setItems(EventTimeline.tellingItems(told, relatedEvents));
            timeline.setBackgrounds(EventTimeline.partBackgrounds(pack));
            timeline.removeMarker(MOMENT_MARKER);
        } else {
            timeline.setSequenceAxis(null);
            timeline.setGroups(EventTimeline.groups(filter.tracks()));
            timeline.setItems(EventTimeline.items(filter.events(), relatedEvents));
            timeline.setBackgrounds(EventTimeline.backgrounds(pack));
            java.util.Optional.ofNullable(drawing.phaseMoments().get(phase)).ifPresent(moment ->
                    timeline.setMarker(new Timeline.TimeMarker(MOMENT_MARKER, moment,
                            "Graph: " + phase.title(), true)));
        }
        timeline.setSelection(selectedItems);
        anachrony.show(pack, filter.events(), next.selectedEvent().orElse(null));
        // The window belongs to the order of events; the chapter axis always opens on the whole book.
        TimeWindow window = telling ? EventTimeline.wholeBook(pack) : next.windowKnown()
                .map(w -> new TimeWindow(EventTimeline.startOf(w.from()), EventTimeline.endOf(w.to())))
                .orElseGet(() -> EventTimeline.wholeStory(pack));
        if (orderChanged || !next.windowKnown().equals(previous.windowKnown())) {
            timeline.setWindow(window);
        }
        if (!telling && !chosenOnTimeline && next.selectedEvent().isPresent() && next.windowKnown().isEmpty()) {
            timeline.focusItem(next.selectedEvent().get());
        }
        network.setHighlighted(highlightedPeople);
        characterButtons.getChildren().forEach(child -> child.getElement().setAttribute("aria-pressed",
                String.valueOf(child.getElement().getAttribute("data-character")
                        .equals(next.selectedCharacter().orElse(null)))));
    }

    private String filterSummary(ExplorerFilter filter, ViewState shown) {
        String tracks = shown.tracks().isEmpty() ? "all tracks" : filter.tracks().size() + " of "
                + pack.tracks().size() + " tracks";
        String themes = shown.themes().isEmpty() ? "any theme" : shown.themes().size() == 1 ? "1 theme"
                : shown.themes().size() + " themes";
        String chapters = shown.spoilerLimitKnown().map(limit -> "up to chapter " + limit).orElse("the whole book");
        return "Filters: " + tracks + ", " + themes + ", " + chapters;
    }

    private String graphSummary(Phase phase) {
        long ties = graph.atPhase(phase).edgeSet().size();
        return "Relationship graph during " + phase.title() + ": " + graph.whole().vertexSet().size()
                + " people and " + ties + " relationships.";
    }

    @Override
    public String getPageTitle() {
        if (pack == null) {
            return "Storyweb";
        }
        String selected = switch (state.selection()) {
            case EventSelection event -> pack.event(event.eventId()).map(Event::title).orElse(null);
            case CharacterSelection character -> pack.character(character.characterId())
                    .map(StoryCharacter::name).orElse(null);
            case RelationshipSelection relationship -> relationship.relationshipId();
            case ViewState.NoSelection none -> null;
        };
        return (selected == null ? "" : selected + " \u2014 ") + pack.work().title() + " \u2014 Storyweb";
    }

    /** The state this view shows; for tests. */
    ViewState state() {
        return state;
    }
}
