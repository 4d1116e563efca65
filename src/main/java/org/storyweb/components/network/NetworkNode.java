package org.storyweb.components.network;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the network. {@code label} is drawn as plain text; {@code group} picks a style shared by similar nodes
 * (see {@link Network#setGroupStyle}). A node with a {@code position} stays there; when every node has one the
 * network does no layout of its own, so the caller decides the picture.
 */
public record NetworkNode(String id, String label, String group, Position position) {

    /** A place in the drawing, in pixels from the centre before zooming. */
    public record Position(double x, double y) {
    }

    public NetworkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    public Optional<Position> positionKnown() {
        return Optional.ofNullable(position);
    }
}
