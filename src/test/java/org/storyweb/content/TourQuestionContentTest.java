package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.story.Tour;

/** A tour step's question for a live class is content: read like the rest, and a wrong one is named where it is. */
class TourQuestionContentTest {

    private static final String TOUR = "a-novel/tours/friends.yaml";
    private static final String VALID = """
            # yaml-language-server: $schema=../../schemas/tour.schema.json
            id: friends
            title: Two friends
            steps:
              - view:
                  event: meeting
                narration: Anna meets Ben at school.
                question:
                  kind: person
                  text: Who speaks first?
                  choices: [anna, ben]
                sources: [notes]
              - view:
                  event: publication
                narration: The novel comes out.
                question:
                  kind: option
                  text: Would you have read it?
                  choices: ["Yes", "No"]
                sources: [notes]
              - view:
                  event: meeting
                narration: They meet again.
                question:
                  kind: short
                sources: [notes]
              - view:
                  phase: later
                narration: Later.
                prompt: What has changed since school?
                question:
                  kind: event
                  choices: [meeting, publication]
                sources: [notes]
            """;

    @TempDir
    Path tempDir;

    private Fixture withTour(String text) {
        return Fixture.minimal(tempDir).write(TOUR, text);
    }

    @Test
    void aQuestionLoadsWithItsKindTextAndChoices() {
        List<Tour.Step> steps = withTour(VALID).load().defaultPack().tour("friends").orElseThrow().steps();

        assertEquals(new Tour.Question(Tour.Question.Kind.PERSON, "Who speaks first?", List.of("anna", "ben")),
                steps.get(0).question());
        assertEquals(List.of("Yes", "No"), steps.get(1).question().choices());
        // Without a text of its own, a question asks the step's prompt, or else its event's first prompt.
        assertEquals(new Tour.Question(Tour.Question.Kind.SHORT, "Why does Anna remember this day?", List.of()),
                steps.get(2).question());
        assertEquals("What has changed since school?", steps.get(3).question().text());
    }

    @Test
    void aChoiceOfSomeoneWhoIsNotInThePackIsReported() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:11 /steps/0/question/choices/1: \"bem\" is not a "
                + "character in this pack; check the spelling, or add characters/bem.yaml"),
                withTour(VALID.replace("[anna, ben]", "[anna, bem]")).problems());
    }

    @Test
    void aChoiceOfAnEventThatIsNotInThePackIsReported() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:33 /steps/3/question/choices/0: \"meetin\" is not an "
                + "event in this pack; check the spelling, or add events/meetin.yaml"),
                withTour(VALID.replace("[meeting, publication]", "[meetin, publication]")).problems());
    }

    @Test
    void aChoiceWithoutChoicesAndAShortAnswerWithChoicesAreReported() {
        assertEquals(List.of(
                "content/a-novel/tours/friends.yaml:17 /steps/1/question/kind: a choice of option needs its choices; "
                        + "list them",
                "content/a-novel/tours/friends.yaml:25 /steps/2/question/choices: a short answer has no choices; "
                        + "remove them, or make the kind person, event or option"),
                withTour(VALID.replace("      choices: [\"Yes\", \"No\"]\n", "")
                        .replace("kind: short", "kind: short\n      choices: [a, b]")).problems());
    }

    @Test
    void aQuestionThatAsksNothingIsReported() {
        String withoutPrompt = VALID.replace("    prompt: What has changed since school?\n", "");
        assertEquals(List.of("content/a-novel/tours/friends.yaml:30 /steps/3/question: the question asks nothing: "
                + "give it a text, or give the step a prompt or an event that has prompts"),
                withTour(withoutPrompt).problems());
    }

    @Test
    void aQuestionTextMustAskAndTheKindMustBeKnown() {
        assertEquals(List.of("content/a-novel/tours/friends.yaml:10 /steps/0/question/text: has no question mark; a "
                + "prompt asks the class a question, it does not tell them something",
                "content/a-novel/tours/friends.yaml:17 /steps/1/question/kind: \"vote\" is not allowed here; use one "
                        + "of: person, event, option, short"),
                withTour(VALID.replace("Who speaks first?", "Anna speaks first.").replace("kind: option", "kind: vote"))
                        .problems());
    }
}
