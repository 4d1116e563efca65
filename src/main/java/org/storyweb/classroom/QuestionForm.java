package org.storyweb.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.storyweb.explore.ui.Fragments;
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
    // The server then draws the form again; a keyboard's focus goes back to the control that sent, not to the page.
    private static final String SEND = """
            if (!this.$answers) {
              this.$answers = true;
              let sentFrom = null;
              this.addEventListener('click', e => {
                const choice = e.target.closest('[data-choice]');
                const send = e.target.closest('[data-send]');
                if (!choice && !send) return;
                const box = this.querySelector('textarea');
                const answer = choice ? choice.dataset.choice : (box ? box.value : '');
                sentFrom = choice ? `[data-choice="${CSS.escape(answer)}"]` : '[data-send]';
                this.dispatchEvent(new CustomEvent('answer-send',
                    { detail: { question: this.dataset.question || '', answer } }));
              });
              new MutationObserver(() => {
                const again = sentFrom && this.querySelector(sentFrom);
                if (again && !this.contains(document.activeElement)) {
                  sentFrom = null;
                  again.focus();
                }
              }).observe(this, { childList: true, subtree: true });
            }""";

    private final ClassAnswers answers;
    private final ClassRooms rooms;
    private final String code;
    // The question and its controls are one fragment of HTML, not a tree of server-side elements: the page sends
    // its answers through one listener on the form, and a class of 250 is sent 250 copies of each question.
    private final Html body = new Html("<div></div>");
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
        getContent().getElement().appendChild(body.getElement(), status, results.getElement());
        results.setVisible(false);
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
        if (!asked.equals(shown)) {
            status.setText("");
        }
        shown = asked;
        getContent().getElement().setAttribute("data-question", asked.key());
        body.setHtmlContent(Fragments.html(controls(pack, asked.question(), mine, open)));
        if (mine.isPresent() && open && status.getText().isEmpty()) {
            status.setText("Sent \u2713 You can change your answer until the teacher shows the answers.");
        }
        if (!open) {
            status.setText(mine.isPresent() ? "Sent \u2713 The teacher is showing the answers."
                    : "The teacher is showing the answers.");
            showingResults = true;
            results.show(pack, asked, room.get(), null);
        }
        results.setVisible(!open);
    }

    // The question, and large buttons for a choice or a box and "Send" for a short answer, with the student's answer.
    private static org.jsoup.nodes.Element controls(StoryPack pack, Tour.Question question,
            Optional<ClassRooms.Answer> mine, boolean open) {
        org.jsoup.nodes.Element controls = new org.jsoup.nodes.Element("div");
        controls.appendElement("h2").attr("id", "question-text").text(question.text());
        if (question.isChoice()) {
            org.jsoup.nodes.Element choices = controls.appendElement("div").attr("class", "answer-choices")
                    .attr("role", "group").attr("aria-labelledby", "question-text");
            for (String choice : question.choices()) {
                boolean chosen = mine.filter(answer -> answer.text().equals(choice)).isPresent();
                closed(choices.appendElement("button").attr("type", "button").attr("class", "answer-choice")
                        .attr("data-choice", choice).attr("aria-pressed", String.valueOf(chosen))
                        .text((chosen ? "\u2713 " : "") + question.label(pack, choice)), open);
            }
        } else {
            controls.appendElement("label").attr("for", "answer-text")
                    .text("Your answer (at most " + Tour.Question.MAX_ANSWER + " characters)");
            closed(controls.appendElement("textarea").attr("id", "answer-text")
                    .attr("maxlength", String.valueOf(Tour.Question.MAX_ANSWER)).attr("rows", "3")
                    .text(mine.map(ClassRooms.Answer::text).orElse("")), open);
            closed(controls.appendElement("button").attr("type", "button").attr("class", "answer-send")
                    .attr("data-send", "").text(mine.isPresent() ? "Send again" : "Send"), open);
        }
        return controls;
    }

    // Once the answers are shown, the controls stay on the page, greyed, so the student sees what they chose.
    private static void closed(org.jsoup.nodes.Element control, boolean open) {
        if (!open) {
            control.attr("disabled", "");
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
            show(pack, Optional.of(shown), ClassAnswers.answersFor(rooms, code, shown.key(), studentId));
        }
    }
}
