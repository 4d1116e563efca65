package org.storyweb.relations.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;

/**
 * All events of a pack as CSV (RFC 4180), in timeline order, for a spreadsheet: a header row, then one row per
 * event, with the same columns as {@link EventJsonExport}. Lists of ids are joined with {@code ;}; absent values
 * are empty; {@code uncertain} is {@code true} or {@code false}.
 * <p>
 * Fields that hold a comma, a double quote, a carriage return or a line feed are quoted, with quotes doubled; lines
 * end with CRLF, as the RFC asks. O(n) in the size of the events.
 */
public final class EventCsvExport {

    private static final String LINE_END = "\r\n";

    private final StoryPack pack;

    public EventCsvExport(StoryPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /** The suggested file name, such as {@code never-let-me-go-events.csv}. */
    public String fileName() {
        return pack.id() + "-events.csv";
    }

    /** Writes the events. The writer is flushed, not closed. */
    public void write(Writer out) throws IOException {
        out.write(row(EventColumns.NAMES));
        for (Event event : pack.events()) {
            out.write(row(EventColumns.values(event).stream().map(EventCsvExport::text).toList()));
        }
        out.flush();
    }

    /** The events as a string. */
    public String asString() {
        return Written.asString(this::write);
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> ids -> ids.stream().map(String::valueOf).collect(Collectors.joining(";"));
            default -> String.valueOf(value);
        };
    }

    private static String row(List<String> fields) {
        return fields.stream().map(EventCsvExport::field).collect(Collectors.joining(",")) + LINE_END;
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
