package org.storyweb.components.chart;

import java.io.Serializable;
import java.util.Objects;

/**
 * One point of a {@link ScatterChart}.
 * <p>
 * A point may carry a span on y, from {@code yLow} to {@code yHigh}, for a value known only approximately; it is
 * drawn as a thin vertical line behind the point. Give both ends or neither.
 *
 * @param id        identifies the point in {@link PointSelectEvent}s and {@link ScatterChart#setSelectedPoint}
 * @param x         the position along the x axis
 * @param y         the position along the y axis (the best estimate when there is a span)
 * @param yLow      the lower end of the span on y, or null for an exact value
 * @param yHigh     the upper end of the span on y, or null for an exact value
 * @param label     a short name, shown as plain text and the start of what a screen reader announces
 * @param className CSS classes (space-separated) added to the point, for styling groups of points; may be null
 */
public record ChartPoint(String id, double x, double y, Double yLow, Double yHigh, String label, String className)
        implements Serializable {

    public ChartPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A point needs an id that is not blank.");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Point '" + id + "' has a position that is not a finite number.");
        }
        if ((yLow == null) != (yHigh == null)) {
            throw new IllegalArgumentException("Point '" + id + "' has only one end of its span; give both or neither.");
        }
        if (yLow != null && !(yLow <= y && y <= yHigh)) {
            throw new IllegalArgumentException("Point '" + id + "' has y " + y + " outside its span " + yLow + " to "
                    + yHigh + ".");
        }
    }

    /** A point with an exact position. */
    public ChartPoint(String id, double x, double y, String label, String className) {
        this(id, x, y, null, null, label, className);
    }

    /** This point with a span on y from {@code low} to {@code high}, which must include {@link #y()}. */
    public ChartPoint withSpan(double low, double high) {
        return new ChartPoint(id, x, y, low, high, label, className);
    }

    /** Whether the point's y is a span rather than an exact value. */
    public boolean hasSpan() {
        return yLow != null;
    }
}
