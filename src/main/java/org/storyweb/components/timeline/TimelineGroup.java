package org.storyweb.components.timeline;

import java.util.Objects;

/** A row of the timeline. {@code text} is shown as plain text. */
public record TimelineGroup(String id, String text, String className) {

    public TimelineGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
