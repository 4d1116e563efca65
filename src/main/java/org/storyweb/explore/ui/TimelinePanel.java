package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Window;

/**
 * The timeline of the explorer: the events the view shows, one row per track, with the selected event selected, the
 * events of a selected person or relationship marked, and a draggable "Graph:" marker at the story moment the graph
 * shows. It opens on the graph's phase; its window follows the phase until the reader pans or zooms.
 */
public class TimelinePanel extends Composite<Section> {

    static final String MOMENT_MARKER = "story-moment";

    /** What the timeline depends on; any other change of the view leaves it alone. */
    private record Shown(ExplorerFilter filter, Order order, Window window, Phase phase, Selection selection) {
        static Shown of(StoryPack pack, ViewState state) {
            ExplorerFilter filter = ExplorerFilter.of(pack, state);
            return new Shown(filter, state.timeline().order(), state.timeline().window(), filter.phase(state),
                    state.selection());
        }
    }

    private final StoryPack pack;
    private final PackDrawings.Drawing drawing;
    private final Signal<ViewState> state;
    private final Consumer<ViewState> go;
    private final Consumer<ViewState> keep;
    private final Timeline timeline = new Timeline();
    private final Div tools = new Div();
    private final Paragraph orderNote = new Paragraph(
            "In the order of telling, each event of the story stands at the chapter that tells it; events of the "
                    + "real world, which no chapter tells, are left out.");
    private Shown shown;

