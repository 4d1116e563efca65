package org.storyweb.relations;

import java.util.List;
import org.storyweb.story.Phase;

/**
 * An analysis of a story graph that gives one answer per phase, such as who is on the outside of a triangle or how
 * central each character is. Implementations are built from a {@link StoryGraph}, as JGraphT algorithms are built
 * from a graph.
 *
 * @param <R> the answer for one phase
 */
public interface PhaseAnalysis<R> {

    /** The graph analysed. */
    StoryGraph graph();

    /**
     * The answer for one phase.
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    R at(Phase phase);

    /** The answers for every phase of the pack, in story order. */
    default List<R> throughStory() {
        return graph().pack().phases().stream().map(this::at).toList();
    }
}
