package org.storyweb.relations;

import org.storyweb.story.Phase;

/** The precondition every per-phase analysis shares. */
final class PhaseCheck {

    private PhaseCheck() {
    }

    static Phase require(StoryGraph graph, Phase phase) {
        if (phase == null) {
            throw new IllegalArgumentException("A phase is needed, and none was given.");
        }
        if (!graph.pack().phases().contains(phase)) {
            throw new IllegalArgumentException("Phase " + phase.id() + " is not one of the phases of pack "
                    + graph.pack().id() + ".");
        }
        return phase;
    }
}
