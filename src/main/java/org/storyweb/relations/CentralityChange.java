package org.storyweb.relations;

import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * How a character's centrality changes from one phase to another: a row of a "who gains, who loses" table.
 */
public record CentralityChange(Phase from, Phase to, StoryCharacter character, int degreeBefore, int degreeAfter,
        double betweennessBefore, double betweennessAfter) {

    // Betweenness sums fractions of path counts; smaller differences are rounding, not change.
    static final double TOLERANCE = 1e-9;

    /** The change of degree: positive when they gain ties. */
    public int degreeChange() {
        return degreeAfter - degreeBefore;
    }

    /** The change of betweenness: positive when more paths run through them. */
    public double betweennessChange() {
        return betweennessAfter - betweennessBefore;
    }

    /** True when degree or betweenness rose (the other may have fallen). */
    public boolean gains() {
        return degreeChange() > 0 || betweennessChange() > TOLERANCE;
    }

    /** True when degree or betweenness fell (the other may have risen). */
    public boolean loses() {
        return degreeChange() < 0 || betweennessChange() < -TOLERANCE;
    }
}
