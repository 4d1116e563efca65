package org.storyweb.components.network;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/** The user selected a node, or an edge, or clicked empty space (both then absent). */
@DomEvent("network-select")
public class NetworkSelectEvent extends ComponentEvent<Network> {

    private final String nodeId;
    private final String edgeId;

    public NetworkSelectEvent(Network source, boolean fromClient, @EventData("event.detail.node") String nodeId,
            @EventData("event.detail.edge") String edgeId) {
        super(source, fromClient);
        this.nodeId = nodeId;
        this.edgeId = edgeId;
    }

    public Optional<String> nodeId() {
        return Optional.ofNullable(nodeId);
    }

    /** Set when the user picked an edge rather than a node. */
    public Optional<String> edgeId() {
        return Optional.ofNullable(edgeId);
    }
}
