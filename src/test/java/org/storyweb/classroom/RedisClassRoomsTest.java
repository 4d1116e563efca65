package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The class contract kept in a real redis-server, and what only several servers on one Redis show: each store made
 * here is a server of its own, with its own connection, and they share the classes.
 */
class RedisClassRoomsTest extends ClassRoomsContract {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    @Override
    ClassRooms rooms() {
        return servers.newServer();
    }

    @Test
    void aStepOnOneServerReachesTheFollowersOfEveryServer() {
        ClassRooms presenters = rooms();
        ClassRooms students = rooms();
        ClassRooms.Opened opened = presenters.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        students.follow(code, heard::add);

        assertThat(students.find(code).orElseThrow().link()).isEqualTo("a-novel");
        presenters.publish(code, opened.secret(), "a-novel?phase=later");

        awaitUntil(() -> !heard.isEmpty());
        assertThat(heard).extracting(ClassSession::link).containsExactly("a-novel?phase=later");
        // Any server may drive the class for the holder of the secret: the presenter's page moved to another.
        assertThat(students.publish(code, opened.secret(), "a-novel?event=meeting")).isTrue();
        awaitUntil(() -> heard.size() == 2);
        assertThat(heard).extracting(ClassSession::version).containsExactly(2L, 3L);
    }

    @Test
    void aServerThatStartsAfterTheClassOpenedFindsIt() {
        ClassRooms.Opened opened = rooms().open("a-novel", "a-novel?phase=later");

        assertThat(rooms().find(opened.session().code()).orElseThrow())
                .isEqualTo(new ClassSession(opened.session().code(), "a-novel", "a-novel?phase=later", 1, false));
    }

    @Test
    void codesAreUniqueAcrossServersOpeningAtOnce() {
        List<ClassRooms> both = List.of(rooms(), rooms());
        Set<String> codes = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 400).parallel().forEach(i -> codes.add(both.get(i % 2).open("a-novel", "a-novel")
                .session().code()));
        assertThat(codes).hasSize(400);
    }

    @Test
    void redisKeepsNeitherTheSecretNorAClassForeverAndEverythingOfAClassUnderItsPrefix() {
        ClassRooms.Opened opened = rooms().open("a-novel", "a-novel");
        String code = opened.session().code();
        StringRedisTemplate direct = new StringRedisTemplate(connectionTo(servers.redis().port()));

        assertThat(direct.keys("storyweb:class:{" + code + "}:*")).containsExactly(RedisClassRooms.state(code));
        assertThat(direct.opsForHash().values(RedisClassRooms.state(code))).doesNotContain(opened.secret());
        assertThat(direct.getExpire(RedisClassRooms.state(code))).isBetween(1L,
                RedisClassRooms.KEPT_OPEN.toSeconds());
    }

    @Test
    void aRepeatedOrLateMessageNeverMovesAFollowerBack() {
        ClassRooms rooms = rooms();
        ClassRooms.Opened opened = rooms.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        rooms.follow(code, heard::add);
        rooms.publish(code, opened.secret(), "a-novel?phase=later");
        awaitUntil(() -> heard.size() == 1);

        // The same news again, as a message that arrives twice or late.
        StringRedisTemplate direct = new StringRedisTemplate(connectionTo(servers.redis().port()));
        direct.convertAndSend(RedisClassRooms.steps(code), "1");
        direct.convertAndSend(RedisClassRooms.steps(code), "2");
        rooms.publish(code, opened.secret(), "a-novel?event=meeting");

        awaitUntil(() -> heard.size() == 2);
        assertThat(heard).extracting(ClassSession::version).containsExactly(2L, 3L);
    }

    @Test
    void whileRedisIsDownTheStoreSaysSoAndFollowersCatchUpWhenItIsBack() throws Exception {
        ClassRooms presenters = rooms();
        ClassRooms students = rooms();
        ClassRooms.Opened opened = presenters.open("a-novel", "a-novel");
        String code = opened.session().code();
        List<ClassSession> heard = new CopyOnWriteArrayList<>();
        students.follow(code, heard::add);

        servers.redis().stop();
        try {
            assertThatThrownBy(() -> presenters.publish(code, opened.secret(), "a-novel?phase=later"))
                    .isInstanceOf(ClassStoreUnavailable.class);
            assertThatThrownBy(() -> students.find(code)).isInstanceOf(ClassStoreUnavailable.class);
        } finally {
            servers.redis().startAgain();
        }

        // The presenter's page tries again until it gets through; then every follower is told.
        awaitUntil(() -> {
            try {
                return presenters.publish(code, opened.secret(), "a-novel?phase=later");
            } catch (ClassStoreUnavailable stillReconnecting) {
                return false;
            }
        });
        awaitUntil(() -> heard.stream().anyMatch(session -> session.version() == 2));
        assertThat(heard).last().extracting(ClassSession::link).isEqualTo("a-novel?phase=later");
    }

    private LettuceConnectionFactory connectionTo(int port) {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        connections.start();
        servers.stopAfterTest(connections::destroy);
        return connections;
    }
}
