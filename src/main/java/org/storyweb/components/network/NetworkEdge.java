package org.storyweb.components.network;

import java.util.Objects;

/** An undirected edge between two nodes, with a plain-text label drawn along it. */
public record NetworkEdge(String id, String from, String to, String label, EdgeStyle style) {

    public NetworkEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(style, "style");
    }
}
