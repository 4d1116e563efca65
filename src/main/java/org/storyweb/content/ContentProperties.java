package org.storyweb.content;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the content comes from. With {@code storyweb.content.dir} set, packs load from that folder on disk, so that
 * an author sees an edit after a restart without a rebuild; otherwise from the content packaged in the jar.
 *
 * @param dir a content folder holding pack folders and {@code schemas/}, or null for the packaged content
 */
@ConfigurationProperties("storyweb.content")
public record ContentProperties(Path dir) {

    /** The content folder on disk, when one is set. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }
}
