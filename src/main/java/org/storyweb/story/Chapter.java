package org.storyweb.story;

/** A chapter of the novel, numbered through the whole book. */
public record Chapter(int number, String summary) {
}
