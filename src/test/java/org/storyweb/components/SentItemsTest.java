package org.storyweb.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentItemsTest {

    private record Item(String id, String text) {
    }

    private static Map<String, Item> items(Item... items) {
        Map<String, Item> map = new LinkedHashMap<>();
        for (Item item : items) {
            map.put(item.id(), item);
        }
        return map;
    }

    @Test
    void theFirstChangesReplaceEverything() {
        SentItems<Item> sent = new SentItems<>();

        SentItems.Changes<Item> changes = sent.changesTo(items(new Item("a", "A"), new Item("b", "B")));

        assertThat(changes.replace()).isTrue();
        assertThat(changes.updated()).extracting(Item::id).containsExactly("a", "b");
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void theSameItemsAgainAreNoChange() {
        SentItems<Item> sent = new SentItems<>();
        sent.changesTo(items(new Item("a", "A"), new Item("b", "B")));

        assertThat(sent.changesTo(items(new Item("a", "A"), new Item("b", "B"))).isEmpty()).isTrue();
    }

    @Test
    void onlyItemsAddedChangedOrRemovedAreSent() {
        SentItems<Item> sent = new SentItems<>();
        sent.changesTo(items(new Item("a", "A"), new Item("b", "B"), new Item("c", "C")));

        SentItems.Changes<Item> changes = sent.changesTo(
                items(new Item("a", "A"), new Item("b", "B changed"), new Item("d", "D")));

        assertThat(changes.replace()).isFalse();
        assertThat(changes.updated()).containsExactly(new Item("b", "B changed"), new Item("d", "D"));
        assertThat(changes.removed()).containsExactly("c");
    }

    @Test
    void afterForgettingEverythingIsSentAgain() {
        SentItems<Item> sent = new SentItems<>();
        sent.changesTo(items(new Item("a", "A")));
        sent.forget();

        SentItems.Changes<Item> changes = sent.changesTo(items(new Item("a", "A")));

        assertThat(changes.replace()).isTrue();
        assertThat(changes.updated()).containsExactly(new Item("a", "A"));
    }

    @Test
    void removingEverythingSendsTheRemovals() {
        SentItems<Item> sent = new SentItems<>();
        sent.changesTo(items(new Item("a", "A"), new Item("b", "B")));

        SentItems.Changes<Item> changes = sent.changesTo(Map.of());

        assertThat(changes.updated()).isEmpty();
        assertThat(changes.removed()).isEqualTo(List.of("a", "b"));
    }
}
