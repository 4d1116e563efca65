package org.storyweb.components.chart;

import java.io.Serializable;
import java.util.Objects;

/**
 * A shaded region of a {@link ScatterChart} with a caption, across the whole plot: along x a vertical strip (such as
 * the parts of a book), along y a horizontal strip (such as a period of time). Parts outside the axes are cut off.
 *
 * @param id        identifies the band; unique among the chart's bands
 * @param dimension the axis the band lies along
 * @param from      where the band starts on that axis
 * @param to        where it ends; greater than {@code from}
 * @param label     the caption, shown as plain text
 * @param className CSS classes (space-separated) added to the band; may be null
 */
public record Band(String id, Dimension dimension, double from, double to, String label, String className)
        implements Serializable {

    /** The axis a band lies along. */
    public enum Dimension {
        X, Y
    }

    public Band {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(from) || !Double.isFinite(to) || from >= to) {
            throw new IllegalArgumentException("Band '" + id + "' needs finite ends with from below to, not " + from
                    + " to " + to + ".");
        }
    }

    /** A vertical strip from {@code from} to {@code to} along x. */
    public static Band alongX(String id, double from, double to, String label, String className) {
        return new Band(id, Dimension.X, from, to, label, className);
    }

    /** A horizontal strip from {@code from} to {@code to} along y. */
    public static Band alongY(String id, double from, double to, String label, String className) {
        return new Band(id, Dimension.Y, from, to, label, className);
    }
}
