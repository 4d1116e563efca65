package org.storyweb.content;

import java.io.IOException;
import java.util.List;

/**
 * Where the content files come from: a folder on disk or the {@code content/} folder on the classpath. The loader
 * reads both the same way, through relative paths such as {@code never-let-me-go/events/dolly.yaml}.
 */
interface ContentSource {

    /** The name problems put in front of relative paths, such as {@code content}. */
    String name();

    /**
     * The YAML files ({@code .yaml} and, to warn about them, {@code .yml}) at any depth and the JSON schemas in
     * {@code schemas/}, as relative paths with forward slashes, sorted.
     *
     * @throws IOException when the content cannot be listed, for instance because the folder does not exist
     */
    List<String> paths() throws IOException;

    /** The text of one file, read as UTF-8. */
    String read(String path) throws IOException;

    /** True for the files {@link #paths()} lists: YAML anywhere, schemas in {@code schemas/}. */
    static boolean isContentFile(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml")
                || (path.startsWith(Schemas.FOLDER + "/") && path.endsWith(".json"));
    }
}
