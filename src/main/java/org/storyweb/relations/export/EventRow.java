package org.storyweb.relations.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.storyweb.story.Event;

/**
 * One event as both event exports write it: the JSON objects and the CSV rows are this record, so that their
 * fields cannot drift apart. Absent values (a real-world event has no phase or chapter) are null.
 */
@JsonPropertyOrder({"id", "title", "dateLabel", "earliest", "latest", "track", "phase", "chapter", "characters",
        "sources", "themes", "uncertain", "note"})
record EventRow(String id, String title, String dateLabel, String earliest, String latest, String track,
        String phase, Integer chapter, List<String> characters, List<String> sources, List<String> themes,
        boolean uncertain, String note) {

    static EventRow of(Event event) {
        return new EventRow(event.id(), event.title(), event.date().label(), event.date().earliest().toString(),
                event.date().latest().toString(), event.trackId(), event.phaseId(), event.chapter(),
                event.characterIds(), event.sourceIds(), event.themeIds(), event.uncertain(), event.note());
    }
}
