package org.storyweb.present;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.storyweb.classroom.ClassAnswersPanel;
import org.storyweb.classroom.ClassRooms;
import org.storyweb.classroom.ClassStoreUnavailable;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.share.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.signals.Signal;
import java.util.List;
import java.util.Optional;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ui.Choices;
import org.storyweb.explore.ui.Details;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.GraphPanel;
import org.storyweb.explore.ui.LinkedView;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.explore.ui.TimelinePanel;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * Present mode, for a teacher projecting the page: a dark stage that the narration, the graph and the timeline fill,
 * in large type, with no filters or toolbars. It steps through a tour, or else through the story's phases, with the
 * keys a presenter's remote sends (see present-keys.js). Its state is its link, as every view's is.
 */
@Route(":pack/present")
@JsModule("./components/present/present-keys.js")
@JsModule("./components/present/present-stage.js")
public class PresentView extends LinkedView {

    private static final String NO_TOUR = "";

    private final PackDrawings drawings;
    private final ClassRooms rooms;
    private final Span classCode = new Span();
    private final Button startClass = new Button("Start class");
    private final Button showJoin = new Button("Join screen");
    private final Button endClass = new Button("End class");
    private final Div join = new Div();
    private final Span relayNotice = new Span();
    // A step the followers have not been told because the class store could not be reached; sent again on each poll.
    private String unsent;
    private Registration retrying;
    private StoryPack pack;
    // The tour step last shown, so that Next goes on with the tour after the presenter clicked something else.
    private Tour lastTour;
    private int lastStep;
    private ClassAnswersPanel answers;

    PresentView(StoryPacks packs, PackDrawings drawings, ClassRooms rooms) {
        super(packs, Mode.PRESENT);
        this.drawings = drawings;
        this.rooms = rooms;
        addClassName("present");
        addListener(PresentKeyEvent.class, key -> move(key.action()));
        classCode.setId("class-code");
        startClass.setId("start-class");
        startClass.addClickListener(click -> startClass());
        showJoin.setId("show-join");
        showJoin.addClickListener(click -> join.setVisible(!join.isVisible()));
        endClass.setId("end-class");
        endClass.addClickListener(click -> endClass());
        join.setId("class-join");
        join.getElement().setAttribute("role", "dialog");
        join.getElement().setAttribute("aria-label", "Join the class");
        join.setVisible(false);
        relayNotice.setId("class-relay-notice");
        relayNotice.getElement().setAttribute("role", "status");
        relayNotice.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("window.storywebPresentKeys(this); window.storywebPresentStage(this)");
        retrying = attachEvent.getUI().addPollListener(poll -> runningClass().ifPresent(opened -> send(opened,
                unsent)));
        resumeClass();
        showClass();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        retrying.remove();
        // A reload or a closed tab: the class waits a while for the presenter to come back.
        runningClass().ifPresent(opened -> reach(() -> rooms.presenterLeft(opened.session().code(),
                opened.secret())));
    }

    // ---- The live class: the presenter's secret lives in the presenter's own session, and in a cookie that only
    // present mode's page loads carry (docs/decisions/016), never in a link ----

    private static final String CLASS_ATTRIBUTE = ClassRooms.Opened.class.getName();
    private static final String CLASS_COOKIE = "storyweb-class";
    private static final Duration CLASS_COOKIE_AGE = Duration.ofHours(12);

