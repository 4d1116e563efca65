package org.storyweb.components;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the browser holds of one kind of item, by id, so that a component sends only the items added, changed or
 * removed since the last response instead of all of them. Items are compared with {@code equals}, so they should be
 * values (records).
 *
 * @param <T> the item type
 */
public final class SentItems<T> {

    /** What to send: the items to add or replace, and the ids to remove. {@code replace} means clear first. */
    public record Changes<T>(boolean replace, List<T> updated, List<String> removed) {

        public Changes {
            updated = List.copyOf(updated);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return !replace && updated.isEmpty() && removed.isEmpty();
        }
    }

    private Map<String, T> sent = new LinkedHashMap<>();
    private boolean known;

    /** Forgets what the browser holds, as when the component is attached to a page: the next changes replace all. */
    public void forget() {
        sent = new LinkedHashMap<>();
        known = false;
    }

    /**
     * The changes that turn what was sent into {@code wanted}, which is then taken as sent. O(n) in the items.
     *
     * @param wanted the items by id, as the browser should hold them
     */
    public Changes<T> changesTo(Map<String, T> wanted) {
        List<T> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        wanted.forEach((id, item) -> {
            if (!Objects.equals(sent.get(id), item)) {
                updated.add(item);
            }
        });
        if (known) {
            sent.keySet().stream().filter(id -> !wanted.containsKey(id)).forEach(removed::add);
        }
        Changes<T> changes = new Changes<>(!known, updated, removed);
        sent = new LinkedHashMap<>(wanted);
        known = true;
        return changes;
    }
}
