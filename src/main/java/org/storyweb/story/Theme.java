package org.storyweb.story;

/** A theme that events can be tagged with, such as memory or mortality. */
public record Theme(String id, String title) {
}
