package org.storyweb.relations.export;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.storyweb.story.StoryPack;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * All events of a pack as a JSON array, in timeline order: one object per event with {@code id}, {@code title},
 * {@code dateLabel}, {@code earliest} and {@code latest} (ISO dates), {@code track}, {@code phase}, {@code chapter},
 * {@code characters}, {@code sources} and {@code themes} (arrays of ids), {@code uncertain} and {@code note}; absent
 * values are {@code null}.
 * <p>
 * Written from {@link EventRow}, not from the model's records, so that field names and order are fixed there and do
 * not follow the model's renamings. O(n) in the size of the events.
 */
public final class EventJsonExport {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final StoryPack pack;

    public EventJsonExport(StoryPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /** The suggested file name, such as {@code never-let-me-go-events.json}. */
    public String fileName() {
        return pack.id() + "-events.json";
    }

    /**
     * Writes the events. The writer is flushed, not closed.
     *
     * @throws tools.jackson.core.JacksonException if the writer fails
     */
    public void write(Writer out) {
        JSON.writeValue(out, tree());
    }

    /** The events as a string. */
    public String asString() {
        return JSON.writeValueAsString(tree());
    }

    private List<EventRow> tree() {
        return pack.events().stream().map(EventRow::of).toList();
    }
}
