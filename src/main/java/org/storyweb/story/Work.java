package org.storyweb.story;

import java.util.List;

/**
 * The novel a pack is about. {@code narration} is when and where the story is told from ("England, late 1990s").
 * {@code triangle} names three characters at the heart of the story whose ties the analysis follows, or is empty.
 */
public record Work(String id, String title, String author, FuzzyDate published, String description,
        String narrationLabel, FuzzyDate narrationDate, List<Theme> themes, List<String> triangle) {

    public Work {
        themes = List.copyOf(themes);
        triangle = List.copyOf(triangle);
        if (!triangle.isEmpty() && triangle.size() != 3) {
            throw new IllegalArgumentException("A triangle has three characters, not " + triangle.size());
        }
    }
}
