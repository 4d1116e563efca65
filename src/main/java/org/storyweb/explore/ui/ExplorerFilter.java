package org.storyweb.explore.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.storyweb.explore.ViewState;
import org.storyweb.relations.RelationEdge;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.SpoilerLimit;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;
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
 * @param people       the people events are filtered by (an event of any of them); empty means none
 * @param partId       the part of the novel whose chapters tell the events shown, or null for the whole book
 */
public record ExplorerFilter(StoryPack pack, Set<String> tracks, Set<String> themes, Integer spoilerLimit,
        Set<String> people, String partId) {

    public static ExplorerFilter of(StoryPack pack, ViewState state) {
        return new ExplorerFilter(pack, state.timeline().tracks(), state.timeline().themes(),
                state.position().spoilerLimit(), state.timeline().people(), state.timeline().partId());
    }

    // The pack is the same object for every view of it; comparing it by identity keeps equals cheap.
    @Override
    public boolean equals(Object other) {
        return other instanceof ExplorerFilter that && pack == that.pack && tracks.equals(that.tracks)
                && themes.equals(that.themes) && Objects.equals(spoilerLimit, that.spoilerLimit)
                && people.equals(that.people) && Objects.equals(partId, that.partId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(pack), tracks, themes, spoilerLimit, people, partId);
    }

    Optional<Part> part() {
        return partId == null ? Optional.empty()
                : pack.parts().stream().filter(part -> part.id().equals(partId)).findFirst();
    }

    Optional<Integer> spoilerLimitKnown() {
        return Optional.ofNullable(spoilerLimit);
    }

    public List<Track> shownTracks() {
        return pack.tracks().stream()
                .filter(track -> tracks.isEmpty() || tracks.contains(track.id()))
                .toList();
    }

    public List<Event> events() {
        return pack.events().stream()
                .filter(event -> tracks.isEmpty() || tracks.contains(event.trackId()))
                .filter(event -> themes.isEmpty() || event.themeIds().stream().anyMatch(themes::contains))
                .filter(event -> people.isEmpty() || event.characterIds().stream().anyMatch(people::contains))
                .filter(this::inPart)
                .filter(this::known)
                .toList();
    }

    /** With a part chosen, only the events that one of its chapters tells; the real world's none tells. */
    private boolean inPart(Event event) {
        return part().map(part -> event.toldInChapter().map(chapter -> part.chapters().stream()
                .anyMatch(c -> c.number() == chapter)).orElse(false)).orElse(true);
    }

    Optional<SpoilerLimit> limit() {
        return spoilerLimitKnown().map(SpoilerLimit::new);
    }

    /** A person is known from the chapter in which the reader first meets them. */
    public boolean knows(StoryCharacter character) {
        return limit().map(limit -> limit.knows(pack, character)).orElse(true);
    }

    /** The people the reader knows, in the pack's order. */
    public List<StoryCharacter> characters() {
        return pack.characters().stream().filter(this::knows).toList();
    }

    /** What the reader knows of a person. */
    public String description(StoryCharacter character) {
        return character.toldBy(spoilerLimitKnown().orElse(Integer.MAX_VALUE));
    }

    /** What the reader may read of a phase: its summary once they have read all of it, else its chapters. */
    public String summary(Phase phase) {
        String summary = phase.summary() == null ? "" : phase.summary();
        return limit().filter(limit -> !limit.readsAll(phase))
                .map(limit -> "Chapters " + phase.firstChapter() + " to " + phase.lastChapter() + " of the novel. You"
                        + " have read to chapter " + limit.lastChapterRead() + "; the summary of this phase waits for"
                        + " chapter " + phase.lastChapter() + ".")
                .orElse(summary);
    }

    /** What the reader knows of a word. */
    public String definition(GlossaryTerm term) {
        return term.toldBy(spoilerLimitKnown().orElse(Integer.MAX_VALUE));
    }

    /** A relationship is known when both its people and one of its states are. */
    public boolean knows(Relationship relationship) {
        return limit().map(limit -> limit.knows(pack, relationship)).orElse(true);
    }

    /**
     * The chapter that reveals a selection the spoiler limit hides (an event told later, a person met later, a
     * relationship known later), or empty when the reader may see it.
     */
    public Optional<Integer> revealedAfterLimit(ViewState.Selection selection) {
        OptionalInt chapter = switch (selection) {
            case ViewState.EventSelection e -> pack.event(e.eventId()).filter(event -> !known(event))
                    .flatMap(Event::revealPoint).stream().mapToInt(Integer::intValue).findFirst();
            case ViewState.CharacterSelection c -> pack.character(c.characterId()).filter(person -> !knows(person))
                    .stream().flatMapToInt(person -> SpoilerLimit.firstChapter(pack, person).stream()).findFirst();
            case ViewState.RelationshipSelection r -> pack.relationship(r.relationshipId())
                    .filter(relationship -> !knows(relationship)).stream()
                    .mapToInt(this::firstKnownChapter).findFirst();
            case ViewState.NoSelection none -> OptionalInt.empty();
        };
        return chapter.isPresent() ? Optional.of(chapter.getAsInt()) : Optional.empty();
    }

    /** The selection as the reader may see it: nothing, while what is selected lies past the spoiler limit. */
    public ViewState.Selection known(ViewState.Selection selection) {
        return revealedAfterLimit(selection).isPresent() ? ViewState.NOTHING : selection;
    }

    /**
     * The chapter that reveals what a view asks to show past the spoiler limit (its phase or its selection), or
     * empty when the reader may see all of it; a tour step beyond a class's chapter is such a view.
     */
    public Optional<Integer> revealedAfterLimit(ViewState view) {
        Optional<Integer> phase = view.position().phase().flatMap(pack::phase)
                .filter(asked -> !phases().contains(asked)).map(Phase::firstChapter);
        Optional<Integer> selection = revealedAfterLimit(view.selection());
        return java.util.stream.Stream.of(phase, selection).flatMap(Optional::stream).max(Integer::compare);
    }

    // A relationship is known from the later of its first known state and the first chapters of its two people.
    private int firstKnownChapter(Relationship relationship) {
        int state = relationship.states().stream().flatMapToInt(s -> SpoilerLimit.firstChapter(pack, s).stream())
                .min().orElse(1);
        int people = java.util.stream.Stream.of(relationship.firstCharacterId(), relationship.secondCharacterId())
                .flatMap(id -> pack.character(id).stream())
                .mapToInt(person -> SpoilerLimit.firstChapter(pack, person).orElse(1)).max().orElse(1);
        return Math.max(state, people);
    }

    public boolean reads(Evidence evidence) {
        return limit().map(limit -> limit.reads(evidence)).orElse(true);
    }

    public boolean knows(Tour.Question question) {
        return limit().map(limit -> limit.knows(pack, question)).orElse(true);
    }

    /**
     * The question of a view's tour step, when the reader may be asked it: the step is within the spoiler limit, and
     * the question offers no one and nothing told later. The explorer's tour guide, present mode and a live class
     * (which checks every answer against it) all ask here.
     */
    public Optional<Tour.Question> question(ViewState view) {
        return view.presentation().tour().flatMap(pack::tour)
                .flatMap(tour -> tour.steps().get(view.presentation().tourStep() - 1).optionalQuestion())
                .filter(question -> revealedAfterLimit(view).isEmpty() && knows(question));
    }

    public boolean knows(GlossaryTerm term) {
        return limit().map(limit -> limit.knows(term)).orElse(true);
    }

    /** An event is known once the reader has read the chapter that reveals it. */
    boolean known(Event event) {
        return limit().map(limit -> limit.knows(event)).orElse(true);
    }

    /** The phases the reader has reached: those that begin no later than the spoiler limit. */
    public List<Phase> phases() {
        return limit().map(limit -> limit.phases(pack)).orElse(pack.phases());
    }

    /** The phase a view shows: its own if the reader has reached it, otherwise the first. */
    public Phase phase(ViewState state) {
        List<Phase> reached = phases();
        return state.position().phase().flatMap(pack::phase).filter(reached::contains).orElse(reached.getFirst());
    }

    /** A relationship state is known when the reader has reached its phase and read some of its evidence. */
    public boolean shows(RelationshipState relationshipState) {
        return limit().map(limit -> limit.shows(pack, relationshipState)).orElse(true);
    }

    /** An edge is drawn when its state is known and so are both its people. */
    public boolean shows(RelationEdge edge) {
        return shows(edge.state()) && knows(edge.relationship());
    }
}
