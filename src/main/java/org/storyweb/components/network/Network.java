package org.storyweb.components.network;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;
import org.storyweb.components.ConnectorSync;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A network of labelled nodes and styled, labelled edges. Wraps the npm package vis-network.
 * <p>
 * The layout is stable: nodes with positions stay there, others are placed by a seeded layout, so the same network
 * looks the same every time; nodes keep their places when the edges change, so a projected network does not jump
 * around. Highlighting emphasises some nodes and fades the rest.
 */
@Tag("div")
@NpmPackage(value = "vis-network", version = "10.1.5")
@NpmPackage(value = "vis-data", version = "8.0.6")
@JsModule("./components/network/network-connector.js")
public class Network extends Component implements HasSize, HasStyle {

    private enum Change {
        GROUPS, NODES, EDGES, SELECTION, HIGHLIGHT, LABEL
    }

    private final Map<String, NodeStyle> groupStyles = new LinkedHashMap<>();
    private List<NetworkNode> nodes = List.of();
    private List<NetworkEdge> edges = List.of();
    private String selectedNodeId;
    private String selectedEdgeId;
    private Set<String> highlighted = Set.of();
    private String accessibleLabel = "Network";

    private final ConnectorSync<Change> sync =
            new ConnectorSync<>(this, "storywebNetworkConnector", Change.class, this::patch);

    public Network() {
        addClassName("storyweb-network");
        addSelectListener(event -> {
            selectedNodeId = event.nodeId().orElse(null);
            selectedEdgeId = event.edgeId().orElse(null);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sync.everything();
    }

    public void setGroupStyle(String group, NodeStyle style) {
        groupStyles.put(Objects.requireNonNull(group), Objects.requireNonNull(style));
        changed(Change.GROUPS);
    }

    public void setNodes(Collection<NetworkNode> nodes) {
        this.nodes = List.copyOf(nodes);
        changed(Change.NODES);
    }

    public List<NetworkNode> getNodes() {
        return nodes;
    }

    /** Replaces the edges; nodes stay where they are. */
    public void setEdges(Collection<NetworkEdge> edges) {
        this.edges = List.copyOf(edges);
        changed(Change.EDGES);
    }

    public List<NetworkEdge> getEdges() {
        return edges;
    }

    /** Selects a node (without firing {@link NetworkSelectEvent}); null clears the selection. */
    public void setSelectedNode(String nodeId) {
        this.selectedNodeId = nodeId;
        this.selectedEdgeId = null;
        changed(Change.SELECTION);
    }

    /** Selects an edge (without firing {@link NetworkSelectEvent}); null clears the selection. */
    public void setSelectedEdge(String edgeId) {
        this.selectedEdgeId = edgeId;
        this.selectedNodeId = null;
        changed(Change.SELECTION);
    }

    public Optional<String> getSelectedNode() {
        return Optional.ofNullable(selectedNodeId);
    }

    public Optional<String> getSelectedEdge() {
        return Optional.ofNullable(selectedEdgeId);
    }

    /** Emphasises these nodes and fades the others; an empty set shows all nodes normally. */
    public void setHighlighted(Collection<String> nodeIds) {
        this.highlighted = Set.copyOf(nodeIds);
        changed(Change.HIGHLIGHT);
    }

    public Set<String> getHighlighted() {
        return highlighted;
    }

    /** The name a screen reader announces for the drawing, such as a one-sentence summary of what it shows. */
    public void setAccessibleLabel(String label) {
        this.accessibleLabel = Objects.requireNonNull(label);
        changed(Change.LABEL);
    }

    public Registration addSelectListener(ComponentEventListener<NetworkSelectEvent> listener) {
        return addListener(NetworkSelectEvent.class, listener);
    }

    private void changed(Change change) {
        sync.changed(change);
    }

    private ObjectNode patch(Set<Change> pending) {
        ObjectNode patch = JacksonUtils.createObjectNode();
        if (pending.contains(Change.GROUPS)) {
            ObjectNode groups = patch.putObject("groups");
            groupStyles.forEach((group, style) -> groups.putObject(group)
                    .put("background", style.background())
                    .put("border", style.border())
                    .put("textColor", style.textColor())
                    .put("shape", style.shape()));
        }
        if (pending.contains(Change.NODES)) {
            ArrayNode array = patch.putArray("nodes");
            nodes.forEach(node -> {
                ObjectNode json = array.addObject()
                        .put("id", node.id())
                        .put("label", node.label())
                        .put("group", node.group());
                node.positionKnown().ifPresent(position -> json.put("x", position.x()).put("y", position.y()));
            });
        }
        if (pending.contains(Change.EDGES)) {
            ArrayNode array = patch.putArray("edges");
            edges.forEach(edge -> {
                ObjectNode node = array.addObject()
                        .put("id", edge.id())
                        .put("from", edge.from())
                        .put("to", edge.to())
                        .put("label", edge.label())
                        .put("color", edge.style().color())
                        .put("width", edge.style().width());
                ArrayNode dashes = node.putArray("dashes");
                for (int dash : edge.style().dashes()) {
                    dashes.add(dash);
                }
            });
        }
        if (pending.contains(Change.SELECTION)) {
            patch.putObject("selection").put("node", selectedNodeId).put("edge", selectedEdgeId);
        }
        if (pending.contains(Change.HIGHLIGHT)) {
            ArrayNode array = patch.putArray("highlighted");
            highlighted.stream().sorted().forEach(array::add);
        }
        if (pending.contains(Change.LABEL)) {
            patch.put("label", accessibleLabel);
        }
        return patch;
    }
}
