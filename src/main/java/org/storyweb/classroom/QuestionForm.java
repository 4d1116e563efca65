package org.storyweb.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * The current step's question on a student's page: large buttons for a choice, a box and "Send" for a short answer,
 * what became of the answer, and the room's answers once the teacher shows them.
 * <p>
 * The browser sends the question it shows with the answer ({@code answer-send}), and the server checks both
 * ({@link ClassAnswers}): a page that is behind, or a forged event, is refused with a sentence and changes nothing.
 */
@StyleSheet("components/classroom/answers.css")
class QuestionForm extends Composite<Section> {

    // One listener on the form turns a click on a choice, or on Send, into one event with the question and answer.
    private static final String SEND = """
            if (!this.$answers) {
              this.$answers = true;
              this.addEventListener('click', e => {
                const choice = e.target.closest('[data-choice]');
                const send = e.target.closest('[data-send]');
                if (!choice && !send) return;
                const box = this.querySelector('textarea');
                const answer = choice ? choice.dataset.choice : (box ? box.value : '');
                this.dispatchEvent(new CustomEvent('answer-send',
                    { detail: { question: this.dataset.question || '', answer } }));
              });
            }""";

    private final ClassAnswers answers;
    private final ClassRooms rooms;
    private final String code;
    private final Element status = new Element("p");
    private final AnswerResults results = new AnswerResults();
    private String studentId;
    private StoryPack pack;
    private StepQuestion shown;
    // Read outside the session's lock too, by mayConcern.
    private volatile boolean showingResults;

    QuestionForm(ClassAnswers answers, ClassRooms rooms, String code) {
        this.answers = answers;
        this.rooms = rooms;
        this.code = code;
        getContent().setId("class-question");
        getContent().addClassName("class-question");
        getContent().getElement().setAttribute("aria-labelledby", "question-text");
        status.setAttribute("id", "answer-status").setAttribute("role", "status");
        getContent().getElement().addEventListener("answer-send", event -> send(
                event.getEventData().get("event.detail.question").asString(""),
                event.getEventData().get("event.detail.answer").asString("")))
                .addEventData("event.detail.question").addEventData("event.detail.answer");
        getContent().setVisible(false);
    }

    // The student is who their browser says: an id it made up once and keeps, so that a reload, or a reconnection to
    // another server, is the same student with the same answers. The page tells it as an event, as it sends answers.
    private static final String IDENTIFY = """
            let id = localStorage.getItem('storyweb-student');
            if (!id) { id = crypto.randomUUID(); localStorage.setItem('storyweb-student', id); }
            this.dispatchEvent(new CustomEvent('class-student', { detail: { id } }));""";

    @Override
    protected void onAttach(AttachEvent attach) {
        getElement().executeJs(SEND);
        getElement().executeJs(IDENTIFY);
    }

    /** Hands the student's id to the listener whenever their page tells it (once per page load). */
    void identify(java.util.function.Consumer<String> listener) {
        getElement().addEventListener("class-student", event -> listener.accept(
                event.getEventData().get("event.detail.id").asString(""))).addEventData("event.detail.id");
    }

    /** The student's id, from their browser. Until it is known the form sends nothing. */
    void student(String id) {
        studentId = id;
    }

    /**
     * Whether this news may change what the form shows, decided without the session's lock: while the answers are
     * not shown, another student's answer changes nothing here, and a class of 250 sends 250 of them.
     */
    boolean mayConcern(ClassRooms.AnswerNews news) {
        return news.question() != null && (news.shown() || showingResults);
    }

    /** Whether this news changes what the form shows: the room's answers to its question, shown or just hidden. */
    boolean concerns(ClassRooms.AnswerNews news) {
        return shown != null && shown.key().equals(news.question()) && (news.shown() || showingResults);
    }

    /** Shows this question, or none; the answers tell what the student sent and whether the room's are shown. */
    void show(StoryPack pack, Optional<StepQuestion> question, Optional<ClassRooms.Answers> room) {
        this.pack = pack;
        getContent().setVisible(question.isPresent());
        showingResults = false;
        if (question.isEmpty()) {
            shown = null;
            return;
        }
        StepQuestion asked = question.get();
        Optional<ClassRooms.Answer> mine = room.flatMap(all -> all.of(studentId == null ? "" : studentId));
        boolean open = room.map(all -> !all.shown()).orElse(true);
        Element root = getContent().getElement();
        if (!asked.equals(shown)) {
            status.setText("");
        }
        shown = asked;
        root.removeAllChildren();
        root.setAttribute("data-question", asked.key());
        root.appendChild(new Element("h2").setAttribute("id", "question-text").setText(asked.question().text()));
        Tour.Question q = asked.question();
        if (q.isChoice()) {
            Element choices = new Element("div").setAttribute("class", "answer-choices")
                    .setAttribute("role", "group").setAttribute("aria-labelledby", "question-text");
            for (String choice : q.choices()) {
                boolean chosen = mine.filter(answer -> answer.text().equals(choice)).isPresent();
                Element button = new Element("button").setAttribute("type", "button")
                        .setAttribute("class", "answer-choice").setAttribute("data-choice", choice)
                        .setAttribute("aria-pressed", String.valueOf(chosen))
                        .setText((chosen ? "\u2713 " : "") + q.label(pack, choice));
                closed(button, open);
                choices.appendChild(button);
            }
            root.appendChild(choices);
        } else {
            Element label = new Element("label").setAttribute("for", "answer-text")
                    .setText("Your answer (at most " + Tour.Question.MAX_ANSWER + " characters)");
            Element box = new Element("textarea").setAttribute("id", "answer-text")
                    .setAttribute("maxlength", String.valueOf(Tour.Question.MAX_ANSWER)).setAttribute("rows", "3");
            mine.ifPresent(answer -> box.setProperty("value", answer.text()));
            closed(box, open);
            Element send = new Element("button").setAttribute("type", "button").setAttribute("class", "answer-send")
                    .setAttribute("data-send", "").setText(mine.isPresent() ? "Send again" : "Send");
            closed(send, open);
            root.appendChild(label, box, send);
        }
        if (mine.isPresent() && open && status.getText().isEmpty()) {
            status.setText("Sent \u2713 You can change your answer until the teacher shows the answers.");
        }
        if (!open) {
            status.setText(mine.isPresent() ? "Sent \u2713 The teacher is showing the answers."
                    : "The teacher is showing the answers.");
        }
        root.appendChild(status);
        if (!open) {
            showingResults = true;
            results.show(pack, asked, room.get(), null);
            root.appendChild(results.getElement());
        }
    }

    // Once the answers are shown, the controls stay on the page, greyed, so the student sees what they chose.
    private static void closed(Element control, boolean open) {
        if (!open) {
            control.setAttribute("disabled", "");
        }
    }

    private void send(String question, String answer) {
        if (studentId == null) {
            status.setText("This page is still starting; try again in a moment.");
            return;
        }
        ClassAnswers.Reply reply = answers.answer(code, studentId, question, answer);
        status.setText(reply.message());
        if (shown != null) {
            show(pack, Optional.of(shown), ClassAnswers.answers(rooms, code, shown.key()));
        }
    }
}
