package org.storyweb.classroom;

import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where live classes are kept: the one place a presenter's steps go and followers hear them. The default keeps them
 * in this server's memory; a relay across servers (Redis pub/sub, PostgreSQL LISTEN/NOTIFY) implements the same
 * interface, and no view changes.
 * <p>
 * Only the holder of a class's secret drives it. The secret is handed out once, to the presenter, and is never part
 * of the code, the join address or anything a follower sees.
 * <p>
 * A class also keeps its students' answers to the questions of its steps, until it is forgotten (an hour after it
 * ends). Everything here is plain data (strings, numbers, instants), so that a store across servers keeps it as is.
 * A student is named by an id their browser made up and keeps, never by a server's session, so that a page that
 * reconnects to another server is the same student.
 */
public interface ClassRooms {

    /** A class just opened: what followers see, and the secret that drives it. */
    record Opened(ClassSession session, String secret) {
    }

    /** Opens a class at the presenter's current view. */
    Opened open(String packId, String link);

    /** The class with this code, if it is open or has just ended. Codes are read without regard to case. */
    Optional<ClassSession> find(String code);

    /**
     * Moves the class to the presenter's new view.
     *
     * @return false, and nothing changes, when the secret is not this class's or the class has ended
     */
    boolean publish(String code, String secret, String link);

    /** Ends the class now; followers are told and keep their view. False when the secret is wrong. */
    boolean end(String code, String secret);

    /**
     * The presenter's page is gone (closed, reloaded, connection lost). The class ends after a grace period unless
     * the presenter comes back and publishes again.
     */
    void presenterLeft(String code, String secret);

    /** Calls the listener with every new version of the class, and once when it ends. */
    Registration follow(String code, Consumer<ClassSession> listener);

    // ---- Students and their answers ----

    /** A student of a class: a stable number ("Student 7") and, if they gave one, a first name for the teacher. */
    record Student(String id, int number, String name) {

        /** How the teacher sees them: their first name, or "Student 7". */
        public String label() {
            return name == null || name.isBlank() ? "Student " + number : name;
        }
    }

    /** One student's answer to one question; the last one sent counts. */
    record Answer(String question, String student, String text, Instant at, boolean hidden) {
    }

    /**
     * A question's answers, as the class keeps them.
     *
     * @param shown    whether the teacher shows them; then they can no longer be changed
     * @param students how many students have joined the class
     */
    record Answers(String question, boolean shown, List<Answer> answers, int students) {

        public Answers {
            answers = List.copyOf(answers);
        }

        public Optional<Answer> of(String student) {
            return answers.stream().filter(answer -> answer.student().equals(student)).findFirst();
        }
    }

    /** What a store says to an answer. */
    enum Received {
        /** Kept; it replaces the student's earlier answer to the question. */
        SENT,
        /** The class is unknown or has ended. */
        NO_CLASS,
        /** The class is no longer at the step the answer was for. */
        MOVED_ON,
        /** The teacher shows the answers, so they no longer change. */
        SHOWN,
        /** The class has taken {@link #CLASS_ANSWERS} answers in its current {@link #CLASS_WINDOW}. */
        TOO_MANY
    }

    /**
     * A class takes at most this many answers in a window that its first answer opens, through all its servers: a
     * class of 250 answers a question in 10 seconds, and a script cannot flood it.
     */
    int CLASS_ANSWERS = 500;
    java.time.Duration CLASS_WINDOW = java.time.Duration.ofSeconds(10);

    /**
     * A student joins, or comes back: their number stays the same for the class's life, whichever server they reach.
     *
     * @param name a first name for the teacher, or null to stay a number; a later name replaces an earlier one
     */
    Optional<Student> join(String code, String studentId, String name);

    /**
     * Keeps a student's answer to the question of the class's current step, replacing their earlier one: one answer
     * per student per question, and at most {@link #CLASS_ANSWERS} answers per class in a {@link #CLASS_WINDOW}. The
     * caller has checked the answer against the question.
     *
     * @param link the class's link the answer was checked against: when the class is at another, nothing changes
     */
    Received answer(String code, String link, String question, String studentId, String text);

    /** A question's answers, hidden ones included; empty when the class is unknown. */
    Optional<Answers> answers(String code, String question);

    /**
     * What one student's page shows of a question: once the teacher shows the answers, all of them; until then, only
     * the student's own. Every page of a class asks at every step, so a class of N reads N answers, not N times N.
     */
    Optional<Answers> answersFor(String code, String question, String studentId);

    /** Shows a question's answers to the room, or stops showing them. False when the secret is wrong. */
    boolean showAnswers(String code, String secret, String question, boolean shown);

    /** Hides one student's answer from the projector and the students (the CSV keeps it, marked hidden). */
    boolean hideAnswer(String code, String secret, String question, String studentId);

    /** Deletes a question's answers, and stops showing them. */
    boolean clearAnswers(String code, String secret, String question);

    /** Every answer of the class and its students, for the teacher's CSV; also after the class ends, until forgotten. */
    Optional<List<Answer>> allAnswers(String code, String secret);

    /** The class's students, in the order they joined. */
    Optional<List<Student>> students(String code, String secret);

    /**
     * News of a question's answers: one came or changed, or they were shown, hidden or cleared.
     *
     * @param question the question, or null when a student joined (the presenter counts the students)
     * @param answered how many students have answered it
     * @param shown    whether the teacher shows its answers; a student's page only needs news while they are shown
     *                 or just stopped being shown
     */
    record AnswerNews(String question, int answered, boolean shown) {
    }

    /** Calls the listener with news of any of the class's questions. */
    Registration followAnswers(String code, Consumer<AnswerNews> listener);
}
