package org.storyweb.classroom;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * A class's answers as CSV for the teacher: one row per answer, with the step, the question, the answer as the
 * students saw it, who sent it (a first name or "Student 7"), when, and whether it was hidden. A cell that a
 * spreadsheet would read as a formula starts with an apostrophe, so that it stays text.
 */
final class AnswersCsv {

    static final String HEADER = "step,question,answer,student,time,hidden";

    private AnswersCsv() {
    }

    static String of(StoryPack pack, List<ClassRooms.Answer> answers, List<ClassRooms.Student> students) {
        Map<String, ClassRooms.Student> byId = students.stream().collect(Collectors.toMap(ClassRooms.Student::id,
                Function.identity()));
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        answers.stream().sorted(Comparator.comparing((ClassRooms.Answer answer) -> order(pack, answer.question()))
                .thenComparing(ClassRooms.Answer::at)).forEach(answer -> {
                    Optional<Tour> tour = tour(pack, answer.question());
                    int step = step(answer.question());
                    Optional<Tour.Question> question = tour.filter(found -> step >= 1
                            && step <= found.steps().size()).map(found -> found.steps().get(step - 1).question());
                    csv.append(String.join(",",
                            cell(tour.map(found -> found.title() + ", step " + step).orElse(answer.question())),
                            cell(question.map(Tour.Question::text).orElse("")),
                            cell(question.map(asked -> asked.label(pack, answer.text())).orElse(answer.text())),
                            cell(Optional.ofNullable(byId.get(answer.student())).map(ClassRooms.Student::label)
                                    .orElse("")),
                            cell(DateTimeFormatter.ISO_INSTANT.format(answer.at())),
                            cell(answer.hidden() ? "hidden" : "shown"))).append("\r\n");
                });
        return csv.toString();
    }

    // Rows in the order of the tours and their steps.
    private static String order(StoryPack pack, String question) {
        int tour = tour(pack, question).map(pack.tours()::indexOf).orElse(pack.tours().size());
        return String.format("%04d/%04d", tour, step(question));
    }

    private static Optional<Tour> tour(StoryPack pack, String question) {
        return pack.tour(question.substring(0, Math.max(0, question.indexOf('/'))));
    }

    private static int step(String question) {
        try {
            return Integer.parseInt(question.substring(question.indexOf('/') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One cell: quoted, and defused when a spreadsheet would take it for a formula. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
