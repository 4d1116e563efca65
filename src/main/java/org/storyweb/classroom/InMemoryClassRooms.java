package org.storyweb.classroom;

import com.vaadin.flow.shared.Registration;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
            Instant endedAt, Kept kept) {
    }

    // A class's students and answers. Changed only while holding its lock, so that an answer is checked against the
    // class's current step and kept in one step.
    private static final class Kept {
        final Map<String, Student> students = new LinkedHashMap<>();
        final Map<String, Map<String, Answer>> answers = new LinkedHashMap<>();
        final Set<String> shown = new HashSet<>();
        final List<Consumer<AnswerNews>> listeners = new CopyOnWriteArrayList<>();
        // The answers taken since the window opened (CLASS_WINDOW, opened by the first answer after the last one).
        Instant windowOpened = Instant.MIN;
        int taken;

        AnswerNews news(String question) {
            return new AnswerNews(question, answers.getOrDefault(question, Map.of()).size(), shown.contains(question));
        }
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
            if (rooms.putIfAbsent(code, new Room(session, secret, new CopyOnWriteArrayList<>(), null,
                    new Kept())) == null) {
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
                room.secret(), room.followers(), null, room.kept()));
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

    @Override
    public Optional<Student> join(String code, String studentId, String name) {
        return room(code).filter(room -> !room.session().ended()).map(room -> {
            Kept kept = room.kept();
            Student student;
            synchronized (kept) {
                Student known = kept.students.get(studentId);
                student = new Student(studentId, known == null ? kept.students.size() + 1 : known.number(),
                        name == null || name.isBlank() ? known == null ? null : known.name() : name);
                kept.students.put(studentId, student);
            }
            tellAnswers(kept, new AnswerNews(null, 0, false));
            return student;
        });
    }

    @Override
    public Received answer(String code, String link, String question, String studentId, String text) {
        Optional<Room> found = room(code);
        if (found.isEmpty()) {
            return Received.NO_CLASS;
        }
        Kept kept = found.get().kept();
        AnswerNews news;
        synchronized (kept) {
            Room now = rooms.get(found.get().session().code());
            if (now == null || now.session().ended()) {
                return Received.NO_CLASS;
            }
            if (!now.session().link().equals(link)) {
                return Received.MOVED_ON;
            }
            if (kept.shown.contains(question)) {
                return Received.SHOWN;
            }
            if (!clock.instant().isBefore(kept.windowOpened.plus(CLASS_WINDOW))) {
                kept.windowOpened = clock.instant();
                kept.taken = 0;
            }
            if (++kept.taken > CLASS_ANSWERS) {
                return Received.TOO_MANY;
            }
            kept.students.computeIfAbsent(studentId, id -> new Student(id, kept.students.size() + 1, null));
            kept.answers.computeIfAbsent(question, key -> new LinkedHashMap<>())
                    .put(studentId, new Answer(question, studentId, text, clock.instant(), false));
            news = kept.news(question);
        }
        tellAnswers(kept, news);
        return Received.SENT;
    }

    @Override
    public Optional<Answers> answers(String code, String question) {
        return room(code).map(room -> {
            synchronized (room.kept()) {
                return new Answers(question, room.kept().shown.contains(question),
                        List.copyOf(room.kept().answers.getOrDefault(question, Map.of()).values()),
                        room.kept().students.size());
            }
        });
    }

    @Override
    public Optional<Answers> answersFor(String code, String question, String studentId) {
        return room(code).map(room -> {
            synchronized (room.kept()) {
                Map<String, Answer> all = room.kept().answers.getOrDefault(question, Map.of());
                boolean shown = room.kept().shown.contains(question);
                return new Answers(question, shown, shown ? List.copyOf(all.values())
                        : Optional.ofNullable(studentId).map(all::get).stream().toList(), room.kept().students.size());
            }
        });
    }

    @Override
    public boolean showAnswers(String code, String secret, String question, boolean shown) {
        return changeAnswers(code, secret, question, kept -> {
            if (shown) {
                kept.shown.add(question);
            } else {
                kept.shown.remove(question);
            }
        });
    }

    @Override
    public boolean hideAnswer(String code, String secret, String question, String studentId) {
        return changeAnswers(code, secret, question, kept -> Optional.ofNullable(kept.answers.get(question))
                .ifPresent(answers -> answers.computeIfPresent(studentId, (id, answer) -> new Answer(
                        answer.question(), id, answer.text(), answer.at(), true))));
    }

    @Override
    public boolean clearAnswers(String code, String secret, String question) {
        return changeAnswers(code, secret, question, kept -> {
            kept.answers.remove(question);
            kept.shown.remove(question);
        });
    }

    private boolean changeAnswers(String code, String secret, String question, Consumer<Kept> change) {
        Optional<Room> found = room(code).filter(room -> owns(room, secret));
        found.ifPresent(room -> {
            AnswerNews news;
            synchronized (room.kept()) {
                change.accept(room.kept());
                news = room.kept().news(question);
            }
            tellAnswers(room.kept(), news);
        });
        return found.isPresent();
    }

    @Override
    public Optional<List<Answer>> allAnswers(String code, String secret) {
        return room(code).filter(room -> owns(room, secret)).map(room -> {
            synchronized (room.kept()) {
                return room.kept().answers.values().stream().flatMap(answers -> answers.values().stream())
                        .toList();
            }
        });
    }

    @Override
    public Optional<List<Student>> students(String code, String secret) {
        return room(code).filter(room -> owns(room, secret)).map(room -> {
            synchronized (room.kept()) {
                return List.copyOf(room.kept().students.values());
            }
        });
    }

    @Override
    public Registration followAnswers(String code, Consumer<AnswerNews> listener) {
        Optional<Room> found = room(code);
        if (found.isEmpty()) {
            return () -> { };
        }
        found.get().kept().listeners.add(listener);
        return () -> found.get().kept().listeners.remove(listener);
    }

    private void tellAnswers(Kept kept, AnswerNews news) {
        kept.listeners.forEach(listener -> telling.execute(() -> listener.accept(news)));
    }

    private void endNow(String code) {
        cancelLeaving(code);
        Room ended = rooms.computeIfPresent(code, (key, room) -> room.session().ended() ? room : new Room(
                new ClassSession(key, room.session().packId(), room.session().link(), room.session().version() + 1,
                        true), room.secret(), room.followers(), clock.instant(), room.kept()));
        tell(ended);
        // Nothing about the students outlives the class: its answers go when it is forgotten.
        timer.schedule(() -> rooms.remove(code), KEPT_AFTER_END.toMillis(), TimeUnit.MILLISECONDS);
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
