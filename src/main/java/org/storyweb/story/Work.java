package org.storyweb.story;

import java.util.List;

/**
 * The novel a pack is about. {@code narration} is when and where the story is told from ("England, late 1990s").
 * {@code triangle} names three characters at the heart of the story whose ties the analysis follows, or is empty.
 * {@code groups} are the groups its characters belong to, in the order the graph's key lists them.
 */
public record Work(String id, String title, String author, FuzzyDate published, String description,
        String narrationLabel, FuzzyDate narrationDate, List<Theme> themes, List<String> triangle,
        List<CharacterGroup> groups) {

    public Work {
        themes = List.copyOf(themes);
        groups = List.copyOf(groups);
        triangle = List.copyOf(triangle);
        if (!triangle.isEmpty() && triangle.size() != 3) {
            throw new IllegalArgumentException("A triangle has three characters, not " + triangle.size());
        }
    }

    /** The group with this id, if the work declares it. */
    public java.util.Optional<CharacterGroup> group(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }
}
