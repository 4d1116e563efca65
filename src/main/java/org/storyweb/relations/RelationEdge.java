package org.storyweb.relations;

import java.util.Objects;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;

/**
 * One state of a relationship as an edge: it holds from one phase to another, both included.
 * <p>
 * Equality is identity, as JGraphT expects of edges: two "friendship" edges between other people, or between the same
 * people at other times, are different edges.
 */
public final class RelationEdge {

    private final Relationship relationship;
    private final RelationshipState state;
    private final int firstPhase;
    private final int lastPhase;

    RelationEdge(Relationship relationship, RelationshipState state, int firstPhase, int lastPhase) {
        this.relationship = Objects.requireNonNull(relationship);
        this.state = Objects.requireNonNull(state);
        if (lastPhase < firstPhase) {
            throw new IllegalArgumentException("Relationship " + relationship.id() + " has a state that ends before "
                    + "it starts");
        }
        this.firstPhase = firstPhase;
        this.lastPhase = lastPhase;
    }

    public Relationship relationship() {
        return relationship;
    }

    public RelationshipState state() {
        return state;
    }

    public RelationKind kind() {
        return state.kind();
    }

    /** The index of the first phase in which this state holds. */
    public int firstPhaseIndex() {
        return firstPhase;
    }

    /** The index of the last phase in which this state holds (inclusive). */
    public int lastPhaseIndex() {
        return lastPhase;
    }

    /** True when this state holds during the phase. */
    public boolean holdsDuring(Phase phase) {
        return phase.index() >= firstPhase && phase.index() <= lastPhase;
    }

    /** A stable id, unique in the pack: the relationship id and the state's first phase index. */
    public String id() {
        return relationship.id() + "@" + firstPhase;
    }

    @Override
    public String toString() {
        return id() + " (" + state.kind().key() + ")";
    }
}
