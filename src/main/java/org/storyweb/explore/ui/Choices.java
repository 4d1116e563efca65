package org.storyweb.explore.ui;

import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;

/** The views a user's choices lead to, the same from every panel. */
final class Choices {

    private Choices() {
    }

    /** An event selected: a story event also moves the graph to its phase, to show the people as they were then. */
    static ViewState event(StoryPack pack, ViewState state, String eventId) {
        ViewState next = state.withSelection(new EventSelection(eventId));
        return pack.event(eventId).flatMap(Event::phase).flatMap(pack::phase)
                .map(phase -> phase(pack, next, phase)).orElse(next);
    }

    static ViewState character(ViewState state, String characterId) {
        return state.withSelection(new CharacterSelection(characterId));
    }

    /** The graph at another phase; the first phase is the default and is left out of links. */
    static ViewState phase(StoryPack pack, ViewState state, Phase phase) {
        String id = phase.index() == pack.phases().getFirst().index() ? null : phase.id();
        return state.withPosition(state.position().withPhase(id));
    }
}
