package org.storyweb.story;

import java.util.List;
import java.util.Map;

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
     */
    public record Step(Map<String, String> view, String narration, String prompt, List<String> sources) {

        public Step {
            view = Map.copyOf(view);
            sources = List.copyOf(sources);
        }
    }
}
