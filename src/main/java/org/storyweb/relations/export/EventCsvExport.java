package org.storyweb.relations.export;

import java.io.Writer;
import java.util.Objects;
import org.storyweb.story.StoryPack;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * All events of a pack as CSV (RFC 4180), in timeline order, for a spreadsheet: a header row, then one
 * {@link EventRow} per event, the same fields as {@link EventJsonExport}. Lists of ids are joined with {@code ;};
 * absent values are empty; {@code uncertain} is {@code true} or {@code false}. Jackson's CSV format quotes only the
 * fields that hold a comma, a double quote or a line break, doubling the quotes, and lines end with CRLF, as the RFC
 * asks. O(n) in the size of the events.
 */
public final class EventCsvExport {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(EventRow.class).withHeader().withLineSeparator("\r\n")
            .withArrayElementSeparator(";");

    private final StoryPack pack;

    public EventCsvExport(StoryPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /** The suggested file name, such as {@code never-let-me-go-events.csv}. */
    public String fileName() {
        return pack.id() + "-events.csv";
    }

    /** Writes the events. The writer is flushed, not closed. */
    public void write(Writer out) {
        CSV.writer(SCHEMA).writeValue(out, pack.events().stream().map(EventRow::of).toList());
    }

    /** The events as a string. */
    public String asString() {
        return CSV.writer(SCHEMA).writeValueAsString(pack.events().stream().map(EventRow::of).toList());
    }
}
