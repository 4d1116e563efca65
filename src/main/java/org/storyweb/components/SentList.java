package org.storyweb.components;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the browser holds of a list of values keyed by id, so that a component sends only what changed: the patch
 * from what was last sent to a new list.
 * <p>
 * A patch is {@code {"all": [...]}} when the browser's copy is not known (nothing sent yet, or {@link #forget()}
 * since), which replaces the whole list; otherwise {@code {"put": [...], "remove": [ids]}}, where {@code put} holds
 * the values added or changed (by {@code equals}), and either part is left out when empty. Values are kept, not
 * copied, so they must be immutable (records).
 *
 * @param <T> the values, such as a component's item records
 */
public final class SentList<T> {

    private final Function<T, String> id;
    private final Function<T, ObjectNode> json;
    // Null while the browser's copy is not known. A list, not a map by id: it is kept for every open page, and a
    // list of values that are shared between pages costs a few bytes where a map costs an entry per value.
    private List<T> sent;

    /**
     * @param id   a value's id, unique in a list
     * @param json a value as the browser receives it
     */
    public SentList(Function<T, String> id, Function<T, ObjectNode> json) {
        this.id = Objects.requireNonNull(id);
        this.json = Objects.requireNonNull(json);
    }

    /** The browser's copy is no longer known (a new page or element): the next patch sends the whole list. */
    public void forget() {
        sent = null;
    }

    /**
     * The patch that brings the browser from what was last sent to {@code next}, or empty when nothing differs.
     * The new list then counts as sent.
     *
     * @throws IllegalArgumentException when two values share an id
     */
    public Optional<ObjectNode> patchTo(List<T> next) {
        Map<String, T> byId = byId(next);
        List<T> previous = sent;
        sent = List.copyOf(next);
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (previous == null) {
            ArrayNode all = patch.putArray("all");
            next.forEach(value -> all.add(json.apply(value)));
            return Optional.of(patch);
        }
        Map<String, T> left = byId(previous);
        ArrayNode put = JsonNodeFactory.instance.arrayNode();
        byId.forEach((key, value) -> {
            if (!value.equals(left.remove(key))) {
                put.add(json.apply(value));
            }
        });
        if (!put.isEmpty()) {
            patch.set("put", put);
        }
        if (!left.isEmpty()) {
            // In the order they were sent, so that a patch does not depend on hashing.
            ArrayNode remove = patch.putArray("remove");
            left.keySet().forEach(remove::add);
        }
        return patch.isEmpty() ? Optional.empty() : Optional.of(patch);
    }

    private Map<String, T> byId(List<T> values) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T value : values) {
            if (byId.putIfAbsent(id.apply(value), value) != null) {
                throw new IllegalArgumentException("Two values have the id " + id.apply(value));
            }
        }
        return byId;
    }
}
