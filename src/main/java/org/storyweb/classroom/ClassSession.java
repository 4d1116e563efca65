package org.storyweb.classroom;

/**
 * A live class as its followers see it: the join code, the pack, and the presenter's current view as a link, with a
 * version that grows with every step. Messages carry the link, never component state, so that a relay between
 * servers can pass them on as they are.
 *
 * @param link    the presenter's view, as its link relative to the app's root: {@code never-let-me-go?event=dolly}
 * @param version 1 for the first view, one more for each step after it
 * @param ended   true once the presenter has ended the class or left and not come back
 */
public record ClassSession(String code, String packId, String link, long version, boolean ended) {
}
