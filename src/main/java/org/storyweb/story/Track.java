package org.storyweb.story;

/**
 * A row of the timeline: the novel's story, the author's life, science, culture, reception.
 *
 * @param color the row's colour, written as {@code #rrggbb}
 */
public record Track(String id, String title, String description, String color) {
}
