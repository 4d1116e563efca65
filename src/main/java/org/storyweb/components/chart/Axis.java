package org.storyweb.components.chart;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An axis of a {@link ScatterChart}: its title, the range it shows and the labelled ticks along it.
 *
 * @param title a title drawn beside the axis, or an empty string for none
 * @param min   the value at the start of the axis (left, or bottom for y)
 * @param max   the value at the end of the axis (right, or top for y); greater than {@code min}
 * @param ticks labelled values, each within {@code min} to {@code max}, with a grid line across the plot
 */
public record Axis(String title, double min, double max, List<Tick> ticks) implements Serializable {

    /** A labelled value on an axis, such as {@code new Tick(1970, "1970s")}. */
    public record Tick(double value, String label) implements Serializable {
        public Tick {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Tick '" + label + "' has a value that is not a finite number.");
            }
        }
    }

    public Axis {
        Objects.requireNonNull(title, "title");
        ticks = List.copyOf(ticks);
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new IllegalArgumentException("An axis needs finite ends with min below max, not " + min + " to "
                    + max + ".");
        }
        for (Tick tick : ticks) {
            if (tick.value() < min || tick.value() > max) {
                throw new IllegalArgumentException("Tick '" + tick.label() + "' at " + tick.value()
                        + " is outside the axis range " + min + " to " + max + ".");
            }
        }
    }

    /** An axis without ticks. */
    public Axis(String title, double min, double max) {
        this(title, min, max, List.of());
    }

    /** How far along the axis a value lies: 0 at {@code min}, 1 at {@code max}, beyond them outside the range. */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
