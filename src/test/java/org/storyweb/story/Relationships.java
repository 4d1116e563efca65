package org.storyweb.story;

import java.util.List;

/**
 * Relationships for tests: a pair, id "first-second", and its states, each with no evidence or prompts. A test names
 * only what it is about, so that a new field of {@link Relationship} or {@link RelationshipState} touches this class
 * and not every test.
 */
public final class Relationships {

    private Relationships() {
    }

    /** The relationship between two people, id "first-second", with its states in story order. */
    public static Relationship between(String first, String second, RelationshipState... states) {
        return new Relationship(first + "-" + second, first, second, List.of(states));
    }

    /** A state from one phase to another, both included, labelled with its kind ("friendship"). */
    public static RelationshipState state(String from, String to, RelationKind kind) {
        return state(from, to, kind, kind.key());
    }

    public static RelationshipState state(String from, String to, RelationKind kind, String label) {
        return new RelationshipState(from, to, kind, label, List.of(), List.of());
    }
}
