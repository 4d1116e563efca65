package org.storyweb.story;

import java.util.List;
import java.util.OptionalInt;

/**
 * A person (or an animal such as Dolly the sheep) who appears in the graph. Named StoryCharacter so that it does not
 * shadow {@link java.lang.Character}.
 */
public record StoryCharacter(String id, String name, String description, String group, Integer firstChapter,
        List<String> aliases) {

    public StoryCharacter {
        aliases = List.copyOf(aliases);
    }

    public OptionalInt firstChapterKnown() {
        return firstChapter == null ? OptionalInt.empty() : OptionalInt.of(firstChapter);
    }
}
