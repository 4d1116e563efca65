package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.storyweb.content.StoryPacks;

/**
 * The answers contract kept in a real redis-server, each store a server of its own on the same Redis; and what only
 * Redis shows: a server that goes loses no answer, and nothing about the students outlives the class.
 */
class RedisClassAnswersTest extends ClassAnswersContract {

    private static final String STEP_1 = "a-novel?tour=walk&step=1";
    // The first triangle step asks who is on the outside: a choice among Kathy, Ruth and Tommy.
    private static final String CHOICE_STEP = "never-let-me-go?tour=triangle&step=1";
    private static final String STUDENT = "5b3f2a0e-6f4c-4d89-9b0e-2f1f8f4f6a01";

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    @Override
    protected ClassRooms rooms() {
        return servers.newServer();
    }

    @Override
    protected ClassRooms otherServer() {
        return rooms();
    }

    @Test
    void anAnswerSentThroughAServerThatThenGoesIsCountedOnceOnThePresentersServer() throws Exception {
        ClassRooms presenters = rooms();
        ClassRooms.Opened opened = presenters.open("a-novel", STEP_1);
        String code = opened.session().code();
        List<ClassRooms.AnswerNews> heard = new CopyOnWriteArrayList<>();
        presenters.followAnswers(code, heard::add);

        ClassRooms students = rooms();
        assertThat(students.answer(code, STEP_1, "walk/1", STUDENT, "Ruth")).isEqualTo(ClassRooms.Received.SENT);
        ClassRoomsContract.awaitUntil(() -> heard.contains(new ClassRooms.AnswerNews("walk/1", 1, false)));
        assertThat(heard).contains(new ClassRooms.AnswerNews("walk/1", 1, false));
        // The student's server goes; their page reconnects to a third one and sends again.
        servers.stopNewest();
        assertThat(rooms().answer(code, STEP_1, "walk/1", STUDENT, "Tommy")).isEqualTo(ClassRooms.Received.SENT);

        ClassRoomsContract.awaitUntil(() -> heard.size() >= 2);
        assertThat(heard).last().isEqualTo(new ClassRooms.AnswerNews("walk/1", 1, false));
        assertThat(presenters.answers(code, "walk/1").orElseThrow().answers()).singleElement()
                .extracting(ClassRooms.Answer::text).isEqualTo("Tommy");
        assertThat(presenters.allAnswers(code, opened.secret()).orElseThrow()).hasSize(1);
        assertThat(presenters.students(code, opened.secret()).orElseThrow()).extracting(ClassRooms.Student::label)
                .containsExactly("Student 1");
    }

    @Test
    void everyKeyAboutTheStudentsExpiresWithTheClassAndEndingShortensItToTheClassesHour() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", STEP_1);
        String code = opened.session().code();
        rooms.join(code, STUDENT, "Ana");
        rooms.answer(code, STEP_1, "walk/1", STUDENT, "Ruth");
        rooms.hideAnswer(code, opened.secret(), "walk/1", STUDENT);
        rooms.showAnswers(code, opened.secret(), "walk/1", true);
        StringRedisTemplate direct = direct();
        // The count of the class's rate limit goes with its window (if it has not gone yet), long before the class.
        String rate = RedisClassRooms.key(code, "answer-rate");
        assertThat(direct.getExpire(rate)).isLessThanOrEqualTo(ClassRooms.CLASS_WINDOW.toSeconds());

        assertThat(direct.keys("storyweb:class:{" + code + "}:*")).filteredOn(key -> !key.equals(rate))
                .containsExactlyInAnyOrder(
                        RedisClassRooms.state(code), RedisClassRooms.key(code, "students"),
                        RedisClassRooms.key(code, "names"), RedisClassRooms.key(code, "questions"),
                        RedisClassRooms.key(code, "shown"), RedisClassRooms.key(code, "answers:walk/1"),
                        RedisClassRooms.key(code, "hidden:walk/1"))
                .allSatisfy(key -> assertThat(direct.getExpire(key)).isBetween(
                        RedisClassRooms.KEPT_OPEN.toSeconds() - 60, RedisClassRooms.KEPT_OPEN.toSeconds()));

        rooms.end(code, opened.secret());
        assertThat(direct.keys("storyweb:class:{" + code + "}:*")).filteredOn(key -> !key.equals(rate)).hasSize(7)
                .allSatisfy(key -> assertThat(direct.getExpire(key)).isBetween(1L,
                        RedisClassRooms.KEPT_AFTER_END.toSeconds()));
        // Until then the teacher can still download them.
        assertThat(rooms.allAnswers(code, opened.secret()).orElseThrow()).singleElement()
                .satisfies(answer -> assertThat(answer.hidden()).isTrue());
    }

    @Test
    void whileRedisIsAwayAStudentIsToldTheAnswerWasNotSentAndThePresenterHearsItOnceItIs() throws Exception {
        ClassRooms presenters = rooms();
        ClassRooms students = rooms();
        String code = presenters.open("never-let-me-go", CHOICE_STEP).session().code();
        List<ClassRooms.AnswerNews> heard = new CopyOnWriteArrayList<>();
        presenters.followAnswers(code, heard::add);
        ClassAnswers checked = new ClassAnswers(students, StoryPacks.load(Path.of("content")));

        servers.redis().stop();
        try {
            ClassAnswers.Reply reply = checked.answer(code, STUDENT, "triangle/1", "tommy");
            assertThat(reply.sent()).isFalse();
            assertThat(reply.message()).startsWith("The class cannot be reached just now, so this answer was not sent");
            assertThat(checked.join(code, STUDENT, "Ana")).isEmpty();
        } finally {
            servers.redis().startAgain();
        }

        ClassRoomsContract.awaitUntil(() -> {
            try {
                return checked.answer(code, STUDENT, "triangle/1", "tommy").sent();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        ClassRoomsContract.awaitUntil(() -> heard.contains(new ClassRooms.AnswerNews("triangle/1", 1, false)));
        assertThat(heard).contains(new ClassRooms.AnswerNews("triangle/1", 1, false));
        assertThat(presenters.answers(code, "triangle/1").orElseThrow().answers()).singleElement()
                .extracting(ClassRooms.Answer::text).isEqualTo("tommy");
    }

    private StringRedisTemplate direct() {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", servers.redis().port()));
        connections.afterPropertiesSet();
        connections.start();
        servers.stopAfterTest(connections::destroy);
        return new StringRedisTemplate(connections);
    }
}
