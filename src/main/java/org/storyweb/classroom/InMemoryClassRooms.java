package org.storyweb.classroom;

import com.vaadin.flow.shared.Registration;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;

/** The classes of this server, in memory: the default {@link ClassRooms}. */
public final class InMemoryClassRooms implements ClassRooms {

    // Letters and digits that are not easily confused when read off a projector: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
    static final String CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int CODE_LENGTH = 5;
    // An ended class is still found for a while, so that late followers are told it ended instead of "no class".
    private static final Duration KEPT_AFTER_END = Duration.ofHours(1);

    private record Room(ClassSession session, String secret, List<Consumer<ClassSession>> followers,
            Instant endedAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.ScheduledFuture<?>> leaving = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "class-rooms");
        thread.setDaemon(true);
        return thread;
    });
    // Followers are told in parallel, off the presenter's request: each update draws one student's page, and telling
    // forty of them one after another in the presenter's thread made the last one wait for all the others.
    private final java.util.concurrent.ExecutorService telling = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "class-followers");
                thread.setDaemon(true);
                return thread;
            });
    private final Duration grace;
    private final Clock clock;

    /** @param grace how long a class waits for a presenter whose page is gone */
    public InMemoryClassRooms(Duration grace, Clock clock) {
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public Opened open(String packId, String link) {
        forgetOldRooms();
        String secret = secret(random);
        while (true) {
            String code = code(random);
            ClassSession session = new ClassSession(code, packId, link, 1, false);
            if (rooms.putIfAbsent(code, new Room(session, secret, new CopyOnWriteArrayList<>(), null)) == null) {
                return new Opened(session, secret);
            }
        }
    }

    @Override
    public Optional<ClassSession> find(String code) {
        return room(code).map(Room::session);
    }

    @Override
    public boolean publish(String code, String secret, String link) {
        Optional<Room> found = room(code).filter(room -> owns(room, secret) && !room.session().ended());
        if (found.isEmpty()) {
            return false;
        }
        cancelLeaving(found.get().session().code());
        Room next = rooms.computeIfPresent(found.get().session().code(), (key, room) -> new Room(
                new ClassSession(key, room.session().packId(), link, room.session().version() + 1, false),
                room.secret(), room.followers(), null));
        tell(next);
        return true;
    }

    @Override
    public boolean end(String code, String secret) {
        Optional<Room> found = room(code).filter(room -> owns(room, secret));
        found.ifPresent(room -> endNow(room.session().code()));
        return found.isPresent();
    }

    @Override
    public void presenterLeft(String code, String secret) {
        room(code).filter(room -> owns(room, secret) && !room.session().ended()).ifPresent(room -> {
            String key = room.session().code();
            leaving.put(key, timer.schedule(() -> endNow(key), grace.toMillis(), TimeUnit.MILLISECONDS));
        });
    }

    @Override
    public Registration follow(String code, Consumer<ClassSession> listener) {
        Optional<Room> found = room(code);
        if (found.isEmpty()) {
            return () -> { };
        }
        found.get().followers().add(listener);
        return () -> found.get().followers().remove(listener);
    }

    private void endNow(String code) {
        cancelLeaving(code);
        Room ended = rooms.computeIfPresent(code, (key, room) -> room.session().ended() ? room : new Room(
                new ClassSession(key, room.session().packId(), room.session().link(), room.session().version() + 1,
                        true), room.secret(), room.followers(), clock.instant()));
        tell(ended);
    }

    private void cancelLeaving(String code) {
        Optional.ofNullable(leaving.remove(code)).ifPresent(task -> task.cancel(false));
    }

    private void tell(Room room) {
        if (room != null) {
            room.followers().forEach(follower -> telling.execute(() -> follower.accept(room.session())));
        }
    }

    private Optional<Room> room(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(rooms.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    // Compared in constant time, so that timing tells nothing about a guess.
    private static boolean owns(Room room, String secret) {
        return secret != null && MessageDigest.isEqual(room.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    private void forgetOldRooms() {
        Instant cutoff = clock.instant().minus(KEPT_AFTER_END);
        rooms.values().removeIf(room -> room.endedAt() != null && room.endedAt().isBefore(cutoff));
    }

    static String code(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    static String secret(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
