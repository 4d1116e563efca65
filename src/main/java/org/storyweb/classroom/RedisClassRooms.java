package org.storyweb.classroom;

import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.SubscriptionListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The classes of every server, in Redis: a class is a hash with a time to live, {@code storyweb:class:{CODE}:state}
 * (pack, link, version, ended, the SHA-256 of the presenter's secret, and the version at which the presenter left).
 * Each change is written and published on {@code storyweb:class:{CODE}:steps} in one script; every server relays it
 * to its own followers, reading the state, so that a late or repeated message never moves a follower backwards.
 * Everything of a class sits under its one prefix (the braces keep it on one node of a Redis Cluster).
 * <p>
 * Its students and answers sit beside the state, with the state's time to live, so they go when the class is
 * forgotten: {@code students} (id to number), {@code names} (id to first name), {@code questions} (those with
 * answers), {@code answers:QUESTION} (student id to "epoch millis, a space, the text"), {@code hidden:QUESTION} (student
 * ids), {@code shown} (questions) and {@code answer-rate} (the answers of the current window of the class's rate
 * limit, gone with the window). Each change is written and published on {@code answer-news} in one script, as
 * "ANSWERED SHOWN QUESTION" ("0 0 " when a student joined), so every server tells its listeners the news as it was
 * stored, whatever came after.
 */
public final class RedisClassRooms implements ClassRooms, MessageListener, SubscriptionListener {

    private static final Logger LOG = LoggerFactory.getLogger(RedisClassRooms.class);
    private static final String STEPS = "storyweb:class:*:steps";
    private static final String ANSWER_NEWS = "storyweb:class:*:answer-news";
    // An open class is kept for a school day after its last step; an ended one an hour, as in memory.
    static final Duration KEPT_OPEN = Duration.ofHours(12);
    static final Duration KEPT_AFTER_END = Duration.ofHours(1);

    // Gives a class's answer keys the time to live of its state (KEYS[1]), so that nothing about its students outlives
    // it. The keys are named from the state's, under the same braces, so they sit on its node of a Redis Cluster.
    private static final String KEEP_ANSWERS = """
            local function keep_answers(state, ttl)
              local prefix = string.sub(state, 1, #state - #'state')
              if tonumber(ttl) <= 0 then return end
              for _, part in ipairs({'students', 'names', 'questions', 'shown'}) do
                redis.call('pexpire', prefix .. part, ttl)
              end
              for _, question in ipairs(redis.call('smembers', prefix .. 'questions')) do
                redis.call('pexpire', prefix .. 'answers:' .. question, ttl)
                redis.call('pexpire', prefix .. 'hidden:' .. question, ttl)
              end
            end
            """;
    private static final RedisScript<Long> OPEN = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 then return 0 end
            redis.call('hset', KEYS[1], 'pack', ARGV[1], 'link', ARGV[2], 'version', 1, 'ended', 0, 'secret', ARGV[3])
            redis.call('pexpire', KEYS[1], ARGV[4])
            return 1""", Long.class);
    private static final RedisScript<Long> PUBLISH = RedisScript.of(KEEP_ANSWERS + """
            if redis.call('hget', KEYS[1], 'secret') ~= ARGV[1] or redis.call('hget', KEYS[1], 'ended') ~= '0' then
              return 0
            end
            local version = redis.call('hincrby', KEYS[1], 'version', 1)
            redis.call('hset', KEYS[1], 'link', ARGV[2])
            redis.call('hdel', KEYS[1], 'left')
            redis.call('pexpire', KEYS[1], ARGV[3])
            keep_answers(KEYS[1], ARGV[3])
            redis.call('publish', KEYS[2], version)
            return version""", Long.class);
    // Ends a class for its presenter (ARGV[1] the secret's hash), or, with no hash, one whose presenter left at
    // version ARGV[2] and has not published since.
    private static final RedisScript<Long> END = RedisScript.of(KEEP_ANSWERS + """
            if redis.call('exists', KEYS[1]) == 0 then return 0 end
            if ARGV[1] ~= '' then
              if redis.call('hget', KEYS[1], 'secret') ~= ARGV[1] then return 0 end
            elseif redis.call('hget', KEYS[1], 'left') ~= ARGV[2] then
              return 0
            end
            if redis.call('hget', KEYS[1], 'ended') == '1' then return 1 end
            local version = redis.call('hincrby', KEYS[1], 'version', 1)
            redis.call('hset', KEYS[1], 'ended', 1)
            redis.call('pexpire', KEYS[1], ARGV[3])
            keep_answers(KEYS[1], ARGV[3])
            redis.call('publish', KEYS[2], version)
            return 1""", Long.class);
    private static final RedisScript<Long> LEFT = RedisScript.of("""
            if redis.call('hget', KEYS[1], 'secret') ~= ARGV[1] or redis.call('hget', KEYS[1], 'ended') ~= '0' then
              return 0
            end
            local version = redis.call('hget', KEYS[1], 'version')
            redis.call('hset', KEYS[1], 'left', version)
            return tonumber(version)""", Long.class);

    // KEYS: state, students, names, answer-news. ARGV: student id, first name or ''. The student's number, or 0.
    private static final RedisScript<Long> JOIN = RedisScript.of(KEEP_ANSWERS + """
            if redis.call('hget', KEYS[1], 'ended') ~= '0' then return 0 end
            local number = redis.call('hget', KEYS[2], ARGV[1])
            if not number then
              number = redis.call('hlen', KEYS[2]) + 1
              redis.call('hset', KEYS[2], ARGV[1], number)
            end
            if ARGV[2] ~= '' then redis.call('hset', KEYS[3], ARGV[1], ARGV[2]) end
            keep_answers(KEYS[1], redis.call('pttl', KEYS[1]))
            redis.call('publish', KEYS[4], '0 0 ')
            return tonumber(number)""", Long.class);
    // Checked against the class's current link and kept in one step, so "the step is current" holds when it is kept.
    // The class's answers are counted in answer-rate, which the window's first answer opens and its end deletes, so
    // that every server shares one limit.
    // KEYS: state, students, questions, shown, answers:Q, hidden:Q, answer-news, answer-rate.
    // ARGV: link, question, student, value, window (ms), answers per window.
    private static final RedisScript<String> ANSWER = RedisScript.of(KEEP_ANSWERS + """
            if redis.call('hget', KEYS[1], 'ended') ~= '0' then return 'NO_CLASS' end
            if redis.call('hget', KEYS[1], 'link') ~= ARGV[1] then return 'MOVED_ON' end
            if redis.call('sismember', KEYS[4], ARGV[2]) == 1 then return 'SHOWN' end
            local taken = redis.call('incr', KEYS[8])
            if taken == 1 then redis.call('pexpire', KEYS[8], ARGV[5]) end
            if taken > tonumber(ARGV[6]) then return 'TOO_MANY' end
            if redis.call('hexists', KEYS[2], ARGV[3]) == 0 then
              redis.call('hset', KEYS[2], ARGV[3], redis.call('hlen', KEYS[2]) + 1)
            end
            redis.call('sadd', KEYS[3], ARGV[2])
            redis.call('hset', KEYS[5], ARGV[3], ARGV[4])
            redis.call('srem', KEYS[6], ARGV[3])
            keep_answers(KEYS[1], redis.call('pttl', KEYS[1]))
            redis.call('publish', KEYS[7], redis.call('hlen', KEYS[5]) .. ' 0 ' .. ARGV[2])
            return 'SENT'""", String.class);
    // What one student's page shows of a question, in one call: whether shown, the students, and then all the
    // answers and the hidden ones, or else the student's own. KEYS: state, shown, students, answers:Q, hidden:Q.
    // ARGV: question, student.
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ANSWERS_FOR = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 0 then return false end
            local students = redis.call('hlen', KEYS[3])
            if redis.call('sismember', KEYS[2], ARGV[1]) == 1 then
              return {1, students, redis.call('hgetall', KEYS[4]), redis.call('smembers', KEYS[5])}
            end
            local mine = redis.call('hget', KEYS[4], ARGV[2])
            if not mine then return {0, students, {}, {}} end
            local hidden = {}
            if redis.call('sismember', KEYS[5], ARGV[2]) == 1 then hidden = {ARGV[2]} end
            return {0, students, {ARGV[2], mine}, hidden}""", List.class);
    // The presenter's changes, made after their secret was checked. KEYS: state, questions, shown, answers:Q,
    // hidden:Q, answer-news. ARGV: what to do (show, unshow, hide, clear), question, student.
    private static final RedisScript<Long> CHANGE_ANSWERS = RedisScript.of(KEEP_ANSWERS + """
            if redis.call('exists', KEYS[1]) == 0 then return 0 end
            if ARGV[1] == 'show' then
              redis.call('sadd', KEYS[3], ARGV[2])
              redis.call('sadd', KEYS[2], ARGV[2])
            elseif ARGV[1] == 'unshow' then
              redis.call('srem', KEYS[3], ARGV[2])
            elseif ARGV[1] == 'hide' then
              if redis.call('hexists', KEYS[4], ARGV[3]) == 1 then redis.call('sadd', KEYS[5], ARGV[3]) end
            elseif ARGV[1] == 'clear' then
              redis.call('del', KEYS[4], KEYS[5])
              redis.call('srem', KEYS[3], ARGV[2])
              redis.call('srem', KEYS[2], ARGV[2])
            end
            keep_answers(KEYS[1], redis.call('pttl', KEYS[1]))
            redis.call('publish', KEYS[6], redis.call('hlen', KEYS[4]) .. ' '
                .. redis.call('sismember', KEYS[3], ARGV[2]) .. ' ' .. ARGV[2])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer listeners;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, List<Consumer<ClassSession>>> followers = new ConcurrentHashMap<>();
    // The newest version told to this server's followers of each class, so that the relay never goes backwards.
    private final Map<String, Long> told = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<AnswerNews>>> answerListeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "class-rooms");
        thread.setDaemon(true);
        return thread;
    });
    // As in memory: followers are told in parallel, off the thread that heard the news.
    private final ExecutorService telling = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "class-followers");
                thread.setDaemon(true);
                return thread;
            });

    /** @param grace how long a class waits for a presenter whose page is gone */
    public RedisClassRooms(StringRedisTemplate redis, RedisMessageListenerContainer listeners, Duration grace) {
        this.redis = redis;
        this.listeners = listeners;
        this.grace = grace;
        listeners.addMessageListener(this, List.of(new PatternTopic(STEPS), new PatternTopic(ANSWER_NEWS)));
        timer.execute(this::listen);
    }

    // A server starts whether or not Redis answers (it is not ready until it does). Once subscribed, the container
    // itself subscribes again after Redis comes back; the first subscription is tried here until it holds.
    private void listen() {
        try {
            listeners.start();
        } catch (RuntimeException e) {
            listeners.stop();
            LOG.warn("Cannot subscribe to the classes' news yet ({}); trying again in a second", e.getMessage());
            timer.schedule(this::listen, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public Opened open(String packId, String link) {
        String secret = InMemoryClassRooms.secret(random);
        while (true) {
            String code = InMemoryClassRooms.code(random);
            // Claimed atomically: two servers never hand out the same code.
            Long claimed = reach(() -> redis.execute(OPEN, List.of(state(code)), packId, link, hash(secret),
                    String.valueOf(KEPT_OPEN.toMillis())));
            if (claimed != null && claimed == 1) {
                return new Opened(new ClassSession(code, packId, link, 1, false), secret);
            }
        }
    }

    @Override
    public Optional<ClassSession> find(String code) {
        return normal(code).flatMap(this::read);
    }

    @Override
    public boolean publish(String code, String secret, String link) {
        return normal(code).filter(key -> owns(key, secret)).map(key -> reach(() -> redis.execute(PUBLISH,
                List.of(state(key), steps(key)), hash(secret), link, String.valueOf(KEPT_OPEN.toMillis()))))
                .filter(version -> version > 0).isPresent();
    }

    @Override
    public boolean end(String code, String secret) {
        return normal(code).filter(key -> owns(key, secret)).map(key -> reach(() -> redis.execute(END,
                List.of(state(key), steps(key)), hash(secret), "", String.valueOf(KEPT_AFTER_END.toMillis()))))
                .filter(done -> done == 1).isPresent();
    }

    @Override
    public void presenterLeft(String code, String secret) {
        normal(code).filter(key -> owns(key, secret)).ifPresent(key -> {
            Long version = reach(() -> redis.execute(LEFT, List.of(state(key)), hash(secret)));
            if (version != null && version > 0) {
                // If this server goes before the grace period ends, the class stays open until it expires.
                timer.schedule(() -> endIfStillGone(key, version), grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private void endIfStillGone(String code, long version) {
        try {
            redis.execute(END, List.of(state(code), steps(code)), "", String.valueOf(version),
                    String.valueOf(KEPT_AFTER_END.toMillis()));
        } catch (DataAccessException e) {
            LOG.warn("Could not end class {} after its presenter left: {}", code, e.getMessage());
        }
    }

    @Override
    public Registration follow(String code, Consumer<ClassSession> listener) {
        Optional<String> key = normal(code);
        if (key.isEmpty()) {
            return () -> { };
        }
        followers.computeIfAbsent(key.get(), k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> followers.computeIfPresent(key.get(), (k, list) -> {
            list.remove(listener);
            if (list.isEmpty()) {
                told.remove(k);
                return null;
            }
            return list;
        });
    }

    // ---- Students and their answers ----

    @Override
    public Optional<Student> join(String code, String studentId, String name) {
        return normal(code).flatMap(key -> {
            Long number = reach(() -> redis.execute(JOIN, List.of(state(key), key(key, "students"), key(key, "names"),
                    key(key, "answer-news")), studentId, name == null ? "" : name));
            if (number == null || number == 0) {
                return Optional.empty();
            }
            Object named = reach(() -> redis.opsForHash().get(key(key, "names"), studentId));
            return Optional.of(new Student(studentId, number.intValue(), (String) named));
        });
    }

    @Override
    public Received answer(String code, String link, String question, String studentId, String text) {
        return normal(code).map(key -> Received.valueOf(reach(() -> redis.execute(ANSWER, List.of(state(key),
                key(key, "students"), key(key, "questions"), key(key, "shown"), key(key, "answers:" + question),
                key(key, "hidden:" + question), key(key, "answer-news"), key(key, "answer-rate")), link, question,
                studentId, System.currentTimeMillis() + " " + text, String.valueOf(CLASS_WINDOW.toMillis()),
                String.valueOf(CLASS_ANSWERS))))).orElse(Received.NO_CLASS);
    }

    @Override
    public Optional<Answers> answers(String code, String question) {
        return normal(code).filter(key -> Boolean.TRUE.equals(reach(() -> redis.hasKey(state(key)))))
                .map(key -> new Answers(question, isShown(key, question), read(key, question),
                        reach(() -> redis.opsForHash().size(key(key, "students"))).intValue()));
    }

    @Override
    public Optional<Answers> answersFor(String code, String question, String studentId) {
        return normal(code).flatMap(key -> {
            List<?> found = reach(() -> redis.execute(ANSWERS_FOR, List.of(state(key), key(key, "shown"),
                    key(key, "students"), key(key, "answers:" + question), key(key, "hidden:" + question)), question,
                    studentId == null ? "" : studentId));
            // No class: Redis's nil comes back as no list, or as a list of one null.
            if (found == null || found.size() < 4) {
                return Optional.empty();
            }
            List<?> pairs = (List<?>) found.get(2);
            Map<Object, Object> stored = new java.util.HashMap<>();
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                stored.put(pairs.get(i), pairs.get(i + 1));
            }
            Set<String> hidden = ((List<?>) found.get(3)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.toSet());
            return Optional.of(new Answers(question, ((Number) found.get(0)).intValue() == 1,
                    answers(question, stored, hidden), ((Number) found.get(1)).intValue()));
        });
    }

    @Override
    public boolean showAnswers(String code, String secret, String question, boolean shown) {
        return changeAnswers(code, secret, shown ? "show" : "unshow", question, "");
    }

    @Override
    public boolean hideAnswer(String code, String secret, String question, String studentId) {
        return changeAnswers(code, secret, "hide", question, studentId);
    }

    @Override
    public boolean clearAnswers(String code, String secret, String question) {
        return changeAnswers(code, secret, "clear", question, "");
    }

    private boolean changeAnswers(String code, String secret, String change, String question, String studentId) {
        return normal(code).filter(key -> owns(key, secret)).map(key -> reach(() -> redis.execute(CHANGE_ANSWERS,
                List.of(state(key), key(key, "questions"), key(key, "shown"), key(key, "answers:" + question),
                        key(key, "hidden:" + question), key(key, "answer-news")), change, question, studentId)))
                .filter(done -> done == 1).isPresent();
    }

    @Override
    public Optional<List<Answer>> allAnswers(String code, String secret) {
        return normal(code).filter(key -> owns(key, secret)).map(key -> reach(() -> redis.opsForSet()
                .members(key(key, "questions"))).stream().flatMap(question -> read(key, question).stream())
                .toList());
    }

    @Override
    public Optional<List<Student>> students(String code, String secret) {
        return normal(code).filter(key -> owns(key, secret)).map(key -> {
            Map<Object, Object> numbers = reach(() -> redis.opsForHash().entries(key(key, "students")));
            Map<Object, Object> names = reach(() -> redis.opsForHash().entries(key(key, "names")));
            return numbers.entrySet().stream().map(entry -> new Student((String) entry.getKey(),
                    Integer.parseInt((String) entry.getValue()), (String) names.get(entry.getKey())))
                    .sorted(Comparator.comparingInt(Student::number)).toList();
        });
    }

    @Override
    public Registration followAnswers(String code, Consumer<AnswerNews> listener) {
        Optional<String> key = normal(code);
        if (key.isEmpty()) {
            return () -> { };
        }
        answerListeners.computeIfAbsent(key.get(), k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> answerListeners.computeIfPresent(key.get(), (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private void tellAnswers(String code, AnswerNews news) {
        answerListeners.getOrDefault(code, List.of()).forEach(listener -> telling.execute(() -> listener.accept(
                news)));
    }

    // What was published while Redis was away was not heard: a join (the presenter counts again) and every question
    // with answers is news, read as stored now.
    private void relayAllAnswers(String code) {
        try {
            tellAnswers(code, new AnswerNews(null, 0, false));
            reach(() -> redis.opsForSet().members(key(code, "questions"))).forEach(question -> tellAnswers(code,
                    new AnswerNews(question, reach(() -> redis.opsForHash().size(key(code, "answers:" + question)))
                            .intValue(), isShown(code, question))));
        } catch (ClassStoreUnavailable e) {
            // Gone again: the next subscription tells.
        }
    }

    private boolean isShown(String code, String question) {
        return Boolean.TRUE.equals(reach(() -> redis.opsForSet().isMember(key(code, "shown"), question)));
    }

    // A question's answers, oldest first, as a wall shows them.
    private List<Answer> read(String code, String question) {
        return answers(question, reach(() -> redis.opsForHash().entries(key(code, "answers:" + question))),
                reach(() -> redis.opsForSet().members(key(code, "hidden:" + question))));
    }

    // Answers as kept: the student, and the time and text in one value.
    private static List<Answer> answers(String question, Map<Object, Object> stored, Set<String> hidden) {
        return stored.entrySet().stream().map(entry -> {
            String value = (String) entry.getValue();
            int space = value.indexOf(' ');
            return new Answer(question, (String) entry.getKey(), value.substring(space + 1),
                    Instant.ofEpochMilli(Long.parseLong(value.substring(0, space))),
                    hidden.contains((String) entry.getKey()));
        }).sorted(Comparator.comparing(Answer::at).thenComparing(Answer::student)).toList();
    }

    /**
     * News of a class: this server's followers of it, if any, are told its state as stored now; its listeners to
     * answers, the news as it was published.
     */
    @Override
    public void onMessage(Message message, byte[] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        String code = channel.substring(channel.indexOf('{') + 1, channel.indexOf('}'));
        if (channel.endsWith(":answer-news")) {
            String[] news = new String(message.getBody(), StandardCharsets.UTF_8).split(" ", 3);
            if (news.length == 3) {
                tellAnswers(code, new AnswerNews(news[2].isEmpty() ? null : news[2], Integer.parseInt(news[0]),
                        news[1].equals("1")));
            }
        } else if (followers.containsKey(code)) {
            telling.execute(() -> relay(code));
        }
    }

    /** Subscribed again after Redis came back: what was published meanwhile was not heard, so read it. */
    @Override
    public void onPatternSubscribed(byte[] pattern, long count) {
        if (new String(pattern, StandardCharsets.UTF_8).equals(ANSWER_NEWS)) {
            answerListeners.keySet().forEach(code -> telling.execute(() -> relayAllAnswers(code)));
        } else {
            followers.keySet().forEach(code -> telling.execute(() -> relay(code)));
        }
    }

    private void relay(String code) {
        Optional<ClassSession> session;
        try {
            session = read(code);
        } catch (ClassStoreUnavailable e) {
            return; // Told when the store is back and subscribed again.
        }
        session.filter(news -> newer(code, news.version())).ifPresent(news -> followers.getOrDefault(code,
                List.of()).forEach(follower -> telling.execute(() -> follower.accept(news))));
    }

    private boolean newer(String code, long version) {
        boolean[] newer = {false};
        told.compute(code, (key, last) -> {
            newer[0] = last == null || version > last;
            return newer[0] ? version : last;
        });
        return newer[0];
    }

    private Optional<ClassSession> read(String code) {
        Map<Object, Object> stored = reach(() -> redis.opsForHash().entries(state(code)));
        if (stored == null || stored.isEmpty() || !stored.containsKey("version")) {
            return Optional.empty();
        }
        return Optional.of(new ClassSession(code, (String) stored.get("pack"), (String) stored.get("link"),
                Long.parseLong((String) stored.get("version")), "1".equals(stored.get("ended"))));
    }

    // Compared in constant time, so that timing tells nothing about a guess; Redis keeps only the hash.
    private boolean owns(String code, String secret) {
        if (secret == null) {
            return false;
        }
        Object stored = reach(() -> redis.opsForHash().get(state(code), "secret"));
        return stored != null && MessageDigest.isEqual(((String) stored).getBytes(StandardCharsets.US_ASCII),
                hash(secret).getBytes(StandardCharsets.US_ASCII));
    }

    private static <T> T reach(Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException e) {
            throw new ClassStoreUnavailable(e);
        }
    }

    private static Optional<String> normal(String code) {
        return Optional.ofNullable(code).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty() && c.chars().allMatch(Character::isLetterOrDigit));
    }

    static String state(String code) {
        return key(code, "state");
    }

    static String steps(String code) {
        return key(code, "steps");
    }

    /** A key (or channel) of a class, under its prefix. */
    static String key(String code, String part) {
        return "storyweb:class:{" + code + "}:" + part;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
