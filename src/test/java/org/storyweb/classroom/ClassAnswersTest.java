package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Tour;

/** Every answer is checked on the server, whatever a page sends: forged, stale, off the list, too long or too fast. */
class ClassAnswersTest {

    private static final StoryPacks PACKS = StoryPacks.load(Path.of("content"));
    // The first triangle step asks who is on the outside: a choice among Kathy, Ruth and Tommy.
    private static final String CHOICE_STEP = "never-let-me-go?tour=triangle&step=1";
    private static final String SHORT_STEP = "never-let-me-go?tour=triangle&step=4";

    private final InMemoryClassRooms rooms = new InMemoryClassRooms(Duration.ofMinutes(2), Clock.systemUTC());
    // A stopped clock: no rate-limit bucket refills during a test.
    private final ClassAnswers answers = new ClassAnswers(rooms, PACKS,
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));

    private static String student() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aChoiceThatIsOneOfTheOptionsIsSentAndCountedOnce() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();
        String student = student();

        assertThat(answers.answer(code, student, "triangle/1", "tommy").sent()).isTrue();
        assertThat(answers.answer(code, student, "triangle/1", "kathy").message()).startsWith("Sent \u2713");

        assertThat(rooms.answers(code, "triangle/1").orElseThrow().answers()).singleElement()
                .extracting(ClassRooms.Answer::text).isEqualTo("kathy");
    }

    @Test
    void aChoiceThatIsNotAnOptionIsRefused() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();

        for (String forged : new String[] {"miss-emily", "Tommy", "tommy,kathy", "", "<script>alert(1)</script>"}) {
            ClassAnswers.Reply reply = answers.answer(code, student(), "triangle/1", forged);
            assertThat(reply.sent()).isFalse();
            assertThat(reply.message()).isEqualTo("That is not one of the choices; choose one of them.");
        }
        assertThat(rooms.answers(code, "triangle/1").orElseThrow().answers()).isEmpty();
    }

    @Test
    void anAnswerForAnotherClassOrAStepThatIsNoLongerCurrentIsRefused() {
        ClassRooms.Opened mine = rooms.open("never-let-me-go", CHOICE_STEP);
        String other = rooms.open("never-let-me-go", "never-let-me-go?tour=triangle&step=2").session().code();
        String student = student();

        // A page of one class sends its question to another class, which is at another step.
        assertThat(answers.answer(other, student, "triangle/1", "tommy").message())
                .isEqualTo("The teacher has moved on, so this answer was not sent.");
        // The teacher moves on; the page that was behind sends the old question.
        rooms.publish(mine.session().code(), mine.secret(), "never-let-me-go?tour=triangle&step=2");
        assertThat(answers.answer(mine.session().code(), student, "triangle/1", "tommy").sent()).isFalse();
        assertThat(answers.answer("QQQQQ", student, "triangle/1", "tommy").message())
                .isEqualTo("This class has ended, so answers are no longer taken.");

        assertThat(rooms.answers(mine.session().code(), "triangle/1").orElseThrow().answers()).isEmpty();
        assertThat(rooms.answers(other, "triangle/1").orElseThrow().answers()).isEmpty();
    }

    @Test
    void aShortAnswerIsTextOfAtMost280CharactersKeptAsSent() {
        String code = rooms.open("never-let-me-go", SHORT_STEP).session().code();
        String payload = "<img src=x onerror=alert(1)> \"; DROP TABLE answers; -- {{7*7}} ${7*7}";

        assertThat(answers.answer(code, student(), "triangle/4", payload).sent()).isTrue();
        assertThat(answers.answer(code, student(), "triangle/4", "x".repeat(Tour.Question.MAX_ANSWER + 1))
                .message()).isEqualTo("An answer has at most 280 characters.");
        assertThat(answers.answer(code, student(), "triangle/4", "   ").message()).isEqualTo("Write an answer first.");
        // 280 letters that take two UTF-16 units each are 280 characters.
        assertThat(answers.answer(code, student(), "triangle/4", "\uD83D\uDE00".repeat(280)).sent()).isTrue();

        assertThat(rooms.answers(code, "triangle/4").orElseThrow().answers()).extracting(ClassRooms.Answer::text)
                .containsExactly(payload, "\uD83D\uDE00".repeat(280));
    }

    @Test
    void aPageWithoutAStudentIdOfItsOwnCannotAnswer() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();

        for (String forged : new String[] {null, "", "1", "../../etc", "a b c d e f g h i j k l"}) {
            assertThat(answers.answer(code, forged, "triangle/1", "tommy").sent()).isFalse();
        }
        assertThat(rooms.answers(code, "triangle/1").orElseThrow().answers()).isEmpty();
    }

    @Test
    void aNicknameIsShortTextForTheTeacherOnly() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();

        ClassRooms.Student student = answers.join(code, student(), "<b onmouseover=alert(1)>Ann</b>\u0007"
                + "x".repeat(40)).orElseThrow();

        assertThat(student.name()).hasSize(ClassAnswers.MAX_NAME).startsWith("<b onmouseover=alert(1)>Ann</b>"
                .substring(0, 30));
        assertThat(answers.join(code, "not an id", "Ann")).isEmpty();
    }

    @Test
    void aStudentWhoSendsFasterThanAPersonIsToldToWait() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();
        String student = student();

        for (int i = 0; i < ClassAnswers.STUDENT_BURST; i++) {
            assertThat(answers.answer(code, student, "triangle/1", i % 2 == 0 ? "ruth" : "tommy").sent()).isTrue();
        }
        assertThat(answers.answer(code, student, "triangle/1", "kathy").message())
                .isEqualTo("Too many answers at once; wait a few seconds and send it again.");
        assertThat(rooms.answers(code, "triangle/1").orElseThrow().answers()).singleElement()
                .extracting(ClassRooms.Answer::text).isEqualTo("ruth");
    }

    @Test
    void aClassTakesABurstOf500AnswersAndThenSlowsAScriptDown() {
        String code = rooms.open("never-let-me-go", CHOICE_STEP).session().code();

        long sent = 0;
        for (int i = 0; i < ClassRooms.CLASS_ANSWERS + 20; i++) {
            sent += answers.answer(code, student(), "triangle/1", "tommy").sent() ? 1 : 0;
        }

        assertThat(sent).isEqualTo(ClassRooms.CLASS_ANSWERS);
        assertThat(rooms.answers(code, "triangle/1").orElseThrow().answers()).hasSize(ClassRooms.CLASS_ANSWERS);
    }
}
