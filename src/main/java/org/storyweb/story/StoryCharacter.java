package org.storyweb.story;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A person (or an animal such as Dolly the sheep) who appears in the graph. Named StoryCharacter so that it does not
 * shadow {@link java.lang.Character}.
 * <p>
 * {@code lastPhaseId} is the last phase the character lives through (in Never Let Me Go, the phase in which they
 * "complete"), or null when they live to the end of the story or no source says when they die. Their relationships
 * end by that phase, which the loader checks.
 */
public record StoryCharacter(String id, String name, String description, String group, Integer firstChapter,
        String lastPhaseId, List<String> aliases) {

    public StoryCharacter {
        aliases = List.copyOf(aliases);
    }

    public OptionalInt firstChapterKnown() {
        return firstChapter == null ? OptionalInt.empty() : OptionalInt.of(firstChapter);
    }

    /** The last phase the character lives through, when the pack gives one. */
    public Optional<String> lastPhase() {
        return Optional.ofNullable(lastPhaseId);
    }
}
