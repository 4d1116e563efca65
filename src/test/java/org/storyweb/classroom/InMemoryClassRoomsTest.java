package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryClassRoomsTest {

    private final InMemoryClassRooms rooms = new InMemoryClassRooms(Duration.ofMillis(200), Clock.systemUTC());

    @Test
    void aClassHasAShortCodeOfLettersThatAreNotEasilyConfused() {
        for (int i = 0; i < 200; i++) {
            String code = rooms.open("a-novel", "a-novel").session().code();
            assertThat(code).hasSize(InMemoryClassRooms.CODE_LENGTH);
            assertThat(code.chars()).allMatch(c -> InMemoryClassRooms.CODE_LETTERS.indexOf(c) >= 0);
            assertThat(code).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B", "2", "Z");
        }
    }

    @Test
    void followersHearEveryStepWithAGrowingVersionAndLateJoinersFindTheCurrentOne() {
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow(code.toLowerCase(), heard::add);

        assertThat(rooms.publish(code, opened.secret(), "a-novel?phase=later")).isTrue();
        assertThat(rooms.publish(code, opened.secret(), "a-novel?event=meeting")).isTrue();

        // Followers are told in parallel, so in any order; the version says which step is the newest.
        List<ClassSession> inOrder = awaitHeard(heard, 2).stream()
                .sorted(java.util.Comparator.comparingLong(ClassSession::version)).toList();
        assertThat(inOrder).extracting(ClassSession::link).containsExactly("a-novel?phase=later",
                "a-novel?event=meeting");
        assertThat(inOrder).extracting(ClassSession::version).containsExactly(2L, 3L);
        assertThat(rooms.find(code).orElseThrow().link()).isEqualTo("a-novel?event=meeting");
    }

    @Test
    void onlyThePresentersSecretDrivesAClass() {
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
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel?phase=later");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow(code, heard::add);

        assertThat(rooms.end(code, opened.secret())).isTrue();

        assertThat(awaitHeard(heard, 1)).singleElement().satisfies(session -> {
            assertThat(session.ended()).isTrue();
            assertThat(session.link()).isEqualTo("a-novel?phase=later");
        });
        assertThat(rooms.publish(code, opened.secret(), "a-novel")).isFalse();
    }

    @Test
    void aPresenterWhoLeavesEndsTheClassAfterTheGracePeriodUnlessTheyComeBack() throws InterruptedException {
        ClassRooms.Opened back = rooms.open("a-novel", "a-novel");
        ClassRooms.Opened gone = rooms.open("a-novel", "a-novel");

        rooms.presenterLeft(back.session().code(), back.secret());
        rooms.presenterLeft(gone.session().code(), gone.secret());
        assertThat(rooms.publish(back.session().code(), back.secret(), "a-novel?phase=later")).isTrue();
        // Waits for the grace period to pass, however slow the machine.
        for (int i = 0; i < 100 && !rooms.find(gone.session().code()).orElseThrow().ended(); i++) {
            Thread.sleep(100);
        }

        assertThat(rooms.find(gone.session().code()).orElseThrow().ended()).isTrue();
        assertThat(rooms.find(back.session().code()).orElseThrow().ended()).isFalse();
    }

    @Test
    void anUnknownCodeFindsNothingAndCannotBeDriven() {
        assertThat(rooms.find("QQQQQ")).isEmpty();
        assertThat(rooms.publish("QQQQQ", "x", "a-novel")).isFalse();
        assertThat(rooms.find(null)).isEmpty();
    }

    // Waits until the followers have been told this many times, however slow the machine.
    private static List<ClassSession> awaitHeard(List<ClassSession> heard, int count) {
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
