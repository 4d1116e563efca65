package org.storyweb.components.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An item on the timeline: a point in time ({@code end} absent) or a span.
 *
 * @param id        unique among the timeline's items; selection events carry it
 * @param text      the label, shown as plain text (never interpreted as HTML)
 * @param start     when the item starts
 * @param end       when a span ends, or null for a point
 * @param groupId   the group (row) the item belongs to, or null when the timeline has no groups
 * @param className CSS class names for styling, or null
 */
public record TimelineItem(String id, String text, Instant start, Instant end, String groupId, String className) {

    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Item " + id + " ends before it starts");
        }
    }

    public Optional<Instant> endKnown() {
        return Optional.ofNullable(end);
    }
}