    // The class this session last started, running or ended: its answers can be downloaded until it is forgotten.
    private Optional<ClassRooms.Opened> lastClass() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> (ClassRooms.Opened) session.getAttribute(CLASS_ATTRIBUTE));
    }

    private Optional<ClassRooms.Opened> runningClass() {
        return lastClass().filter(opened -> stillOpen(opened.session().code()));
    }

    // While the store cannot be reached the class is taken to go on: the presenter keeps the class's controls.
    private boolean stillOpen(String code) {
        try {
            return rooms.find(code).filter(found -> !found.ended()).isPresent();
        } catch (ClassStoreUnavailable e) {
            return true;
        }
    }

    /**
     * A presenter whose session is gone (their server went, or restarted) and whose browser still holds the class's
     * cookie drives the class again from this page, at the step the page shows.
     */
    private void resumeClass() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (pack == null || request == null || request.getCookies() == null
                || VaadinSession.getCurrent().getAttribute(CLASS_ATTRIBUTE) != null) {
            return;
        }
        Arrays.stream(request.getCookies()).filter(cookie -> cookie.getName().equals(CLASS_COOKIE))
                .map(cookie -> cookie.getValue().split("\\.", 2)).filter(parts -> parts.length == 2).findFirst()
                .ifPresent(parts -> reach(() -> {
                    if (rooms.publish(parts[0], parts[1], followerLink(state().peek()))) {
                        rooms.find(parts[0]).ifPresent(found -> VaadinSession.getCurrent().setAttribute(
                                CLASS_ATTRIBUTE, new ClassRooms.Opened(found, parts[1])));
                    }
                }));
    }

    private void remember(ClassRooms.Opened opened) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie cookie = new Cookie(CLASS_COOKIE, opened == null ? ""
                : opened.session().code() + "." + opened.secret());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        // Vaadin creates the page's view in a request to the app's root (?v-r=init), so a cookie scoped to present
        // mode's own path never reaches it: the cookie is scoped to the app.
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(opened == null ? 0 : (int) CLASS_COOKIE_AGE.toSeconds());
        VaadinResponse.getCurrent().addCookie(cookie);
    }

    private void startClass() {
        ViewState current = state().peek();
        reach(() -> {
            ClassRooms.Opened opened = rooms.open(pack.id(), followerLink(current));
            VaadinSession.getCurrent().setAttribute(CLASS_ATTRIBUTE, opened);
            remember(opened);
            showClass();
            join.setVisible(true);
        });
    }

    private void endClass() {
        // The session keeps the ended class, so that its answers can still be downloaded (lastClass).
        reach(() -> {
            runningClass().ifPresent(opened -> rooms.end(opened.session().code(), opened.secret()));
            remember(null);
            join.setVisible(false);
            showClass();
        });
    }

    /** Runs a change of the class; while the class store cannot be reached, says so instead. */
    private void reach(Runnable change) {
        try {
            change.run();
            relayNotice.setVisible(unsent != null);
        } catch (ClassStoreUnavailable e) {
            relayNotice.setText("The class cannot be reached just now: followers are not being updated.");
            relayNotice.setVisible(true);
        }
    }

    // Students follow in the explorer's layout, which also suits a phone.
    private static String followerLink(ViewState view) {
        return ViewNavigation.location(view.withPresentation(view.presentation().withMode(Mode.EXPLORE)));
    }

    private void publish(ViewState view) {
        runningClass().ifPresent(opened -> send(opened, followerLink(view)));
    }

    // A step that cannot be sent is sent again every two seconds until it goes, so that followers catch up when the
    // store is back even if the presenter does not move on.
    private void send(ClassRooms.Opened opened, String link) {
        if (link == null) {
            return;
        }
        unsent = link;
        reach(() -> {
            rooms.publish(opened.session().code(), opened.secret(), link);
            unsent = null;
        });
        UI.getCurrent().setPollInterval(unsent == null ? -1 : 2000);
    }

    private void showClass() {
        Optional<ClassRooms.Opened> running = runningClass();
        startClass.setVisible(running.isEmpty());
        showJoin.setVisible(running.isPresent());
        endClass.setVisible(running.isPresent());
        classCode.setVisible(running.isPresent());
        Optional.ofNullable(answers).ifPresent(ClassAnswersPanel::refresh);
        running.ifPresent(opened -> {
            classCode.setText("Class " + opened.session().code());
            getElement().executeJs("return document.baseURI").then(String.class, root -> fillJoin(
                    opened.session().code(), java.net.URI.create(root).resolve("join/" + opened.session().code())
                            .toString()));
        });
    }

    private void fillJoin(String code, String address) {
        join.removeAll();
        Paragraph big = new Paragraph(code);
        big.setId("join-code");
        Paragraph where = new Paragraph("Open " + address + " or scan the code to follow.");
        where.setId("join-address");
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                QrCode.svg(address).getBytes(StandardCharsets.UTF_8)), "QR code of " + address);
        qr.setId("join-qr");
        Button hide = new Button("Hide", click -> join.setVisible(false));
        join.add(new H2("Join the class"), big, where, qr, hide);
    }

    @Override
    protected void open(StoryPack opened) {
        pack = opened;
        lastTour = null;
        PackDrawings.Drawing drawing = drawings.of(opened);
        Signal<Narration> narration = Signal.cached(state().map(view -> view == null ? null : Narration.of(opened,
                view)));
        Header bar = bar(opened, narration);
        Section told = narrationPanel(narration);
        answers = new ClassAnswersPanel(opened, rooms, state(), this::lastClass);
        told.add(answers);
        Div stage = new Div(told, new GraphPanel(opened, drawing, state(), this::go),
                new TimelinePanel(opened, drawing, state(), this::go, this::keep));
        stage.addClassName("present-stage");
        add(bar, notices(), stage, join, blank(), keyList());
        Signal.effect(this, () -> Optional.ofNullable(state().get()).ifPresent(this::publish));
        Signal.effect(this, () -> Optional.ofNullable(state().get()).flatMap(view -> view.presentation().tour())
                .flatMap(opened::tour).ifPresent(tour -> {
                    lastTour = tour;
                    lastStep = state().peek().presentation().tourStep();
                }));
    }

    private Header bar(StoryPack opened, Signal<Narration> narration) {
        H1 title = new H1(opened.work().title());
        Span counter = new Span();
        counter.setId("present-step");
        counter.getElement().setAttribute("aria-live", "polite");
        Select<String> tours = new Select<>();
        tours.setId("tour-select");
        tours.setAriaLabel("Tour");
        tours.setPrefixComponent(new Span("Tour:"));
        tours.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(NO_TOUR),
                opened.tours().stream().map(Tour::id)).toList());
        tours.setItemLabelGenerator(id -> id.isEmpty() ? "None (the phases)"
                : opened.tour(id).map(Tour::title).orElse(id));
        tours.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                ViewState current = state().peek();
                go(event.getValue().isEmpty()
                        ? current.withPresentation(current.presentation().withoutTour())
                        : Choices.tourStep(opened, current, opened.tour(event.getValue()).orElseThrow(), 1));
            }
        });
        Button keys = new Button("Keys (?)");
        keys.setId("present-keys-button");
        Button leave = new Button("Leave (Esc)", click -> move("leave"));
        leave.setId("leave-present");
        Signal.effect(this, () -> Optional.ofNullable(narration.get()).ifPresent(shown -> {
            counter.setText(shown.counter());
            tours.setValue(shown.tourId());
        }));
        Div controls = new Div(counter, tours, classCode, relayNotice, startClass, showJoin, endClass, keys, leave);
        controls.addClassName("present-controls");
        Header bar = new Header(title, controls);
        bar.addClassName("present-bar");
        return bar;
    }

    private Section narrationPanel(Signal<Narration> narration) {
        Paragraph kicker = new Paragraph();
        kicker.addClassName("present-kicker");
        H2 title = new H2();
        title.setId("present-title");
        Paragraph text = new Paragraph();
        text.setId("present-text");
        Paragraph prompt = new Paragraph();
        prompt.setId("present-prompt");
        Paragraph sources = new Paragraph();
        sources.addClassName("present-sources");
        Button showAnyway = new Button();
        showAnyway.setId("present-show-anyway");
        showAnyway.addClickListener(click -> Optional.ofNullable(state().peek())
                .flatMap(view -> Narration.of(pack, view).beyond())
                .ifPresent(chapter -> go(Choices.readUpTo(pack, state().peek(), chapter))));
        Signal.effect(this, () -> Optional.ofNullable(narration.get()).ifPresent(shown -> {
            kicker.setText(shown.kicker());
            kicker.setVisible(!shown.kicker().equals(shown.title()));
            title.setText(shown.title());
            text.setText(shown.text());
            prompt.setText(shown.prompt() == null ? "" : "Discuss: " + shown.prompt());
            prompt.setVisible(shown.prompt() != null);
            sources.setText(shown.sources().isEmpty() ? "" : "Sources: " + String.join("; ", shown.sources()));
            showAnyway.setVisible(shown.beyond().isPresent());
            shown.beyond().ifPresent(chapter -> showAnyway.setText(Details.showAnyway(chapter)));
        }));
        Section section = new Section(kicker, title, text, prompt, sources, showAnyway);
        section.setId("present-narration");
        section.addClassName("present-narration");
        section.getElement().setAttribute("aria-label", "Narration");
        return section;
    }

    private static Div blank() {
        Div blank = new Div();
        blank.setId("present-blank");
        blank.getElement().setAttribute("hidden", true);
        blank.getElement().setAttribute("aria-label", "The screen is blanked; press B to return");
        return blank;
    }

    private static Div keyList() {
        UnorderedList list = new UnorderedList();
        for (String[] key : new String[][] {
            {"\u2192, Page Down or Space", "next step"},
            {"\u2190 or Page Up", "previous step"},
            {"Home, End", "first and last step"},
            {"B or .", "blank the screen, and back"},
            {"F", "full screen"},
            {"Esc", "leave present mode"},
            {"?", "show or hide this list"}}) {
            Span name = new Span(key[0]);
            name.addClassName("present-key-name");
            list.add(new ListItem(name, new Span(" " + key[1])));
        }
        H2 heading = new H2("Keys");
        Div help = new Div(heading, list, new Button("Close"));
        help.setId("present-help");
        help.getElement().setAttribute("hidden", true);
        help.getElement().setAttribute("role", "dialog");
        help.getElement().setAttribute("aria-label", "Keys");
        help.getElement().setAttribute("tabindex", "-1");
        return help;
    }

    /** Moves the presentation: through the tour if one is on, or was last, otherwise through the phases. */
    private void move(String action) {
        ViewState current = state().peek();
        if (current == null || pack == null) {
            return;
        }
        // Esc closes the join screen; stepping goes on with the lesson, so the join screen leaves the narration too.
        join.setVisible(false);
        if (action.equals("hide-join")) {
            return;
        }
        if (action.equals("leave")) {
            go(current.withPresentation(current.presentation().withMode(Mode.EXPLORE)));
            return;
        }
        Optional<Tour> tour = current.presentation().tour().flatMap(pack::tour).or(() -> Optional.ofNullable(
                lastTour));
        if (tour.isPresent()) {
            int count = tour.get().steps().size();
            int at = current.presentation().tour().isPresent() ? current.presentation().tourStep() : lastStep;
            go(Choices.tourStep(pack, current, tour.get(), target(action, at, count)));
            return;
        }
        // Only the phases the class has read: the graph shows the same phase as the narration.
        ExplorerFilter filter = ExplorerFilter.of(pack, current);
        List<Phase> phases = filter.phases();
        int at = phases.indexOf(filter.phase(current)) + 1;
        go(Choices.phase(pack, current, phases.get(target(action, at, phases.size()) - 1)));
    }

    // Steps count from 1; a move past either end stays there.
    private static int target(String action, int at, int count) {
        int next = switch (action) {
            case "next" -> at + 1;
            case "previous" -> at - 1;
            case "first" -> 1;
            case "last" -> count;
            default -> at;
        };
        return Math.max(1, Math.min(count, next));
    }
}
