package org.storyweb.story;

import java.util.List;

/** The tie between two characters, as a sequence of states through the story's phases. */
public record Relationship(String id, String firstCharacterId, String secondCharacterId,
        List<RelationshipState> states) {

    public Relationship {
        states = List.copyOf(states);
    }
}
