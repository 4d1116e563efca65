package org.storyweb.explore;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that makes one view of a pack, so that a link can reopen it exactly. Immutable. Absent values mean the
 * default: no selection, the first phase, the whole timeline, all tracks, no theme filter, chronological order, no
 * spoiler limit, explore mode, no tour.
 * <p>
 * Features add their fields here, and to {@link ViewStateCodec}, and nowhere else.
 *
 * @param packId       the pack's id
 * @param selection    what is selected: nothing, one event, one character or one relationship
 * @param phaseId      the story phase the graph shows, or null for the first
 * @param window       the visible part of the timeline, or null for the whole
 * @param tracks       the tracks shown; empty means all
 * @param themes       the themes events are filtered by; empty means no filter
 * @param order        chronological, or the order of telling
 * @param spoilerLimit the last chapter a reader has read, or null for no limit
 * @param mode         explore, present or embed
 * @param tourId       the guided tour being followed, or null
 * @param tourStep     the step of that tour, from 1, or null
 */
public record ViewState(String packId, Selection selection, String phaseId, Window window, Set<String> tracks,
        Set<String> themes, Order order, Integer spoilerLimit, Mode mode, String tourId, Integer tourStep) {

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

    /** A visible window of the timeline, in whole days, both included. */
    public record Window(LocalDate from, LocalDate to) {
        public Window {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("A window must end after it starts");
            }
        }
    }

    public enum Order {
        CHRONOLOGICAL, TELLING
    }

    public enum Mode {
        EXPLORE, PRESENT, EMBED
    }

    public static final Selection NOTHING = new NoSelection();

    public ViewState {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(mode, "mode");
        // Sorted sets, so that equal views are equal values and give the same link.
        tracks = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tracks));
        themes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(themes));
        if (spoilerLimit != null && spoilerLimit < 1) {
            throw new IllegalArgumentException("A spoiler limit is a chapter number from 1");
        }
        if ((tourId == null) != (tourStep == null) || (tourStep != null && tourStep < 1)) {
            throw new IllegalArgumentException("A tour needs both its id and a step from 1");
        }
    }

    /** The default view of a pack. */
    public static ViewState of(String packId) {
        return new ViewState(packId, NOTHING, null, null, Set.of(), Set.of(), Order.CHRONOLOGICAL, null,
                Mode.EXPLORE, null, null);
    }

    public Optional<String> phase() {
        return Optional.ofNullable(phaseId);
    }

    public Optional<Window> windowKnown() {
        return Optional.ofNullable(window);
    }

    public Optional<Integer> spoilerLimitKnown() {
        return Optional.ofNullable(spoilerLimit);
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

    public ViewState withSelection(Selection selection) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withPhase(String phaseId) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withWindow(Window window) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withTracks(Set<String> tracks) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withThemes(Set<String> themes) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withOrder(Order order) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withSpoilerLimit(Integer spoilerLimit) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withMode(Mode mode) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }

    public ViewState withTour(String tourId, Integer tourStep) {
        return new ViewState(packId, selection, phaseId, window, tracks, themes, order, spoilerLimit, mode, tourId,
                tourStep);
    }
}
