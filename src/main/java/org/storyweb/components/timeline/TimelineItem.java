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
 * @param caption   when it is, as the reader should see it (such as "c. 1974"), shown as plain text where items are
 *                  listed instead of drawn on an axis; null shows the start
 */
public record TimelineItem(String id, String text, Instant start, Instant end, String groupId, String className,
        String caption) {

    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Item " + id + " ends before it starts");
        }
    }

    /** An item without a caption. */
    public TimelineItem(String id, String text, Instant start, Instant end, String groupId, String className) {
        this(id, text, start, end, groupId, className, null);
    }

    public Optional<Instant> endKnown() {
        return Optional.ofNullable(end);
    }
}
