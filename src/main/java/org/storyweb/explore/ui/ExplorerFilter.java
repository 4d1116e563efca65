package org.storyweb.explore.ui;

import java.util.List;
import org.storyweb.explore.ViewState;
import org.storyweb.relations.RelationEdge;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/**
 * What a view shows of a pack: the chosen tracks and themes, and nothing a reader could not know yet when the view
 * has a spoiler limit ("up to chapter N").
 */
final class ExplorerFilter {

    private final StoryPack pack;
    private final ViewState state;

    ExplorerFilter(StoryPack pack, ViewState state) {
        this.pack = pack;
        this.state = state;
    }

    List<Track> tracks() {
        return pack.tracks().stream()
                .filter(track -> state.tracks().isEmpty() || state.tracks().contains(track.id()))
                .toList();
    }

    List<Event> events() {
        return pack.events().stream()
                .filter(event -> state.tracks().isEmpty() || state.tracks().contains(event.trackId()))
                .filter(event -> state.themes().isEmpty() || event.themeIds().stream().anyMatch(state.themes()::contains))
                .filter(this::known)
                .toList();
    }

    /** An event is known once the reader has read the chapter that reveals it. */
    boolean known(Event event) {
        return state.spoilerLimitKnown().map(event::isRevealedBy).orElse(true);
    }

    /** The phases the reader has reached: those that begin no later than the spoiler limit. */
    List<Phase> phases() {
        List<Phase> reached = pack.phases().stream()
                .filter(phase -> state.spoilerLimitKnown().map(limit -> phase.firstChapter() <= limit).orElse(true))
                .toList();
        return reached.isEmpty() ? List.of(pack.phases().getFirst()) : reached;
    }

    /** A relationship state is known when the reader has reached its phase and read some of its evidence. */
    boolean shows(RelationshipState relationshipState) {
        if (state.spoilerLimitKnown().isEmpty()) {
            return true;
        }
        int limit = state.spoilerLimit();
        boolean phaseReached = pack.phase(relationshipState.fromPhaseId())
                .map(phase -> phase.firstChapter() <= limit).orElse(false);
        List<Integer> chapters = relationshipState.evidence().stream().map(Evidence::chapter)
                .filter(java.util.Objects::nonNull).toList();
        return phaseReached && (chapters.isEmpty() || chapters.stream().anyMatch(chapter -> chapter <= limit));
    }

    boolean shows(RelationEdge edge) {
        return shows(edge.state());
    }
}
