package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClassRooms} does with students and answers, whichever store keeps them: a store's test extends
 * this class and gives it a fresh store. Two stores given by {@link #otherServer()} stand for two servers of one
 * class; a store that lives in one server's memory gives the same one.
 */
public abstract class ClassAnswersContract {

    private static final String STEP_1 = "a-novel?tour=walk&step=1";
    private static final String STEP_2 = "a-novel?tour=walk&step=2";
    private static final String STUDENT = "5b3f2a0e-6f4c-4d89-9b0e-2f1f8f4f6a01";
    private static final String OTHER = "0c9d7e55-1e0b-4c43-8a6d-7d2f3a9b2c02";

    /** A fresh store, as one server sees it. */
    protected abstract ClassRooms rooms();

    /** The same classes as seen from another server; an in-memory store returns itself. */
    protected abstract ClassRooms otherServer();

    @Test
    void aStudentKeepsTheirNumberAndAnswersOncePerQuestionWhicheverServerTheyReach() {
        ClassRooms here = rooms();
        ClassRooms.Opened opened = here.open("a-novel", STEP_1);
        String code = opened.session().code();

        assertThat(here.join(code, STUDENT, null)).get().extracting(ClassRooms.Student::number).isEqualTo(1);
        assertThat(here.join(code, OTHER, "Ana")).get().extracting(ClassRooms.Student::label).isEqualTo("Ana");
        assertThat(here.answer(code, STEP_1, "walk/1", STUDENT, "anna")).isEqualTo(ClassRooms.Received.SENT);
        // The page reconnects to another server and the student changes their mind: still one answer, still 1.
        ClassRooms there = otherServer();
        assertThat(there.join(code, STUDENT, null)).get().extracting(ClassRooms.Student::label)
                .isEqualTo("Student 1");
        assertThat(there.answer(code, STEP_1, "walk/1", STUDENT, "ben")).isEqualTo(ClassRooms.Received.SENT);

        ClassRooms.Answers answers = here.answers(code, "walk/1").orElseThrow();
        assertThat(answers.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.text()).isEqualTo("ben");
            assertThat(answer.student()).isEqualTo(STUDENT);
            assertThat(answer.hidden()).isFalse();
        });
        assertThat(answers.students()).isEqualTo(2);
    }

    @Test
    void anAnswerForAStepTheClassHasLeftOrAClassThatEndedChangesNothing() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", STEP_1);
        String code = opened.session().code();
        rooms.publish(code, opened.secret(), STEP_2);

        assertThat(rooms.answer(code, STEP_1, "walk/1", STUDENT, "anna")).isEqualTo(ClassRooms.Received.MOVED_ON);
        assertThat(rooms.answer("QQQQQ", STEP_2, "walk/2", STUDENT, "anna"))
                .isEqualTo(ClassRooms.Received.NO_CLASS);
        rooms.end(code, opened.secret());
        assertThat(rooms.answer(code, STEP_2, "walk/2", STUDENT, "anna")).isEqualTo(ClassRooms.Received.NO_CLASS);
        assertThat(rooms.answers(code, "walk/1").orElseThrow().answers()).isEmpty();
        assertThat(rooms.answers(code, "walk/2").orElseThrow().answers()).isEmpty();
    }

    @Test
    void shownAnswersNoLongerChangeAndOnlyTheSecretShowsHidesOrClearsThem() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", STEP_1);
        ClassRooms.Opened other = rooms.open("a-novel", STEP_1);
        String code = opened.session().code();
        rooms.answer(code, STEP_1, "walk/1", STUDENT, "<img src=x onerror=alert(1)>");
        rooms.answer(code, STEP_1, "walk/1", OTHER, "=HYPERLINK(\"http://x\")");

        assertThat(rooms.showAnswers(code, other.secret(), "walk/1", true)).isFalse();
        assertThat(rooms.hideAnswer(code, other.secret(), "walk/1", STUDENT)).isFalse();
        assertThat(rooms.clearAnswers(code, other.secret(), "walk/1")).isFalse();
        assertThat(rooms.allAnswers(code, other.secret())).isEmpty();
        assertThat(rooms.showAnswers(code, opened.secret(), "walk/1", true)).isTrue();
        assertThat(rooms.answer(code, STEP_1, "walk/1", STUDENT, "ben")).isEqualTo(ClassRooms.Received.SHOWN);
        assertThat(rooms.hideAnswer(code, opened.secret(), "walk/1", STUDENT)).isTrue();

        ClassRooms.Answers answers = rooms.answers(code, "walk/1").orElseThrow();
        assertThat(answers.shown()).isTrue();
        assertThat(answers.of(STUDENT).orElseThrow().hidden()).isTrue();
        assertThat(answers.of(STUDENT).orElseThrow().text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(answers.of(OTHER).orElseThrow().hidden()).isFalse();
        assertThat(rooms.allAnswers(code, opened.secret()).orElseThrow()).hasSize(2);

        assertThat(rooms.clearAnswers(code, opened.secret(), "walk/1")).isTrue();
        assertThat(rooms.answers(code, "walk/1").orElseThrow().answers()).isEmpty();
        assertThat(rooms.answers(code, "walk/1").orElseThrow().shown()).isFalse();
    }

    @Test
    void aStudentsPageReadsOnlyTheirOwnAnswerUntilTheTeacherShowsThemAll() {
        ClassRooms here = rooms();
        ClassRooms.Opened opened = here.open("a-novel", STEP_1);
        String code = opened.session().code();
        here.join(code, STUDENT, null);
        here.join(code, OTHER, null);
        here.answer(code, STEP_1, "walk/1", OTHER, "ben");
        ClassRooms there = otherServer();

        ClassRooms.Answers before = there.answersFor(code, "walk/1", STUDENT).orElseThrow();
        assertThat(before.shown()).isFalse();
        assertThat(before.answers()).isEmpty();
        assertThat(before.students()).isEqualTo(2);
        here.answer(code, STEP_1, "walk/1", STUDENT, "<b>anna</b>");
        assertThat(there.answersFor(code, "walk/1", STUDENT).orElseThrow().answers()).singleElement()
                .satisfies(answer -> {
                    assertThat(answer.student()).isEqualTo(STUDENT);
                    assertThat(answer.text()).isEqualTo("<b>anna</b>");
                    assertThat(answer.hidden()).isFalse();
                });

        here.showAnswers(code, opened.secret(), "walk/1", true);
        here.hideAnswer(code, opened.secret(), "walk/1", OTHER);
        ClassRooms.Answers shown = there.answersFor(code, "walk/1", STUDENT).orElseThrow();
        assertThat(shown.shown()).isTrue();
        assertThat(shown.answers()).extracting(ClassRooms.Answer::text).containsExactly("ben", "<b>anna</b>");
        assertThat(shown.of(OTHER).orElseThrow().hidden()).isTrue();
        assertThat(shown).isEqualTo(here.answers(code, "walk/1").orElseThrow());
        assertThat(there.answersFor("QQQQQ", "walk/1", STUDENT)).isEmpty();
        assertThat(there.answersFor(code, "walk/9", null).orElseThrow().answers()).isEmpty();
    }

    @Test
    void thePresenterHearsEachAnswerAndEachShowing() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", STEP_1);
        String code = opened.session().code();
        List<ClassRooms.AnswerNews> heard = new CopyOnWriteArrayList<>();
        rooms.followAnswers(code, heard::add);

        rooms.answer(code, STEP_1, "walk/1", STUDENT, "anna");
        rooms.answer(code, STEP_1, "walk/1", OTHER, "ben");
        rooms.showAnswers(code, opened.secret(), "walk/1", true);

        // News may arrive in any order; together they tell two answers and the showing.
        List<ClassRooms.AnswerNews> news = awaitHeard(heard, 3);
        assertThat(news).hasSize(3).allMatch(item -> item.question().equals("walk/1"));
        assertThat(news).anyMatch(item -> item.answered() == 2 && item.shown());
        assertThat(news).filteredOn(item -> !item.shown()).extracting(ClassRooms.AnswerNews::answered)
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aClassTakesItsLimitOfAnswersInAWindowThroughAllItsServersAndRefusesTheRest() {
        ClassRooms here = rooms();
        ClassRooms there = otherServer();
        String code = here.open("a-novel", STEP_1).session().code();

        int sent = 0;
        for (int i = 0; i < ClassRooms.CLASS_ANSWERS + 20; i++) {
            // Students on two servers, one answer each: the class's count is one, wherever they answer.
            ClassRooms.Received received = (i % 2 == 0 ? here : there).answer(code, STEP_1, "walk/1",
                    "00000000-0000-4000-8000-%012d".formatted(i), "anna");
            sent += received == ClassRooms.Received.SENT ? 1 : 0;
            if (i >= ClassRooms.CLASS_ANSWERS) {
                assertThat(received).isEqualTo(ClassRooms.Received.TOO_MANY);
            }
        }

        assertThat(sent).isEqualTo(ClassRooms.CLASS_ANSWERS);
        assertThat(here.answers(code, "walk/1").orElseThrow().answers()).hasSize(ClassRooms.CLASS_ANSWERS);
    }

    // Waits until the listener has heard this many times, however slow the machine.
    private static <T> List<T> awaitHeard(List<T> heard, int count) {
        for (int i = 0; i < 200 && heard.size() < count; i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(heard);
    }
}
