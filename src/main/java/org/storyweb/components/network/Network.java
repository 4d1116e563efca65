package org.storyweb.components.network;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.storyweb.components.ConnectorSync;
import org.storyweb.components.SentList;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A network of labelled nodes and styled, labelled edges. Wraps the npm package vis-network.
 * <p>
 * The layout is stable: nodes with positions stay there, others are placed by a seeded layout, so the same network
 * looks the same every time; nodes keep their places when the edges change, so a projected network does not jump
 * around. Highlighting emphasises some nodes and fades the rest.
 * <p>
 * The component remembers what the browser holds and sends only what changed: setting the same edges again sends
 * nothing, and a new phase of a story sends the edges that appear and disappear.
 */
@Tag("div")
@NpmPackage(value = "vis-network", version = "10.1.5")
@NpmPackage(value = "vis-data", version = "8.0.6")
@JsModule("./components/network/network-connector.js")
public class Network extends Component implements HasSize, HasStyle {

    /** The size of node labels, in pixels before zooming, for callers that place nodes and keep labels apart. */
    public static final double NODE_FONT_SIZE = 18;
    /** The size of edge labels, drawn level at the middle of each edge, in pixels before zooming. */
    public static final double EDGE_FONT_SIZE = 15;
    /** What a node's box adds to its label's width: margins and border. */
    public static final double NODE_PADDING_X = 32;
    /** What a node's box adds to its label's height: margins and border. */
    public static final double NODE_PADDING_Y = 24;
    /** The white outline around edge labels, which keeps them readable over lines. */
    public static final double EDGE_LABEL_OUTLINE = 4;

    enum Change {
        GROUPS, NODES, EDGES, SELECTION, HIGHLIGHT, LABEL
    }

    private final Map<String, NodeStyle> groupStyles = new LinkedHashMap<>();
    private List<NetworkNode> nodes = List.of();
    private List<NetworkEdge> edges = List.of();
    private String selectedNodeId;
    private String selectedEdgeId;
    private Set<String> highlighted = Set.of();
    private String accessibleLabel = "Network";

    private final SentList<Map.Entry<String, NodeStyle>> sentGroups =
            new SentList<>(Map.Entry::getKey, Network::groupJson);
    private final SentList<NetworkNode> sentNodes = new SentList<>(NetworkNode::id, Network::nodeJson);
    private final SentList<NetworkEdge> sentEdges = new SentList<>(NetworkEdge::id, Network::edgeJson);
    // The selection, highlight and label as last sent; a kind missing here is unknown to the browser.
    private final Map<Change, Object> sentValues = new EnumMap<>(Change.class);

    private final ConnectorSync<Change> sync =
            new ConnectorSync<>(this, "storywebNetworkConnector", Change.class, this::patch);

    public Network() {
        addClassName("storyweb-network");
        addSelectListener(event -> {
            selectedNodeId = event.nodeId().orElse(null);
            selectedEdgeId = event.edgeId().orElse(null);
            // The browser shows what the user clicked already.
            sentValues.put(Change.SELECTION, selection());
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A page that attaches the component starts with nothing.
        sentGroups.forget();
        sentNodes.forget();
        sentEdges.forget();
        sentValues.clear();
        sync.everything();
    }

    public void setGroupStyle(String group, NodeStyle style) {
        groupStyles.put(Objects.requireNonNull(group), Objects.requireNonNull(style));
        changed(Change.GROUPS);
    }

    /** Replaces the styles of all groups. */
    public void setGroupStyles(Map<String, NodeStyle> styles) {
        groupStyles.clear();
        styles.forEach(this::setGroupStyle);
        changed(Change.GROUPS);
    }

    public void setNodes(Collection<NetworkNode> nodes) {
        this.nodes = List.copyOf(nodes);
        changed(Change.NODES);
    }

    public List<NetworkNode> getNodes() {
        return nodes;
    }

    /** Replaces the edges; nodes stay where they are. Only edges added, changed or removed reach the browser. */
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

    /**
     * Selects an edge (without firing {@link NetworkSelectEvent}); null clears the selection. A selected edge is
     * drawn wider with a dark outline and a bold label, its two nodes are emphasised and the rest fade.
     */
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

    public String getAccessibleLabel() {
        return accessibleLabel;
    }

    public Registration addSelectListener(ComponentEventListener<NetworkSelectEvent> listener) {
        return addListener(NetworkSelectEvent.class, listener);
    }

    private void changed(Change change) {
        sync.changed(change);
    }

    private List<String> selection() {
        return Arrays.asList(selectedNodeId, selectedEdgeId);
    }

    /** The patch for the pending kinds of change: only what differs from what the browser holds. */
    ObjectNode patch(Set<Change> pending) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (pending.contains(Change.GROUPS)) {
            sentGroups.patchTo(List.copyOf(groupStyles.entrySet())).ifPresent(changes -> patch.set("groups", changes));
        }
        if (pending.contains(Change.NODES)) {
            sentNodes.patchTo(nodes).ifPresent(changes -> patch.set("nodes", changes));
        }
        if (pending.contains(Change.EDGES)) {
            sentEdges.patchTo(edges).ifPresent(changes -> patch.set("edges", changes));
        }
        if (pending.contains(Change.SELECTION) && isNew(Change.SELECTION, selection())) {
            patch.putObject("selection").put("node", selectedNodeId).put("edge", selectedEdgeId);
        }
        if (pending.contains(Change.HIGHLIGHT) && isNew(Change.HIGHLIGHT, highlighted)) {
            ArrayNode array = patch.putArray("highlighted");
            highlighted.stream().sorted().forEach(array::add);
        }
        if (pending.contains(Change.LABEL) && isNew(Change.LABEL, accessibleLabel)) {
            patch.put("label", accessibleLabel);
        }
        return patch;
    }

    private boolean isNew(Change kind, Object value) {
        return !Objects.equals(sentValues.put(kind, value), value);
    }

    private static ObjectNode groupJson(Map.Entry<String, NodeStyle> group) {
        return JsonNodeFactory.instance.objectNode().put("id", group.getKey())
                .put("background", group.getValue().background())
                .put("border", group.getValue().border())
                .put("textColor", group.getValue().textColor())
                .put("shape", group.getValue().shape());
    }

    private static ObjectNode nodeJson(NetworkNode node) {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("id", node.id()).put("label", node.label()).put("group", node.group());
        node.positionKnown().ifPresent(position -> json.put("x", position.x()).put("y", position.y()));
        return json;
    }

    private static ObjectNode edgeJson(NetworkEdge edge) {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("id", edge.id())
                .put("from", edge.from())
                .put("to", edge.to())
                .put("label", edge.label())
                .put("color", edge.style().color())
                .put("width", edge.style().width());
        ArrayNode dashes = json.putArray("dashes");
        for (int dash : edge.style().dashes()) {
            dashes.add(dash);
        }
        return json;
    }
}
