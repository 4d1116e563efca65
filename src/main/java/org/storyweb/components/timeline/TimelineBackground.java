package org.storyweb.components.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * A shaded span behind the items, such as a period of the story, with a plain-text caption. {@code groupId} limits it
 * to one row; null spans all rows.
 */
public record TimelineBackground(String id, String text, Instant start, Instant end, String groupId,
        String className) {

    public TimelineBackground {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Background " + id + " ends before it starts");
        }
    }
}
