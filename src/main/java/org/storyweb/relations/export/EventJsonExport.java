package org.storyweb.relations.export;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * All events of a pack as a JSON array, in timeline order: one object per event with {@code id}, {@code title},
 * {@code dateLabel}, {@code earliest} and {@code latest} (ISO dates), {@code track}, {@code phase}, {@code chapter},
 * {@code characters}, {@code sources} and {@code themes} (arrays of ids), {@code uncertain} and {@code note}; absent
 * values are {@code null}.
 * <p>
 * Built as a Jackson tree rather than by binding the records, so that field names and order are fixed here and do
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

    private ArrayNode tree() {
        ArrayNode events = JSON.createArrayNode();
        for (Event event : pack.events()) {
            ObjectNode object = events.addObject();
            List<Object> values = EventColumns.values(event);
            for (int i = 0; i < values.size(); i++) {
                put(object, EventColumns.NAMES.get(i), values.get(i));
            }
        }
        return events;
    }

    private static void put(ObjectNode object, String name, Object value) {
        switch (value) {
            case null -> object.putNull(name);
            case String text -> object.put(name, text);
            case Integer number -> object.put(name, number);
            case Boolean flag -> object.put(name, flag);
            case List<?> ids -> {
                ArrayNode array = object.putArray(name);
                ids.forEach(id -> array.add(String.valueOf(id)));
            }
            default -> throw new IllegalStateException("No JSON form for " + value.getClass());
        }
    }
}
