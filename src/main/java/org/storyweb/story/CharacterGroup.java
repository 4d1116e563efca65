package org.storyweb.story;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A group of characters that the graph draws alike, such as students or guardians: a label for the graph's key, the
 * colours of its boxes and their shape, so that groups differ by more than colour where the pack wants them to.
 *
 * @param background the fill, as {@code #rrggbb}
 * @param border     the outline, as {@code #rrggbb}
 * @param text       the colour of the names, as {@code #rrggbb}
 */
public record CharacterGroup(String id, String label, String background, String border, String text, Shape shape) {

    /** The shape of a group's boxes. */
    public enum Shape {
        BOX, ELLIPSE;

        /** The name used in content files and by the graph: box, ellipse. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The contrast ratio of two {@code #rrggbb} colours as WCAG 2 defines it, from 1 to 21. */
    public static double contrast(String colour, String other) {
        double a = luminance(colour);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    public CharacterGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shape, "shape");
        // Colours reach the browser's styles, so nothing but a plain colour gets through.
        for (String colour : new String[] {background, border, text}) {
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("Group " + id + " has a colour that is not #rrggbb: " + colour);
            }
        }
    }
}
