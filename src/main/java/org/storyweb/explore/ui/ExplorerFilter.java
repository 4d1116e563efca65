package org.storyweb.explore.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyweb.explore.ViewState;
import org.storyweb.relations.RelationEdge;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.SpoilerLimit;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/**
 * What a view shows of a pack: the chosen tracks and themes, and nothing a reader could not know yet when the view
 * has a spoiler limit ("up to chapter N"). A value: two views that filter alike have equal filters, so a panel that
 * depends on the filter alone is left alone by every other change.
 *
 * @param pack         the pack
 * @param tracks       the tracks shown; empty means all
 * @param themes       the themes events are filtered by; empty means none
 * @param spoilerLimit the last chapter read, or null for the whole book
 */
record ExplorerFilter(StoryPack pack, Set<String> tracks, Set<String> themes, Integer spoilerLimit) {

    static ExplorerFilter of(StoryPack pack, ViewState state) {
        return new ExplorerFilter(pack, state.timeline().tracks(), state.timeline().themes(),
                state.position().spoilerLimit());
    }

    // The pack is the same object for every view of it; comparing it by identity keeps equals cheap.
    @Override
    public boolean equals(Object other) {
        return other instanceof ExplorerFilter that && pack == that.pack && tracks.equals(that.tracks)
                && themes.equals(that.themes) && Objects.equals(spoilerLimit, that.spoilerLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(pack), tracks, themes, spoilerLimit);
    }

    Optional<Integer> spoilerLimitKnown() {
        return Optional.ofNullable(spoilerLimit);
    }

    List<Track> shownTracks() {
        return pack.tracks().stream()
                .filter(track -> tracks.isEmpty() || tracks.contains(track.id()))
                .toList();
    }

    List<Event> events() {
        return pack.events().stream()
                .filter(event -> tracks.isEmpty() || tracks.contains(event.trackId()))
                .filter(event -> themes.isEmpty() || event.themeIds().stream().anyMatch(themes::contains))
                .filter(this::known)
                .toList();
    }

    private Optional<SpoilerLimit> limit() {
        return spoilerLimitKnown().map(SpoilerLimit::new);
    }

    /** An event is known once the reader has read the chapter that reveals it. */
    boolean known(Event event) {
        return limit().map(limit -> limit.knows(event)).orElse(true);
    }

    /** The phases the reader has reached: those that begin no later than the spoiler limit. */
    List<Phase> phases() {
        return limit().map(limit -> limit.phases(pack)).orElse(pack.phases());
    }

    /** The phase a view shows: its own if the reader has reached it, otherwise the first. */
    Phase phase(ViewState state) {
        List<Phase> reached = phases();
        return state.position().phase().flatMap(pack::phase).filter(reached::contains).orElse(reached.getFirst());
    }

    /** A relationship state is known when the reader has reached its phase and read some of its evidence. */
    boolean shows(RelationshipState relationshipState) {
        return limit().map(limit -> limit.shows(pack, relationshipState)).orElse(true);
    }

    boolean shows(RelationEdge edge) {
        return shows(edge.state());
    }
}
