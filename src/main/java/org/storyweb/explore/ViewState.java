package org.storyweb.explore;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyweb.story.Window;

/**
 * Everything that makes one view of a pack, so that a link can reopen it exactly. Immutable, and grouped by what
 * each part of the screen reads: the selection, the position in the story, the timeline, and the presentation. A new
 * field goes into the one group it belongs to, and into {@link ViewStateCodec}.
 *
 * @param packId       the pack's id
 * @param selection    what is selected: nothing, one event, one character or one relationship
 * @param position     where in the story the view stands: the graph's phase and the spoiler limit
 * @param timeline     what the timeline shows: window, tracks, themes and order
 * @param presentation which view (the explorer, present mode, a table, the embed...) and the tour being followed
 */
public record ViewState(String packId, Selection selection, StoryPosition position, TimelineView timeline,
        Presentation presentation) {

    /** What is selected. At most one thing is selected at a time. */
    public sealed interface Selection {
        /** The id of the selected thing, if any. */
        Optional<String> id();
    }

    public record NoSelection() implements Selection {
        @Override
        public Optional<String> id() {
            return Optional.empty();
        }
    }

    public record EventSelection(String eventId) implements Selection {
        public EventSelection {
            Objects.requireNonNull(eventId);
        }

        @Override
        public Optional<String> id() {
            return Optional.of(eventId);
        }
    }

    public record CharacterSelection(String characterId) implements Selection {
        public CharacterSelection {
            Objects.requireNonNull(characterId);
        }

        @Override
        public Optional<String> id() {
            return Optional.of(characterId);
        }
    }

    public record RelationshipSelection(String relationshipId) implements Selection {
        public RelationshipSelection {
            Objects.requireNonNull(relationshipId);
        }

        @Override
        public Optional<String> id() {
            return Optional.of(relationshipId);
        }
    }

    public static final Selection NOTHING = new NoSelection();

    /**
     * Where in the story the view stands.
     *
     * @param phaseId      the story phase the graph shows, or null for the first
     * @param spoilerLimit the last chapter a reader has read, or null for no limit
     */
    public record StoryPosition(String phaseId, Integer spoilerLimit) {
        public static final StoryPosition START = new StoryPosition(null, null);

        public StoryPosition {
            if (spoilerLimit != null && spoilerLimit < 1) {
                throw new IllegalArgumentException("A spoiler limit is a chapter number from 1");
            }
        }

        public Optional<String> phase() {
            return Optional.ofNullable(phaseId);
        }

        public Optional<Integer> spoilerLimitKnown() {
            return Optional.ofNullable(spoilerLimit);
        }

        public StoryPosition withPhase(String phaseId) {
            return new StoryPosition(phaseId, spoilerLimit);
        }

        public StoryPosition withSpoilerLimit(Integer spoilerLimit) {
            return new StoryPosition(phaseId, spoilerLimit);
        }
    }

    public enum Order {
        CHRONOLOGICAL, TELLING
    }

    /**
     * What the timeline shows.
     *
     * @param window the visible part of the timeline, or null for the opening window
     * @param tracks the tracks shown; empty means all
     * @param themes the themes events are filtered by; empty means no filter
     * @param order  chronological, or the order of telling
     * @param people the people events are filtered by (events that involve one of them); empty means no filter
     * @param partId the part of the novel events are filtered by (events its chapters tell), or null for none
     */
    public record TimelineView(Window window, Set<String> tracks, Set<String> themes, Order order,
            Set<String> people, String partId) {
        public static final TimelineView WHOLE = new TimelineView(null, Set.of(), Set.of(), Order.CHRONOLOGICAL);

        public TimelineView {
            Objects.requireNonNull(order, "order");
            // Sorted sets, so that equal views are equal values and give the same link.
            tracks = Collections.unmodifiableSortedSet(new TreeSet<>(tracks));
            themes = Collections.unmodifiableSortedSet(new TreeSet<>(themes));
            people = Collections.unmodifiableSortedSet(new TreeSet<>(people));
        }

        /** A view with no person or part filter. */
        public TimelineView(Window window, Set<String> tracks, Set<String> themes, Order order) {
            this(window, tracks, themes, order, Set.of(), null);
        }

        public Optional<String> part() {
            return Optional.ofNullable(partId);
        }

        public Optional<Window> windowKnown() {
            return Optional.ofNullable(window);
        }

        public TimelineView withWindow(Window window) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }

        public TimelineView withTracks(Set<String> tracks) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }

        public TimelineView withThemes(Set<String> themes) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }

        public TimelineView withOrder(Order order) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }

        public TimelineView withPeople(Set<String> people) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }

        public TimelineView withPart(String partId) {
            return new TimelineView(window, tracks, themes, order, people, partId);
        }
    }

    /**
     * The views of a pack. Each has its own place in the link: the explorer at the pack's own address, the others
     * under it ({@code never-let-me-go/present}). The two tables are the text alternative of the picture: the
     * timeline's events, and the graph's relationships at the view's phase.
     */
    public enum Mode {
        EXPLORE(""), PRESENT("present"), TABLE("table"), RELATIONSHIPS("relationships"), ABOUT("about"),
        /** The explorer inside another site's iframe: drawn by the server from the link alone, with no session. */
        EMBED("embed");

        private final String segment;

        Mode(String segment) {
            this.segment = segment;
        }

        /** The link's path segment after the pack; empty for the explorer. */
        public String segment() {
            return segment;
        }

        /** The view whose path segment this is. */
        public static Optional<Mode> ofSegment(String segment) {
            return java.util.Arrays.stream(values()).filter(mode -> mode.segment.equals(segment)).findFirst();
        }
    }

    /**
     * How the view is presented.
     *
     * @param mode     which view
     * @param tourId   the guided tour being followed, or null
     * @param tourStep the step of that tour, from 1, or null
     */
    public record Presentation(Mode mode, String tourId, Integer tourStep) {
        public static final Presentation EXPLORER = new Presentation(Mode.EXPLORE, null, null);

        public Presentation {
            Objects.requireNonNull(mode, "mode");
            if ((tourId == null) != (tourStep == null) || (tourStep != null && tourStep < 1)) {
                throw new IllegalArgumentException("A tour needs both its id and a step from 1");
            }
        }

        public Presentation withMode(Mode mode) {
            return new Presentation(mode, tourId, tourStep);
        }

        /** At a step of a tour, counted from 1. */
        public Presentation atTourStep(String tourId, int step) {
            return new Presentation(mode, tourId, step);
        }

        public Presentation withoutTour() {
            return tourId == null ? this : new Presentation(mode, null, null);
        }

        public Optional<String> tour() {
            return Optional.ofNullable(tourId);
        }
    }

    public ViewState {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(presentation, "presentation");
    }

    /** The default view of a pack. */
    public static ViewState of(String packId) {
        return new ViewState(packId, NOTHING, StoryPosition.START, TimelineView.WHOLE, Presentation.EXPLORER);
    }

    public Optional<String> selectedEvent() {
        return selection instanceof EventSelection event ? Optional.of(event.eventId()) : Optional.empty();
    }

    public Optional<String> selectedCharacter() {
        return selection instanceof CharacterSelection character ? Optional.of(character.characterId())
                : Optional.empty();
    }

    public Optional<String> selectedRelationship() {
        return selection instanceof RelationshipSelection relationship
                ? Optional.of(relationship.relationshipId()) : Optional.empty();
    }

    // A view with a tour is exactly that tour step's view, so its link is just the tour and the step. Changing the
    // view in any other way leaves the tour.

    public ViewState withSelection(Selection selection) {
        return new ViewState(packId, selection, position, timeline, presentation.withoutTour());
    }

    public ViewState withPosition(StoryPosition position) {
        return new ViewState(packId, selection, position, timeline, presentation.withoutTour());
    }

    public ViewState withTimeline(TimelineView timeline) {
        return new ViewState(packId, selection, position, timeline, presentation.withoutTour());
    }

    public ViewState withPresentation(Presentation presentation) {
        return new ViewState(packId, selection, position, timeline, presentation);
    }
}
