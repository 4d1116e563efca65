package org.storyweb.story;

import java.util.Optional;

/**
 * A stretch of story time, such as the Hailsham childhood or the Cottages. Phases are ordered; {@code index} is the
 * position in the story, starting at 0.
 */
public record Phase(String id, int index, String title, int firstChapter, int lastChapter, FuzzyDate when,
        String summary) {

    public Optional<FuzzyDate> whenKnown() {
        return Optional.ofNullable(when);
    }
}
