package org.storyweb.story;

/** A row of the timeline: the novel's story, the author's life, science, culture, reception. */
public record Track(String id, String title, String description) {
}
