package org.storyweb.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.signals.Signal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;

/**
 * The teacher's side of a class's answers, in present mode: how many have answered the step's question ("12 of 27
 * answered", and no answer until the teacher chooses), "Show answers" to put them on the projector and the phones,
 * hiding one answer, clearing the question, and the CSV of all answers until the class is forgotten.
 * <p>
 * A presenter's page uses server push only while a class runs, so that the count rises as answers arrive.
 */
@StyleSheet("components/classroom/answers.css")
public class ClassAnswersPanel extends Composite<Section> {

    private final StoryPack pack;
    private final ClassRooms rooms;
    private final Signal<ViewState> state;
    private final Supplier<Optional<ClassRooms.Opened>> lastClass;
    private final Paragraph count = new Paragraph();
    private final Button show = new Button();
    private final Button clear = new Button("Clear answers");
    private final Anchor csv;
    private final AnswerResults results = new AnswerResults();
    /**
     * How often, at most, the answers are drawn again while they arrive: a class of 250 answering in 10 seconds would
     * otherwise redraw the panel and push to the presenter 25 times a second. Every 100 ms still looks live.
     */
    static final Duration DRAW_EVERY = Duration.ofMillis(100);
    private static final ScheduledExecutorService DRAWS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("class-answers-draw").factory());

    private final AtomicBoolean drawPending = new AtomicBoolean();
    private volatile long lastDrawn = System.nanoTime() - DRAW_EVERY.toNanos();
    private Registration hearing;
    private String heardCode;
    private Optional<StepQuestion> asked = Optional.empty();

    /**
     * @param lastClass the class the presenter's session last started, running or ended; its secret drives it
     */
    public ClassAnswersPanel(StoryPack pack, ClassRooms rooms, Signal<ViewState> state,
            Supplier<Optional<ClassRooms.Opened>> lastClass) {
        this.pack = pack;
        this.rooms = rooms;
        this.state = state;
        this.lastClass = lastClass;
        Section root = getContent();
        root.setId("class-answers");
        root.addClassName("class-answers");
        root.getElement().setAttribute("aria-label", "The class's answers");
        count.setId("answer-count");
        count.getElement().setAttribute("aria-live", "polite");
        show.setId("show-answers");
        show.addClickListener(click -> withClass((opened, question) -> rooms.showAnswers(opened.session().code(),
                opened.secret(), question.key(), !shown(opened, question))));
        clear.setId("clear-answers");
        clear.addClickListener(click -> withClass((opened, question) -> rooms.clearAnswers(
                opened.session().code(), opened.secret(), question.key())));
        csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            // Vaadin runs a download without the session's lock: the class is read under it, the store outside it.
            AtomicReference<Optional<ClassRooms.Opened>> opened = new AtomicReference<>(Optional.empty());
            download.getSession().accessSynchronously(() -> opened.set(lastClass.get()));
            byte[] bytes = csv(opened.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "answers.csv", "text/csv; charset=utf-8",
                    bytes.length);
        }), "Download answers (CSV)");
        csv.setId("answers-csv");
        results.setId("answer-results");
        root.add(count, show, clear, csv, results);
        Signal.effect(this, () -> {
            state.get();
            refresh();
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopHearing();
    }

    /** Shows the class's state for the current step: call when a class starts or ends. */
    public void refresh() {
        try {
            draw();
        } catch (ClassStoreUnavailable e) {
            // Redrawn when the store is back: its listener hears every question again.
            count.setVisible(true);
            count.setText("The answers cannot be reached just now.");
        }
    }

    private void draw() {
        Optional<ClassRooms.Opened> opened = lastClass.get();
        Optional<ClassSession> session = opened.flatMap(found -> rooms.find(found.session().code()));
        boolean running = session.filter(found -> !found.ended()).isPresent();
        getContent().setVisible(session.isPresent());
        if (session.isEmpty()) {
            stopHearing();
            return;
        }
        if (running) {
            hear(opened.get().session().code());
        }
        ViewState view = state.peek();
        asked = running && view != null ? StepQuestion.of(pack, view) : Optional.empty();
        csv.setVisible(true);
        count.setVisible(asked.isPresent());
        show.setVisible(asked.isPresent());
        clear.setVisible(asked.isPresent());
        results.setVisible(false);
        if (!running) {
            count.setVisible(true);
            count.setText("The class has ended. Its answers are deleted an hour after it ended.");
            return;
        }
        asked.ifPresent(question -> rooms.answers(opened.get().session().code(), question.key())
                .ifPresent(answers -> {
                    count.setText(answers.answers().size() + " of " + answers.students() + " answered");
                    show.setText(answers.shown() ? "Hide answers" : "Show answers");
                    results.setVisible(answers.shown());
                    if (answers.shown()) {
                        results.show(pack, question, answers, student -> withClass((found, shown) ->
                                rooms.hideAnswer(found.session().code(), found.secret(), shown.key(), student)));
                    }
                }));
    }

    private void hear(String code) {
        if (code.equals(heardCode)) {
            return;
        }
        stopHearing();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        heardCode = code;
        hearing = rooms.followAnswers(code, news -> drawSoon(ui));
    }

    // The first news after a quiet while is drawn at once; news that follows within DRAW_EVERY waits for one draw.
    private void drawSoon(UI ui) {
        if (!drawPending.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, lastDrawn + DRAW_EVERY.toNanos() - System.nanoTime());
        // Each draw on a thread of its own, so that one class's slow store never holds up another class's count.
        DRAWS.schedule(() -> Thread.startVirtualThread(() -> {
            try {
                ui.access(() -> {
                    // Cleared before the store is read, so that news arriving during the draw gets a draw of its own.
                    drawPending.set(false);
                    lastDrawn = System.nanoTime();
                    refresh();
                });
            } catch (UIDetachedException e) {
                drawPending.set(false);
            }
        }), wait, TimeUnit.NANOSECONDS);
    }

    private void stopHearing() {
        if (hearing != null) {
            hearing.remove();
            hearing = null;
            heardCode = null;
        }
    }

    private boolean shown(ClassRooms.Opened opened, StepQuestion question) {
        return rooms.answers(opened.session().code(), question.key()).map(ClassRooms.Answers::shown)
                .orElse(false);
    }

    private void withClass(java.util.function.BiConsumer<ClassRooms.Opened, StepQuestion> action) {
        try {
            lastClass.get().ifPresent(opened -> asked.ifPresent(question -> action.accept(opened, question)));
        } catch (ClassStoreUnavailable e) {
            // Said by refresh.
        }
        // Drawn here, in the teacher's own request: the news of the change need not draw it again at once.
        lastDrawn = System.nanoTime();
        refresh();
    }

    private String csv(Optional<ClassRooms.Opened> lastOpened) {
        return lastOpened.flatMap(opened -> rooms.allAnswers(opened.session().code(), opened.secret())
                .map(answers -> AnswersCsv.of(pack, answers, rooms.students(opened.session().code(),
                        opened.secret()).orElse(List.of())))).orElse(AnswersCsv.HEADER + "\r\n");
    }
}
