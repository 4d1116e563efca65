package org.storyweb.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.signals.local.ValueSignal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ui.DetailPanel;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.GraphPanel;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.explore.ui.TimelinePanel;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * A student following a live class, at the short address the teacher shows ({@code /join/K7QF}): the explorer's
 * timeline, graph and details at the teacher's current step, updated through server push as the teacher moves on.
 * A student may break away and explore alone; "Follow the teacher" brings them back to the current step. When the
 * class ends the student keeps the view they have.
 */
@Route("join/:code?")
public class ClassView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryPacks packs;
    private final ClassRooms rooms;
    private final PackDrawings drawings;
    private final FollowerPages pages;
    private final ClassAnswers answers;
    private final ValueSignal<ViewState> state = new ValueSignal<>(null);
    private final Paragraph status = new Paragraph();
    private final Button follow = new Button("Follow the teacher", click -> followAgain());
    private String code;
    private ClassSession latest;
    private boolean following = true;
    private Registration listening;
    private Registration hearingAnswers;
    private final Section step = new Section();
    // The step's three lines stay on the page and change their text: a class of 250 is sent 250 copies of each step.
    private final Paragraph stepCounter = new Paragraph();
    private final Paragraph narration = new Paragraph();
    private final Paragraph prompt = new Paragraph();
    private final Paragraph waiting = new Paragraph(
            "The teacher has asked a question. Follow the teacher to answer it.");
    private QuestionForm question;
    private StoryPack pack;
    private String studentId;

    ClassView(StoryPacks packs, ClassRooms rooms, PackDrawings drawings, FollowerPages pages, ClassAnswers answers) {
        this.packs = packs;
        this.rooms = rooms;
        this.drawings = drawings;
        this.pages = pages;
        this.answers = answers;
        addClassNames("explorer", "class-view");
        status.setId("class-status");
        status.getElement().setAttribute("role", "status");
        follow.setId("follow-teacher");
        follow.addThemeVariants(ButtonVariant.PRIMARY);
        follow.setVisible(false);
        step.setId("class-step");
        step.addClassName("class-step");
        step.getElement().setAttribute("aria-label", "The teacher's step");
        stepCounter.setId("class-step-counter");
        narration.setId("class-narration");
        prompt.setId("class-prompt");
        step.add(stepCounter, narration, prompt);
        waiting.setId("question-waiting");
        waiting.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = typed(event.getRouteParameters().get("code").orElse(""));
        removeAll();
        Optional<ClassSession> session;
        try {
            session = code.isEmpty() ? Optional.empty() : rooms.find(code);
        } catch (ClassStoreUnavailable e) {
            add(new H1("Storyweb"), new Paragraph("The class " + shown(code)
                    + " cannot be reached just now. Open this page again in a moment."));
            return;
        }
        if (session.isEmpty()) {
            askForCode();
            return;
        }
        latest = session.get();
        pack = packs.find(latest.packId()).orElse(packs.defaultPack());
        state.set(StepQuestion.view(packs, latest.link()));
        question = new QuestionForm(answers, rooms, latest.code());
        question.identify(id -> answers.join(code, id, null).ifPresent(student -> {
            studentId = student.id();
            question.student(studentId);
            showStep();
        }));
        open(pack);
        showStatus();
    }

    private void open(StoryPack pack) {
        PackDrawings.Drawing drawing = drawings.of(pack);
        Span codeLabel = new Span("Class " + latest.code());
        codeLabel.setId("class-code");
        Header bar = new Header(new H1(pack.work().title()), new Div(codeLabel, status, waiting, follow));
        bar.addClassName("class-bar");
        Div details = new Div(new DetailPanel(pack, state, this::breakAway));
        details.addClassName("details-column");
        Div stage = new Div(new TimelinePanel(pack, drawing, state, this::breakAway, this::breakAway),
                new GraphPanel(pack, drawing, state, this::breakAway), details);
        stage.addClassName("explorer-stage");
        Div screen = new Div(bar, step, question, new StudentName(answers, latest.code(), () -> studentId), stage);
        screen.addClassName("explorer-screen");
        add(screen);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Only a follower's page needs the server to speak first; the explorer and present mode do not use push.
        attach.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        // When this page's server goes, the page tries another within a second (Atmosphere's default is 5 s); one
        // that does not know it has the page reload, at this class's current step.
        attach.getUI().getPushConfiguration().setParameter("reconnectInterval", "1000");
        UI ui = attach.getUI();
        if (latest != null) {
            pages.add(ui);
            listening = rooms.follow(code, session -> ui.access(() -> heard(session)));
            QuestionForm form = question;
            hearingAnswers = rooms.followAnswers(code, news -> {
                if (form.mayConcern(news)) {
                    ui.access(() -> heardAnswers(news));
                }
            });
            // A step taken between reading the class and listening to it is not missed.
            try {
                rooms.find(code).ifPresent(this::heard);
            } catch (ClassStoreUnavailable e) {
                // Told when the store is back.
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        pages.remove(detach.getUI());
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        if (hearingAnswers != null) {
            hearingAnswers.remove();
            hearingAnswers = null;
        }
    }

    private void heard(ClassSession session) {
        if (session.version() < latest.version()) {
            return;
        }
        latest = session;
        if (following && !session.ended() && packs.find(session.packId()).isPresent()) {
            state.set(StepQuestion.view(packs, session.link()));
        }
        showStatus();
        showStep();
    }

    // A student's page redraws the question only when the room's answers are shown or just were, so that another
    // student's answer never disturbs one being written.
    private void heardAnswers(ClassRooms.AnswerNews news) {
        if (question.concerns(news)) {
            showStep();
        }
    }

    /** The teacher's step, always the current one: its narration, prompt and question, before the details. */
    private void showStep() {
        ViewState teachers = StepQuestion.view(packs, latest.link());
        Optional<Tour> tour = teachers.presentation().tour().flatMap(pack::tour);
        step.setVisible(tour.isPresent() && !latest.ended());
        Optional<StepQuestion> asked = latest.ended() ? Optional.empty() : StepQuestion.of(pack, teachers);
        waiting.setVisible(asked.isPresent() && !following);
        question.show(pack, asked.filter(shown -> following), asked.flatMap(shown -> ClassAnswers.answersFor(rooms,
                code, shown.key(), studentId)));
        if (tour.isEmpty()) {
            return;
        }
        int number = teachers.presentation().tourStep();
        Tour.Step shown = tour.get().steps().get(number - 1);
        stepCounter.setText(tour.get().title() + " \u00b7 Step " + number + " of " + tour.get().steps().size());
        // The class's spoiler limit holds here too: a step past it is named, never told.
        ExplorerFilter filter = ExplorerFilter.of(pack, teachers);
        Optional<Integer> beyond = filter.revealedAfterLimit(teachers);
        narration.setText(beyond.map(chapter -> "This step shows what chapter " + chapter
                + " tells, past chapter " + filter.spoilerLimit() + ", where the class has read to.")
                .orElse(shown.narration()));
        // A prompt past the limit is not even hidden on the page: it is not sent.
        boolean discuss = shown.prompt() != null && beyond.isEmpty();
        prompt.setText(discuss ? "Discuss: " + shown.prompt() : "");
        prompt.setVisible(discuss);
    }

    /** The student chose something: from now on they explore alone, until they follow again. */
    private void breakAway(ViewState next) {
        following = false;
        state.set(next);
        showStatus();
        showStep();
    }

    private void followAgain() {
        following = true;
        heard(latest);
    }


    private void showStatus() {
        if (latest.ended()) {
            status.setText("The class has ended. You can keep exploring from here.");
            follow.setVisible(false);
        } else if (following) {
            status.setText("Following the teacher.");
            follow.setVisible(false);
        } else {
            status.setText("Exploring on your own.");
            follow.setVisible(true);
        }
    }

    /**
     * No class with this code, or no code at all ({@code /join}): a field to type the code again and the way to the
     * book, never a dead end.
     */
    private void askForCode() {
        addClassName("class-code-form");
        TextField field = new TextField("Class code");
        field.setId("class-code-field");
        field.setValue(code);
        field.setMaxLength(20);
        field.setAutocapitalize(Autocapitalize.CHARACTERS);
        field.setAutocorrect(false);
        field.setHelperText("The letters on the teacher's screen, such as K7QF");
        Button join = new Button("Join", click -> {
            String typed = typed(field.getValue());
            if (!typed.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("join/" + typed));
            }
        });
        join.setId("class-code-join");
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER).listenOn(field);
        Paragraph why = new Paragraph(code.isEmpty() ? "Type the code that the teacher's screen shows."
                : "There is no class with the code " + shown(code) + ". Check the code on the teacher's screen and "
                        + "type it again.");
        why.setId("class-code-problem");
        Anchor book = new Anchor(packs.defaultPack().id(), "Or open " + packs.defaultPack().work().title()
                + " on your own");
        book.setId("class-code-book");
        Div form = new Div(field, join);
        form.addClassName("class-code-row");
        add(new H1("Join a class"), why, form, new Paragraph(book));
        field.focus();
    }

    /**
     * A code as a student may type or paste it: any case, with spaces or dashes between the letters. The router
     * leaves a path's segment encoded, so a pasted "/join/%20K7QF" arrives as it was sent.
     */
    public static String typed(String code) {
        String decoded;
        try {
            decoded = URLDecoder.decode(code, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = code;
        }
        return decoded.replaceAll("[\\s\\-\u00a0]", "").toUpperCase(Locale.ROOT);
    }

    private static String shown(String code) {
        String clean = code.replaceAll("[^A-Za-z0-9]", "");
        return "\u201c" + (clean.length() > 12 ? clean.substring(0, 12) + "\u2026" : clean) + "\u201d";
    }

    @Override
    public String getPageTitle() {
        return "Class " + (latest == null ? "" : latest.code()) + " \u2014 Storyweb";
    }

    /** Whether the student follows the teacher; for tests. */
    boolean following() {
        return following;
    }
}
