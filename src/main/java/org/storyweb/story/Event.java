package org.storyweb.story;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened, on one track of the timeline. Story events also name their phase and the chapter in
 * which they are told; real-world events leave both out.
 */
public record Event(String id, String title, FuzzyDate date, String trackId, String phaseId, Integer chapter,
        List<String> characterIds, String text, List<String> sourceIds, List<String> themeIds, boolean uncertain,
        String note, List<String> aliases) {

    public Event {
        characterIds = List.copyOf(characterIds);
        sourceIds = List.copyOf(sourceIds);
        themeIds = List.copyOf(themeIds);
        aliases = List.copyOf(aliases);
    }

    public Optional<String> phase() {
        return Optional.ofNullable(phaseId);
    }

    public Optional<Integer> toldInChapter() {
        return Optional.ofNullable(chapter);
    }

    public Optional<String> uncertaintyNote() {
        return Optional.ofNullable(note);
    }

    public boolean involves(String characterId) {
        return characterIds.contains(characterId);
    }
}
