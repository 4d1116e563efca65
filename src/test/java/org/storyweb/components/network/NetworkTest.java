package org.storyweb.components.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The network sends the browser only what changed since the last response. */
class NetworkTest {

    private static final EdgeStyle SOLID = new EdgeStyle("#5b6770", new int[0], 2);
    private static final EdgeStyle DASHED = new EdgeStyle("#b35900", new int[] {12, 6}, 3);

    private final Network network = new Network();

    private ObjectNode patch() {
        return network.patch(EnumSet.allOf(Network.Change.class));
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(item -> item.isObject() ? item.get("id").asString() : item.asString())
                .toList();
    }

    private void showTriangle() {
        network.setGroupStyle("student", NodeStyle.DEFAULT);
        network.setNodes(List.of(node("a"), node("b"), node("c")));
        network.setEdges(List.of(edge("ab", "a", "b", "friends"), edge("bc", "b", "c", "rivals")));
        network.setHighlighted(Set.of("a"));
        network.setAccessibleLabel("Three people");
    }

    private static NetworkNode node(String id) {
        return new NetworkNode(id, id.toUpperCase(), "student", new NetworkNode.Position(0, 0));
    }

    private static NetworkEdge edge(String id, String from, String to, String label) {
        return new NetworkEdge(id, from, to, label, SOLID);
    }

    @Test
    void theFirstPatchCarriesEverythingAndReplacesWhatTheBrowserHad() {
        showTriangle();

        ObjectNode patch = patch();

        assertThat(patch.get("edges").has("all")).isTrue();
        assertThat(ids(patch.get("edges").get("all"))).containsExactly("ab", "bc");
        assertThat(ids(patch.get("nodes").get("all"))).containsExactly("a", "b", "c");
        assertThat(ids(patch.get("groups").get("all"))).containsExactly("student");
        assertThat(patch.has("highlighted")).isTrue();
        assertThat(patch.get("label").asString()).isEqualTo("Three people");
    }

    @Test
    void settingTheSameThingsAgainSendsNothing() {
        showTriangle();
        patch();

        showTriangle();

        assertThat(patch().isEmpty()).as(patch().toString()).isTrue();
    }

    @Test
    void onlyEdgesAddedChangedOrRemovedAreSent() {
        showTriangle();
        patch();

        network.setEdges(List.of(edge("ab", "a", "b", "friends"),
                new NetworkEdge("bc", "b", "c", "rivals", DASHED), edge("ca", "c", "a", "strangers")));
        network.setEdges(List.of(edge("ab", "a", "b", "friends"), edge("ca", "c", "a", "strangers")));
        network.setEdges(List.of(edge("ab", "a", "b", "best friends"), edge("ca", "c", "a", "strangers")));
        ObjectNode patch = patch();

        JsonNode edges = patch.get("edges");
        assertThat(edges.has("all")).isFalse();
        assertThat(ids(edges.get("put"))).containsExactly("ab", "ca");
        assertThat(edges.get("put").get(0).get("label").asString()).isEqualTo("best friends");
        assertThat(ids(edges.get("remove"))).containsExactly("bc");
        assertThat(patch.has("nodes")).isFalse();
        assertThat(patch.has("groups")).isFalse();
    }

    @Test
    void aChangedGroupStyleIsSentAloneAndARemovedOneIsRemoved() {
        showTriangle();
        network.setGroupStyle("guardian", NodeStyle.DEFAULT);
        patch();

        NodeStyle ellipse = new NodeStyle("#eeeeee", "#4a4a4a", "#1a1a1a", "ellipse");
        network.setGroupStyles(Map.of("student", ellipse));
        JsonNode groups = patch().get("groups");

        assertThat(ids(groups.get("put"))).containsExactly("student");
        assertThat(groups.get("put").get(0).get("shape").asString()).isEqualTo("ellipse");
        assertThat(ids(groups.get("remove"))).containsExactly("guardian");
    }

    @Test
    void theSelectionIsSentWhenItChangesAndNotWhenTheUserMadeIt() {
        showTriangle();
        patch();

        network.setSelectedEdge("ab");
        assertThat(patch().get("selection").get("edge").asString()).isEqualTo("ab");
        network.setSelectedEdge("ab");
        assertThat(patch().has("selection")).isFalse();

        com.vaadin.flow.component.ComponentUtil.fireEvent(network, new NetworkSelectEvent(network, true, "c", null));
        assertThat(network.getSelectedNode()).contains("c");
        network.setSelectedNode("c");
        assertThat(patch().has("selection")).as("the browser selected it itself").isFalse();
    }

    @Test
    void attachingToAPageSendsEverythingAgain() {
        showTriangle();
        patch();

        new UI().add(network);
        ObjectNode patch = patch();

        assertThat(patch.get("edges").has("all")).isTrue();
        assertThat(ids(patch.get("edges").get("all"))).containsExactly("ab", "bc");
        assertThat(patch.get("label").asString()).isEqualTo("Three people");
    }
}
