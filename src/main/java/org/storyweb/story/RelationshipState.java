package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a relationship is from one phase to another, both included. {@code label} says it in a few words
 * ("best friends", "a couple"); {@code prompts} are discussion questions about this stage of the relationship,
 * empty (never null) when there are none.
 */
public record RelationshipState(@JsonProperty("from") String fromPhaseId, @JsonProperty("to") String toPhaseId,
        RelationKind kind, String label, List<Evidence> evidence, List<String> prompts) {

    public RelationshipState {
        evidence = List.copyOf(evidence);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
