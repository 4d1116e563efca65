package org.storyweb.explore.ui;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything that makes one view of the explorer: the pack, the phase the graph shows, and what is selected (an event
 * or a character, never both). Immutable; the view renders from it and nothing else.
 */
record ExplorerState(String packId, String phaseId, String eventId, String characterId) {

    ExplorerState {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(phaseId, "phaseId");
        if (eventId != null && characterId != null) {
            throw new IllegalArgumentException("An event and a character cannot both be selected");
        }
    }

    Optional<String> selectedEvent() {
        return Optional.ofNullable(eventId);
    }

    Optional<String> selectedCharacter() {
        return Optional.ofNullable(characterId);
    }

    ExplorerState withEvent(String eventId) {
        return new ExplorerState(packId, phaseId, eventId, null);
    }

    ExplorerState withCharacter(String characterId) {
        return new ExplorerState(packId, phaseId, null, characterId);
    }

    ExplorerState withPhase(String phaseId) {
        return new ExplorerState(packId, phaseId, eventId, characterId);
    }

    ExplorerState withNothingSelected() {
        return new ExplorerState(packId, phaseId, null, null);
    }
}
