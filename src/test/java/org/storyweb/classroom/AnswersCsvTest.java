package org.storyweb.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;

class AnswersCsvTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    @Test
    void eachAnswerIsARowWithItsStepQuestionAnswerStudentTimeAndWhetherItWasHidden() {
        List<ClassRooms.Answer> answers = List.of(
                new ClassRooms.Answer("triangle/4", "b", "She keeps \"control\".", Instant.parse(
                        "2026-12-07T10:02:00Z"), true),
                new ClassRooms.Answer("triangle/1", "a", "tommy", Instant.parse("2026-12-07T10:01:00Z"), false));
        List<ClassRooms.Student> students = List.of(new ClassRooms.Student("a", 1, null),
                new ClassRooms.Student("b", 2, "Ana"));

        assertThat(AnswersCsv.of(PACK, answers, students).split("\r\n")).containsExactly(
                "step,question,answer,student,time,hidden",
                "\"The triangle through time, step 1\",\"Who is on the outside of the triangle here?\","
                        + "\"" + PACK.character("tommy").orElseThrow().name() + "\",\"Student 1\","
                        + "\"2026-12-07T10:01:00Z\",\"shown\"",
                "\"The triangle through time, step 4\",\"What does Ruth gain by keeping Kathy and Tommy apart, and "
                        + "what does she lose?\",\"She keeps \"\"control\"\".\",\"Ana\",\"2026-12-07T10:02:00Z\","
                        + "\"hidden\"");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(AnswersCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AnswersCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AnswersCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(AnswersCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AnswersCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(AnswersCsv.cell("Tommy, at the end")).isEqualTo("\"Tommy, at the end\"");
    }
}
