package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClassRooms} does, whichever store keeps the classes: each store's test extends this class and
 * says how to make one (as JGraphT's shared abstract test cases do for its graphs).
 */
abstract class ClassRoomsContract {

    static final Duration GRACE = Duration.ofMillis(200);

    /** A store whose classes wait {@link #GRACE} for a presenter who left. */
    abstract ClassRooms rooms();

    @Test
    void aClassHasAShortCodeOfLettersThatAreNotEasilyConfused() {
        ClassRooms rooms = rooms();
        for (int i = 0; i < 200; i++) {
            String code = rooms.open("a-novel", "a-novel").session().code();
            assertThat(code).hasSize(InMemoryClassRooms.CODE_LENGTH);
            assertThat(code.chars()).allMatch(c -> InMemoryClassRooms.CODE_LETTERS.indexOf(c) >= 0);
            assertThat(code).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B", "2", "Z");
        }
    }

    @Test
    void followersHearEveryStepWithAGrowingVersionAndLateJoinersFindTheCurrentOne() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow(code.toLowerCase(), heard::add);

        assertThat(rooms.publish(code, opened.secret(), "a-novel?phase=later")).isTrue();
        awaitUntil(() -> heard.stream().anyMatch(session -> session.version() == 2));
        assertThat(rooms.publish(code, opened.secret(), "a-novel?event=meeting")).isTrue();

        // Followers may be told in parallel, so in any order; the version says which step is the newest.
        awaitUntil(() -> heard.stream().anyMatch(session -> session.version() == 3));
        List<ClassSession> inOrder = heard.stream().sorted(Comparator.comparingLong(ClassSession::version)).toList();
        assertThat(inOrder).extracting(ClassSession::link).containsExactly("a-novel?phase=later",
                "a-novel?event=meeting");
        assertThat(inOrder).extracting(ClassSession::version).containsExactly(2L, 3L);
        assertThat(rooms.find(code).orElseThrow()).isEqualTo(
                new ClassSession(code, "a-novel", "a-novel?event=meeting", 3, false));
    }

    @Test
    void onlyThePresentersSecretDrivesAClass() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel");
        ClassRooms.Opened other = rooms.open("a-novel", "a-novel?phase=later");
        String code = opened.session().code();

        assertThat(rooms.publish(code, null, "a-novel?event=x")).isFalse();
        assertThat(rooms.publish(code, "", "a-novel?event=x")).isFalse();
        assertThat(rooms.publish(code, code, "a-novel?event=x")).isFalse();
        assertThat(rooms.publish(code, other.secret(), "a-novel?event=x")).isFalse();
        assertThat(rooms.end(code, other.secret())).isFalse();
        assertThat(rooms.find(code).orElseThrow().link()).isEqualTo("a-novel");
        assertThat(rooms.find(code).orElseThrow().ended()).isFalse();
        assertThat(opened.secret()).doesNotContain(code).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void endingAClassTellsTheFollowersAndKeepsTheLastView() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel?phase=later");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow(code, heard::add);

        assertThat(rooms.end(code, opened.secret())).isTrue();

        awaitUntil(() -> !heard.isEmpty());
        assertThat(heard).singleElement().satisfies(session -> {
            assertThat(session.ended()).isTrue();
            assertThat(session.link()).isEqualTo("a-novel?phase=later");
        });
        assertThat(rooms.publish(code, opened.secret(), "a-novel")).isFalse();
        assertThat(rooms.find(code).orElseThrow().ended()).isTrue();
    }

    @Test
    void aPresenterWhoLeavesEndsTheClassAfterTheGracePeriodUnlessTheyComeBack() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened back = rooms.open("a-novel", "a-novel");
        ClassRooms.Opened gone = rooms.open("a-novel", "a-novel");

        rooms.presenterLeft(back.session().code(), back.secret());
        rooms.presenterLeft(gone.session().code(), gone.secret());
        assertThat(rooms.publish(back.session().code(), back.secret(), "a-novel?phase=later")).isTrue();
        awaitUntil(() -> rooms.find(gone.session().code()).orElseThrow().ended());

        assertThat(rooms.find(gone.session().code()).orElseThrow().ended()).isTrue();
        assertThat(rooms.find(back.session().code()).orElseThrow().ended()).isFalse();
    }

    @Test
    void anUnknownCodeFindsNothingAndCannotBeDriven() {
        ClassRooms rooms = rooms();
        assertThat(rooms.find("QQQQQ")).isEmpty();
        assertThat(rooms.publish("QQQQQ", "x", "a-novel")).isFalse();
        assertThat(rooms.end("QQQQQ", "x")).isFalse();
        assertThat(rooms.find(null)).isEmpty();
        assertThat(rooms.find("")).isEmpty();
        assertThat(rooms.find("Q*")).isEmpty();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow("QQQQQ", heard::add).remove();
        assertThat(heard).isEmpty();
    }

    @Test
    void aFollowerWhoStopsListeningHearsNoMore() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> gone = new CopyOnWriteArrayList<>();
        List<ClassSession> staying = new CopyOnWriteArrayList<>();
        rooms.follow(code, gone::add).remove();
        rooms.follow(code, staying::add);

        rooms.publish(code, opened.secret(), "a-novel?phase=later");

        awaitUntil(() -> !staying.isEmpty());
        assertThat(gone).isEmpty();
    }

    /** Waits until the condition holds, however slow the machine (10 s at most). */
    static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
