package org.storyweb.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ValueSignal;
import java.util.Optional;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewStateCodec;
import org.storyweb.story.Event;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The explorer: on one screen, the timeline of a pack's events above its relationship graph and a panel of details,
 * under one bar of controls. Below the first screen, folded, the reading of the graph and the chart of telling
 * against happening.
 * <p>
 * The address is the view: the view holds one {@link ViewState} in a signal, set from the link on every navigation,
 * and each panel updates itself from the part of it that it shows, so a change reaches only the panels it concerns.
 * A choice the user makes navigates to the link of the new state (a new history entry, so Back and Forward walk
 * through views); panning or zooming the timeline only replaces the current entry.
 */
// Segments after the view are read as part of an unknown view name, so such a link opens the explorer with a notice.
@Route(":pack?/:view?/:rest*")
class ExplorerView extends Main implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final StoryPacks packs;
    private final PackDrawings drawings;
    private final ValueSignal<ViewState> state = new ValueSignal<>(null);
    private final Div notices = new Div();
    private StoryPack pack;

    ExplorerView(StoryPacks packs, PackDrawings drawings) {
        this.packs = packs;
        this.drawings = drawings;
        addClassName("explorer");
        notices.addClassName("notices");
        notices.getElement().setAttribute("role", "status");
        Signal<ViewState.Presentation> presentation = Signal.cached(
                state.map(view -> view == null ? null : view.presentation()));
        Signal.effect(this, () -> Optional.ofNullable(presentation.get()).ifPresent(shown -> {
            setClassName("mode-present", shown.mode() == Mode.PRESENT);
            setClassName("mode-embed", shown.embedded());
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters path = event.getRouteParameters();
        String view = path.get("view").map(name -> path.get("rest").map(rest -> name + "/" + rest).orElse(name))
                .orElse(null);
        ViewStateCodec.Reading reading = ViewStateCodec.read(path.get("pack").orElse(null), view,
                event.getLocation().getQueryParameters().getParameters(), packs::find, packs.defaultPack());
        notices.removeAll();
        reading.notices().forEach(text -> notices.add(new Paragraph(text)));
        if (pack == null || !pack.id().equals(reading.state().packId())) {
            open(packs.find(reading.state().packId()).orElseThrow());
        }
        state.set(reading.state());
    }

    // The panels of one pack; another pack gets new ones, as its tracks, people and chapters differ.
    private void open(StoryPack opened) {
        pack = opened;
        PackDrawings.Drawing drawing = drawings.of(opened);
        removeAll();
        Div stage = new Div(new TimelinePanel(opened, drawing, state, this::go, this::keep),
                new GraphPanel(opened, drawing, state, this::go), new DetailPanel(opened, state, this::go));
        stage.addClassName("explorer-stage");
        Div screen = new Div(new ControlBar(opened, state, this::go), notices, stage);
        screen.addClassName("explorer-screen");
        Div more = new Div(
                new LazySection("analysis-section", "Reading the graph: who is on the outside, who is central, "
                        + "and the data to download", () -> new AnalysisPanel(opened, drawing, state)),
                new LazySection("anachrony-section", "Telling and happening: the chapters against the years",
                        () -> new AnachronyChart(opened, state, this::go)));
        more.addClassName("explorer-more");
        add(screen, more);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The address always shows the canonical link of what is on screen, also after a stale or bad link.
        if (!event.getLocation().getPathWithQueryParameters().equals(ViewNavigation.location(state.peek()))) {
            ViewNavigation.showInAddressBar(UI.getCurrent(), state.peek());
        }
    }

    /** Moves to another view: a new history entry, and an update through {@link #beforeEnter}. */
    private void go(ViewState next) {
        if (!next.equals(state.peek())) {
            ViewNavigation.navigate(UI.getCurrent(), next);
        }
    }

    /** Keeps a view the reader moved to without a history entry, as the timeline's window while panning. */
    private void keep(ViewState next) {
        if (!next.equals(state.peek())) {
            state.set(next);
            ViewNavigation.showInAddressBar(UI.getCurrent(), next);
        }
    }

    @Override
    public String getPageTitle() {
        ViewState shown = state.peek();
        if (pack == null || shown == null) {
            return "Storyweb";
        }
        String selected = switch (shown.selection()) {
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
        return state.peek();
    }
}
