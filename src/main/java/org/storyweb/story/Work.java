package org.storyweb.story;

import java.util.List;

/**
 * The novel a pack is about. {@code narration} is when and where the story is told from ("England, late 1990s").
 */
public record Work(String id, String title, String author, FuzzyDate published, String description,
        String narrationLabel, FuzzyDate narrationDate, List<Theme> themes) {

    public Work {
        themes = List.copyOf(themes);
    }
}
