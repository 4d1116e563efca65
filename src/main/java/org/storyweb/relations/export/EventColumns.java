package org.storyweb.relations.export;

import java.util.Arrays;
import java.util.List;
import org.storyweb.story.Event;

/**
 * The columns that both event exports write, in order, so that the JSON fields and the CSV header cannot drift
 * apart.
 */
final class EventColumns {

    static final List<String> NAMES = List.of("id", "title", "dateLabel", "earliest", "latest", "track", "phase",
            "chapter", "characters", "sources", "themes", "uncertain", "note");

    private EventColumns() {
    }

    /**
     * An event's values, one per column: strings, an Integer, a List of ids, a Boolean, or null where the event has
     * no value (a real-world event has no phase or chapter).
     */
    static List<Object> values(Event event) {
        return Arrays.asList( // asList, unlike List.of, holds the nulls of absent values
                event.id(), event.title(), event.date().label(),
                event.date().earliest().toString(), event.date().latest().toString(), event.trackId(),
                event.phaseId(), event.chapter(), event.characterIds(), event.sourceIds(), event.themeIds(),
                event.uncertain(), event.note());
    }
}
