package org.storyweb.explore.ui;

import java.util.Optional;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/** The views a user's choices lead to, the same from every panel and view. */
public final class Choices {

    private Choices() {
    }

    /** An event selected: a story event also moves the graph to its phase, to show the people as they were then. */
    public static ViewState event(StoryPack pack, ViewState state, String eventId) {
        ViewState next = state.withSelection(new EventSelection(eventId));
        return pack.event(eventId).flatMap(Event::phase).flatMap(pack::phase)
                .map(phase -> phase(pack, next, phase)).orElse(next);
    }

    public static ViewState character(ViewState state, String characterId) {
        return state.withSelection(new CharacterSelection(characterId));
    }

    /**
     * Only the events told in a part of the novel (or the whole book, for null), shown: the graph moves to the phase
     * in which the part begins, if the reader has reached it, and the timeline to that phase's events.
     */
    public static ViewState part(StoryPack pack, ViewState state, String partId) {
        ViewState next = state.withTimeline(state.timeline().withPart(partId).withWindow(null));
        Optional<Integer> first = pack.parts().stream().filter(part -> part.id().equals(partId)).findFirst()
                .flatMap(part -> part.chapters().stream().map(chapter -> chapter.number()).min(Integer::compare));
        return first.flatMap(chapter -> ExplorerFilter.of(pack, next).phases().stream()
                        .filter(phase -> phase.firstChapter() <= chapter && chapter <= phase.lastChapter())
                        .reduce((earlier, later) -> later))
                .map(phase -> phase(pack, next, phase)).orElse(next);
    }

    /**
     * The view with a reader's spoiler limit; the book's last chapter is the whole book, which links leave out. A tour
     * step stays on its tour: the step is read again within the new limit.
     */
    public static ViewState readUpTo(StoryPack pack, ViewState state, int chapter) {
        ViewState next = state.withPosition(state.position().withSpoilerLimit(
                chapter >= pack.lastChapter() ? null : chapter));
        return state.presentation().tour().flatMap(pack::tour)
                .map(tour -> tourStep(pack, next, tour, state.presentation().tourStep())).orElse(next);
    }

    /** The graph at another phase; the first phase is the default and is left out of links. */
    public static ViewState phase(StoryPack pack, ViewState state, Phase phase) {
        String id = phase.index() == pack.phases().getFirst().index() ? null : phase.id();
        return state.withPosition(state.position().withPhase(id));
    }

    /**
     * A step of a tour, counted from 1, as its link opens it: the step's view, read as any link is, shown the way the
     * current view is shown, within the current spoiler limit.
     */
    public static ViewState tourStep(StoryPack pack, ViewState state, Tour tour, int step) {
        ViewState asked = state.withPresentation(state.presentation().atTourStep(tour.id(), step));
        return LinkReader.read(pack, ViewNavigation.location(asked)).state();
    }
}
