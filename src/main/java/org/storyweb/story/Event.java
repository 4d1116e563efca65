package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened, on one track of the timeline. Story events also name their phase, the chapter in which
 * they are told and their reveal point, the chapter from which a reader knows everything the event says. Real-world
 * events have no phase or chapter, and a reveal point only when their text gives part of the story away.
 * <p>
 * {@code prompts} are discussion questions for a class; the list is empty, never null, when there are none.
 * {@code backstory} marks a story event told in its phase that happened before it (history a character recounts).
 */
public record Event(String id, String title, FuzzyDate date, @JsonProperty("track") String trackId,
        @JsonProperty("phase") String phaseId, Integer chapter, Integer revealedInChapter,
        @JsonProperty("characters") List<String> characterIds, String text,
        @JsonProperty("sources") List<String> sourceIds, @JsonProperty("themes") List<String> themeIds,
        boolean uncertain, String note, List<String> prompts, List<String> aliases, boolean backstory) {

    public Event {
        characterIds = List.copyOf(characterIds);
        sourceIds = List.copyOf(sourceIds);
        themeIds = List.copyOf(themeIds);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        aliases = List.copyOf(aliases);
    }

    public Optional<String> phase() {
        return Optional.ofNullable(phaseId);
    }

    public Optional<Integer> toldInChapter() {
        return Optional.ofNullable(chapter);
    }

    /**
     * The chapter in which the reader learns everything the event says: for story events usually the chapter that
     * tells it. Empty for real-world events that give nothing of the story away.
     */
    public Optional<Integer> revealPoint() {
        return Optional.ofNullable(revealedInChapter);
    }

    /**
     * True when a reader who has read up to and including {@code chapterRead} may see the event without a spoiler:
     * from its reveal point on, and always for an event without one.
     */
    public boolean isRevealedBy(int chapterRead) {
        return revealedInChapter == null || revealedInChapter <= chapterRead;
    }

    public Optional<String> uncertaintyNote() {
        return Optional.ofNullable(note);
    }

    public boolean involves(String characterId) {
        return characterIds.contains(characterId);
    }
}
