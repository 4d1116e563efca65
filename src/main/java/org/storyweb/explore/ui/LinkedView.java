package org.storyweb.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ValueSignal;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.story.Event;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * A view whose state is its link: the explorer, the presentation. It holds one {@link ViewState} in a signal, read
 * from the link on every navigation, and its panels update themselves from the part of it they show. A choice the
 * user makes navigates to the link of the new state (a new history entry, so Back and Forward walk through views);
 * panning or zooming the timeline only replaces the current entry. A link for another view goes there.
 */
@JsModule("./components/page/page-keys.js")
public abstract class LinkedView extends Main implements BeforeEnterObserver, AfterNavigationObserver,
        HasDynamicTitle {

    private final StoryPacks packs;
    private final Mode mode;
    private final ValueSignal<ViewState> state = new ValueSignal<>(null);
    private final Div notices = new Div();
    private StoryPack pack;

    /** @param mode the view this is; links for another view go there */
    protected LinkedView(StoryPacks packs, Mode mode) {
        this.packs = packs;
        this.mode = mode;
        notices.addClassName("notices");
        notices.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters route = event.getRouteParameters();
        String path = route.get("pack").orElse("") + "/" + route.get("view")
                .map(name -> route.get("rest").map(rest -> name + "/" + rest).orElse(name)).orElse(mode.segment());
        // Only the link the reader opens takes their remembered spoiler limit: a choice inside the app (All
        // chapters, say) is the reader's own.
        VaadinRequest request = VaadinRequest.getCurrent();
        LinkReader.Reading reading = LinkReader.read(packs, path,
                event.getLocation().getQueryParameters().getParameters(),
                pack == null && request != null ? request.getCookies() : null);
        if (reading.state().presentation().mode() == Mode.EMBED) {
            // The embed is served by the server alone (org.storyweb.embed), not by a view of this app.
            event.forwardToUrl(ViewNavigation.location(reading.state()));
            return;
        }
        if (reading.state().presentation().mode() != mode) {
            ViewNavigation.forward(event, reading.state());
            return;
        }
        notices.removeAll();
        reading.notices().forEach(text -> notices.add(new Paragraph(text)));
        if (pack == null || !pack.id().equals(reading.state().packId())) {
            pack = packs.find(reading.state().packId()).orElseThrow();
            removeAll();
            open(pack);
        }
        state.set(reading.state());
    }

    /** Builds the view's panels for a pack; another pack gets new ones, as its tracks, people and chapters differ. */
    protected abstract void open(StoryPack pack);

    /** The view's state, which every panel follows. */
    protected Signal<ViewState> state() {
        return state;
    }

    /**
     * A link that moves the keyboard's focus past the bar of controls to the view's main content, which has
     * {@link #CONTENT} as its id (and a tabindex of -1, so that it can take the focus). It is the page's first stop.
     */
    protected static Anchor skipLink(String text) {
        Anchor skip = new Anchor("#" + CONTENT, text);
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        return skip;
    }

    /** The id of a view's main content, which the skip link leads to. */
    protected static final String CONTENT = "content";

    /**
     * Lines that print the view's link and, for each of {@code others} (a view's path segment and what it is
     * called), the link of the same view seen that way; page-keys.js writes them as the page is printed.
     */
    protected static Div printLink(java.util.Map<String, String> others) {
        Div lines = new Div();
        lines.addClassName("print-only");
        lines.add(printLine("This view: ", "print-link", null));
        others.forEach((segment, name) -> lines.add(printLine(name + ": ", "print-view-link", segment)));
        return lines;
    }

    private static Div printLine(String text, String className, String view) {
        com.vaadin.flow.component.html.Span link = new com.vaadin.flow.component.html.Span();
        link.addClassName(className);
        if (view != null) {
            link.getElement().setAttribute("data-view", view);
        }
        return new Div(new com.vaadin.flow.component.html.Span(text), link);
    }

    /** Sentences about what the link asked for and could not be shown, to place above the panels. */
    protected Div notices() {
        return notices;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The address always shows the canonical link of what is on screen, also after a stale or bad link.
        ViewState shown = state.peek();
        if (shown != null && !event.getLocation().getPathWithQueryParameters().equals(ViewNavigation.location(shown))) {
            ViewNavigation.showInAddressBar(UI.getCurrent(), shown);
        }
    }

    /** Moves to another view: a new history entry, and an update through {@link #beforeEnter}. */
    protected void go(ViewState next) {
        if (!next.equals(state.peek())) {
            ViewNavigation.navigate(UI.getCurrent(), next);
        }
    }

    /** Keeps a view the reader moved to without a history entry, as the timeline's window while panning. */
    protected void keep(ViewState next) {
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
        // The tab's title is on screen too: a selection past the spoiler limit is not named there either.
        String selected = switch (ExplorerFilter.of(pack, shown).known(shown.selection())) {
            case EventSelection event -> pack.event(event.eventId()).map(Event::title).orElse(null);
            case CharacterSelection character -> pack.character(character.characterId())
                    .map(StoryCharacter::name).orElse(null);
            case RelationshipSelection relationship -> relationship.relationshipId();
            case ViewState.NoSelection none -> null;
        };
        return (selected == null ? "" : selected + " \u2014 ") + pack.work().title() + " \u2014 Storyweb";
    }

    /** The state this view shows; for tests. */
    public ViewState shownState() {
        return state.peek();
    }
}
