package org.storyweb.components.network;

import java.util.Objects;

/**
 * How the nodes of one group are drawn.
 *
 * @param background the fill colour
 * @param border     the outline colour
 * @param textColor  the label colour, chosen to contrast with the background
 * @param shape      a vis-network shape with the label inside, such as {@code box}, {@code ellipse} or {@code circle}
 */
public record NodeStyle(String background, String border, String textColor, String shape) {

    public static final NodeStyle DEFAULT = new NodeStyle("#ffffff", "#33414d", "#1a1a1a", "box");

    public NodeStyle {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(textColor, "textColor");
        Objects.requireNonNull(shape, "shape");
    }
}