    /**
     * @param go   goes to a view the reader chose (a new history entry)
     * @param keep keeps a view the reader moved to by panning or zooming (no history entry)
     */
    public TimelinePanel(StoryPack pack, PackDrawings.Drawing drawing, Signal<ViewState> state, Consumer<ViewState> go,
            Consumer<ViewState> keep) {
        this.pack = pack;
        this.drawing = drawing;
        this.state = state;
        this.go = go;
        this.keep = keep;
        Section section = getContent();
        section.addClassName("timeline-section");
        section.getElement().setAttribute("aria-label", "Timeline");

        timeline.setId("timeline");
        timeline.setAccessibleLabel("Timeline of events, one row per track");
        timeline.addSelectListener(event -> event.ids().stream().findFirst().ifPresentOrElse(
                id -> go.accept(Choices.event(pack, state.peek(), id)),
                () -> go.accept(state.peek().withSelection(ViewState.NOTHING))));
        timeline.addWindowChangeListener(event -> keepWindow(event.window()));
        timeline.addMarkerMoveListener(event -> {
            if (event.markerId().equals(MOMENT_MARKER)) {
                moveMomentTo(event.time());
            }
        });
        Button whole = new Button("Whole timeline", click -> showWhole());
        whole.setId("whole-timeline");
        whole.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        orderNote.addClassName("order-note");
        Button zoomIn = new Button("+", click -> timeline.zoom(0.5));
        zoomIn.setId("zoom-in");
        Button zoomOut = new Button("\u2212", click -> timeline.zoom(2));
        zoomOut.setId("zoom-out");
        for (Button zoom : List.of(zoomIn, zoomOut)) {
            zoom.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            String label = zoom == zoomIn ? "Zoom in" : "Zoom out";
            zoom.setAriaLabel(label);
            zoom.getElement().setAttribute("title", label + " (+ or \u2212 on the timeline)");
        }
        tools.add(orderNote, zoomIn, zoomOut, whole);
        tools.addClassName("timeline-tools");
        section.add(tools, timeline);

        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null : Shown.of(pack, view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    /** Adds a control to the timeline's tools, such as a way to its table. */
    public void addTool(com.vaadin.flow.component.Component tool) {
        tools.add(tool);
    }

    private void show(Shown next) {
        Shown previous = shown;
        shown = next;
        boolean telling = next.order() == Order.TELLING;
        orderNote.setVisible(telling);

        Set<String> related = Set.of();
        List<String> selected = List.of();
        switch (next.selection()) {
            case EventSelection event -> selected = List.of(event.eventId());
            case CharacterSelection character -> related = pack.eventsOf(character.characterId()).stream()
                    .map(Event::id).collect(Collectors.toSet());
            // The events the two share are the ones that shaped the relationship.
            case RelationshipSelection selection -> related = pack.relationship(selection.relationshipId())
                    .map(relationship -> pack.events().stream()
                            .filter(event -> event.involves(relationship.firstCharacterId())
                                    && event.involves(relationship.secondCharacterId()))
                            .map(Event::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            case ViewState.NoSelection none -> { }
        }
        List<Event> events = next.filter().events();
        if (telling) {
            List<Event> told = events.stream().filter(event -> event.toldInChapter().isPresent()).toList();
            timeline.setSequenceAxis("Ch.");
            timeline.setGroups(EventTimeline.groups(next.filter().shownTracks().stream()
                    .filter(track -> told.stream().anyMatch(event -> event.trackId().equals(track.id()))).toList()));
            timeline.setItems(EventTimeline.tellingItems(told, related));
            timeline.setBackgrounds(EventTimeline.partBackgrounds(pack));
            timeline.removeMarker(MOMENT_MARKER);
        } else {
            timeline.setSequenceAxis(null);
            timeline.setGroups(EventTimeline.groups(next.filter().shownTracks()));
            timeline.setItems(EventTimeline.items(events, related, drawing.plainItems()));
            timeline.setBackgrounds(EventTimeline.backgrounds(pack));
            Optional.ofNullable(drawing.phaseMoments().get(next.phase())).ifPresent(moment -> timeline.setMarker(
                    new Timeline.TimeMarker(MOMENT_MARKER, moment, "Graph: " + next.phase().title(), true)));
        }
        timeline.setSelection(selected);

        boolean orderChanged = previous == null || previous.order() != next.order();
        if (telling) {
            if (orderChanged) {
                timeline.setWindow(EventTimeline.wholeBook(pack));
            }
            return;
        }
        TimeWindow target = next.window() == null ? EventTimeline.aroundPhase(pack, next.phase())
                : new TimeWindow(EventTimeline.startOf(next.window().from()), EventTimeline.endOf(next.window().to()));
        // A window the reader panned to is where the timeline already is; one from a link or Back is not.
        boolean windowChanged = previous != null && !Objects.equals(previous.window(), next.window())
                && (next.window() == null || !next.window().equals(clientWindow()));
        // The opening window follows the phase when the phase is stepped, not when a selection moved it.
        boolean phaseMoved = previous != null && next.window() == null && !previous.phase().equals(next.phase())
                && previous.selection().equals(next.selection());
        if (orderChanged || windowChanged || phaseMoved) {
            timeline.setWindow(target);
        }
        // A selected event is brought into view, across and down the rows; the browser leaves one in view alone.
        if (next.selection() instanceof EventSelection event
                && (previous == null || !next.selection().equals(previous.selection()))) {
            timeline.focusItem(event.eventId());
        }
    }

    private Window clientWindow() {
        return timeline.getWindow().map(TimelinePanel::days).orElse(null);
    }

    private static Window days(TimeWindow window) {
        LocalDate from = LocalDate.ofInstant(window.start(), ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(window.end(), ZoneOffset.UTC);
        return to.isAfter(from) ? new Window(from, to) : null;
    }

    // Panning and zooming are continuous: the link follows without a history entry per step.
    private void keepWindow(TimeWindow window) {
        ViewState current = state.peek();
        Window days = days(window);
        if (current.timeline().order() == Order.CHRONOLOGICAL && days != null) {
            keep.accept(current.withTimeline(current.timeline().withWindow(days)));
        }
    }

    private void showWhole() {
        ViewState current = state.peek();
        if (current.timeline().order() == Order.TELLING) {
            timeline.setWindow(EventTimeline.wholeBook(pack));
            return;
        }
        TimeWindow whole = EventTimeline.wholeStory(pack);
        timeline.setWindow(whole);
        keep.accept(current.withTimeline(current.timeline().withWindow(days(whole))));
    }

    // The story-moment marker snaps to the phase whose moment is nearest to where it was dropped.
    private void moveMomentTo(Instant time) {
        ViewState current = state.peek();
        List<Phase> reachable = ExplorerFilter.of(pack, current).phases();
        drawing.phaseMoments().entrySet().stream()
                .filter(entry -> reachable.contains(entry.getKey()))
                .min(Comparator.comparing(entry -> Duration.between(entry.getValue(), time).abs()))
                .ifPresent(entry -> {
                    ViewState next = Choices.phase(pack, current, entry.getKey());
                    if (next.equals(current)) {
                        // Dropped near its own phase: put it back where it belongs.
                        timeline.setMarker(new Timeline.TimeMarker(MOMENT_MARKER, entry.getValue(),
                                "Graph: " + entry.getKey().title(), true));
                    }
                    go.accept(next);
                });
    }
}
