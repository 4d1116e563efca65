package org.storyweb.components.network;

import java.util.Objects;

/**
 * How an edge is drawn. Line pattern and width carry meaning as well as colour, so nothing depends on colour alone.
 *
 * @param color  a CSS colour such as {@code #1f6feb}
 * @param dashes a dash pattern such as {@code [8, 4]}, or empty for a solid line
 * @param width  the line width in pixels
 */
public record EdgeStyle(String color, int[] dashes, double width) {

    public EdgeStyle {
        Objects.requireNonNull(color, "color");
        dashes = dashes.clone();
    }

    @Override
    public int[] dashes() {
        return dashes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EdgeStyle style && color.equals(style.color)
                && java.util.Arrays.equals(dashes, style.dashes) && width == style.width;
    }

    @Override
    public int hashCode() {
        return Objects.hash(color, java.util.Arrays.hashCode(dashes), width);
    }
}
