package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A person (or an animal such as Dolly the sheep) who appears in the graph. Named StoryCharacter so that it does not
 * shadow {@link java.lang.Character}.
 * <p>
 * {@code description} says what a reader knows of them from their first chapter; {@code later} adds what the reader
 * learns from a later chapter on, so that a spoiler limit can tell them only what has been read.
 * {@code lastPhaseId} is the last phase the character lives through (in Never Let Me Go, the phase in which they
 * "complete"), or null when they live to the end of the story or no source says when they die. Their relationships
 * end by that phase, which the loader checks.
 */
public record StoryCharacter(String id, String name, String description, List<LaterText> later, String group,
        Integer firstChapter, @JsonProperty("lastPhase") String lastPhaseId, List<String> aliases) {

    public StoryCharacter {
        later = later == null ? List.of() : List.copyOf(later);
        aliases = List.copyOf(aliases);
    }

    public StoryCharacter(String id, String name, String description, String group, Integer firstChapter,
            String lastPhaseId, List<String> aliases) {
        this(id, name, description, List.of(), group, firstChapter, lastPhaseId, aliases);
    }

    public OptionalInt firstChapterKnown() {
        return firstChapter == null ? OptionalInt.empty() : OptionalInt.of(firstChapter);
    }

    /** What a reader who has read up to and including a chapter knows of them: the description and what follows. */
    public String toldBy(int chapterRead) {
        return LaterText.toldBy(description, later, chapterRead);
    }

    /** The last phase the character lives through, when the pack gives one. */
    public Optional<String> lastPhase() {
        return Optional.ofNullable(lastPhaseId);
    }
}
