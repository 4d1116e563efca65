package org.storyweb.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guided tour: steps that each set a view and say something about it, for a teacher to present or a student to
 * walk through alone.
 *
 * @param steps the steps in order; the first is step 1, as links count them
 */
public record Tour(String id, String title, String summary, List<Step> steps) {

    public Tour {
        steps = List.copyOf(steps);
    }

    /**
     * One step of a tour.
     *
     * @param view      the view, as the query parameters of a link (phase, event, window, order, upto...), so that
     *                  it is read by the same codec as every permalink
     * @param narration what the step says, shown large, at most about 60 words
     * @param prompt    a question for the class, or null
     * @param sources   the ids of the sources of what the narration says
     * @param question  a question the students of a live class answer on their phones, or null
     */
    public record Step(Map<String, String> view, String narration, String prompt, List<String> sources,
            Question question) {

        public Step {
            view = Map.copyOf(view);
            sources = List.copyOf(sources);
        }

        public Optional<Question> optionalQuestion() {
            return Optional.ofNullable(question);
        }
    }

    /**
     * A question of a step: a choice among people, events or listed options, or a short answer.
     *
     * @param text    what is asked; the step's prompt, or its event's first prompt, when the file gives none
     * @param choices what may be chosen: ids of people or events, or the options' own words; empty for a short answer
     */
    public record Question(Kind kind, String text, List<String> choices) {

        /** The longest short answer, in characters. */
        public static final int MAX_ANSWER = 280;

        public enum Kind {
            PERSON, EVENT, OPTION, SHORT
        }

        public Question {
            choices = List.copyOf(choices);
        }

        public boolean isChoice() {
            return kind != Kind.SHORT;
        }

        /** What a choice is called: a person's name, an event's title, or the option itself. */
        public String label(StoryPack pack, String choice) {
            return switch (kind) {
                case PERSON -> pack.character(choice).map(StoryCharacter::name).orElse(choice);
                case EVENT -> pack.event(choice).map(Event::title).orElse(choice);
                case OPTION, SHORT -> choice;
            };
        }
    }
}
