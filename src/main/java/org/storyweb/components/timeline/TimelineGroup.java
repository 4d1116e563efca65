package org.storyweb.components.timeline;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A row of the timeline. {@code text} is shown as plain text. {@code color}, when given, marks the row's label and
 * items (their fill is a light tint of it, so that dark text stays readable on it); null leaves them neutral.
 *
 * @param color a colour written as {@code #rrggbb}, or null
 */
public record TimelineGroup(String id, String text, String className, String color) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public TimelineGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        // The colour ends up in a style attribute: only this exact form may pass.
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("Group " + id + " has the colour \"" + color
                    + "\"; write it as #rrggbb");
        }
    }

    /** A group without a colour. */
    public TimelineGroup(String id, String text, String className) {
        this(id, text, className, null);
    }
}
