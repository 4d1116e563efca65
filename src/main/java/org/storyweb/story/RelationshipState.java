package org.storyweb.story;

import java.util.List;

/**
 * What a relationship is from one phase to another, both included. {@code label} says it in a few words
 * ("best friends", "a couple").
 */
public record RelationshipState(String fromPhaseId, String toPhaseId, RelationKind kind, String label,
        List<Evidence> evidence) {

    public RelationshipState {
        evidence = List.copyOf(evidence);
    }
}
