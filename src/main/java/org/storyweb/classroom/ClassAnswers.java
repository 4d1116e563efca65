package org.storyweb.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * Checks a student's answer on the server before a class keeps it: the class is live, the answer is for its current
 * step's question, a choice is one of the question's choices, a short answer is within its length, and neither the
 * student nor the class sends too fast (the class's limit is kept by the store, across servers). Whatever the
 * browser sends, only this decides.
 */
@Service
public class ClassAnswers {

    /** A student may send 5 answers in a burst, then one every 2 seconds (a change of mind, not a script). */
    static final int STUDENT_BURST = 5;
    static final Duration STUDENT_REFILL = Duration.ofSeconds(2);
    /** The longest first name a student may give. */
    static final int MAX_NAME = 30;

    // A student's id is made up by their browser (a random UUID), and only ever compared.
    private static final Pattern STUDENT_ID = Pattern.compile("[A-Za-z0-9-]{16,64}");

    /** Whether an answer was kept, and the sentence the student sees either way. */
    public record Reply(boolean sent, String message) {

        static Reply refused(String message) {
            return new Reply(false, message);
        }
    }

    private static final Reply TOO_MANY = Reply.refused("Too many answers at once; wait a few seconds and send it "
            + "again.");

    private final ClassRooms rooms;
    private final StoryPacks packs;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    ClassAnswers(ClassRooms rooms, StoryPacks packs) {
        this(rooms, packs, Clock.systemUTC());
    }

    ClassAnswers(ClassRooms rooms, StoryPacks packs, Clock clock) {
        this.rooms = rooms;
        this.packs = packs;
        this.clock = clock;
    }

    /** A student joins a class, with a first name for the teacher or none. */
    public Optional<ClassRooms.Student> join(String code, String studentId, String name) {
        if (!validStudent(studentId)) {
            return Optional.empty();
        }
        String clean = name == null ? null : text(name).strip();
        try {
            return rooms.join(code, studentId, clean == null || clean.isEmpty() ? null
                    : clean.codePointCount(0, clean.length()) > MAX_NAME
                            ? clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME)) : clean);
        } catch (ClassStoreUnavailable e) {
            return Optional.empty();
        }
    }

    /** A question's answers, or none while the class store cannot be reached (the page is told when it is back). */
    static Optional<ClassRooms.Answers> answers(ClassRooms rooms, String code, String question) {
        try {
            return rooms.answers(code, question);
        } catch (ClassStoreUnavailable e) {
            return Optional.empty();
        }
    }

    /** What one student's page shows of a question ({@link ClassRooms#answersFor}), or nothing while the store is away. */
    static Optional<ClassRooms.Answers> answersFor(ClassRooms rooms, String code, String question, String studentId) {
        try {
            return rooms.answersFor(code, question, studentId);
        } catch (ClassStoreUnavailable e) {
            return Optional.empty();
        }
    }

    /**
     * Checks a student's answer and keeps it.
     *
     * @param question the key of the question the student's page showed
     */
    public Reply answer(String code, String studentId, String question, String answer) {
        try {
            return check(code, studentId, question, answer);
        } catch (ClassStoreUnavailable e) {
            return Reply.refused("The class cannot be reached just now, so this answer was not sent; send it again "
                    + "in a moment.");
        }
    }

    private Reply check(String code, String studentId, String question, String answer) {
        Optional<ClassSession> found = rooms.find(code);
        if (found.isEmpty() || found.get().ended()) {
            return Reply.refused("This class has ended, so answers are no longer taken.");
        }
        if (!validStudent(studentId)) {
            return Reply.refused("This page cannot send answers; open the class's address again.");
        }
        ClassSession session = found.get();
        Optional<StoryPack> pack = packs.find(session.packId());
        Optional<StepQuestion> current = pack.flatMap(opened -> StepQuestion.of(opened,
                StepQuestion.view(packs, session.link())));
        if (current.isEmpty() || !current.get().key().equals(question)) {
            return Reply.refused("The teacher has moved on, so this answer was not sent.");
        }
        String text = answer == null ? "" : text(answer).strip();
        Tour.Question asked = current.get().question();
        if (asked.isChoice() && !asked.choices().contains(text)) {
            return Reply.refused("That is not one of the choices; choose one of them.");
        }
        if (text.isEmpty()) {
            return Reply.refused("Write an answer first.");
        }
        if (text.codePointCount(0, text.length()) > Tour.Question.MAX_ANSWER) {
            return Reply.refused("An answer has at most " + Tour.Question.MAX_ANSWER + " characters.");
        }
        // The class's own limit is the store's (ClassRooms.CLASS_ANSWERS), counted across its servers.
        if (!take("student " + session.code() + " " + studentId, STUDENT_BURST, STUDENT_REFILL)) {
            return TOO_MANY;
        }
        return switch (rooms.answer(session.code(), session.link(), question, studentId, text)) {
            case SENT -> new Reply(true, "Sent \u2713 You can change your answer until the teacher shows the "
                    + "answers.");
            case NO_CLASS -> Reply.refused("This class has ended, so answers are no longer taken.");
            case MOVED_ON -> Reply.refused("The teacher has moved on, so this answer was not sent.");
            case SHOWN -> Reply.refused("The teacher is showing the answers, so they can no longer change.");
            case TOO_MANY -> TOO_MANY;
        };
    }

    private static boolean validStudent(String studentId) {
        return studentId != null && STUDENT_ID.matcher(studentId).matches();
    }

    // Line breaks stay; other control characters (which could hide text or break a CSV) go.
    private static String text(String raw) {
        return raw.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\\n]]", "");
    }

    // A token bucket: `burst` tokens, one more every `refill`.
    private boolean take(String key, int burst, Duration refill) {
        if (buckets.size() > 100_000) {
            Instant idle = clock.instant().minus(refill.multipliedBy(burst));
            buckets.values().removeIf(bucket -> bucket.last.isBefore(idle));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, clock.instant())).take(burst, refill,
                clock.instant());
    }

    private static final class Bucket {
        private double tokens;
        private Instant last;

        Bucket(int tokens, Instant now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(int burst, Duration refill, Instant now) {
            tokens = Math.min(burst, tokens + (double) Duration.between(last, now).toNanos() / refill.toNanos());
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
