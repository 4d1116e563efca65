package org.storyweb.components.timeline;

import java.time.Instant;
import java.util.Objects;

/** The visible part of the timeline, from {@code start} to {@code end}. */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A window must end after it starts");
        }
    }
}
