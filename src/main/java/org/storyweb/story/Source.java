package org.storyweb.story;

import java.util.Optional;

/**
 * Where a fact comes from. {@code citation} is the full reference as a reader would write it; {@code url} is absent
 * for sources that are not on the web (such as the project's seed documents).
 */
public record Source(String id, String title, String citation, String url) {

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
