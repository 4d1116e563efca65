package org.storyweb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Content in a folder on disk, so that authors see their edits without a rebuild. */
final class FolderSource implements ContentSource {

    private final Path root;

    FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    @Override
    public List<String> paths() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString());
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !isHidden(path))
                    .filter(ContentSource::isContentFile)
                    .sorted()
                    .toList();
        }
    }

    // Editors and version control leave dot-files and dot-folders around; they are not content.
    private static boolean isHidden(String path) {
        return path.startsWith(".") || path.contains("/.");
    }

    @Override
    public String read(String path) throws IOException {
        Path file = root.resolve(path);
        // A link to a file elsewhere would put a file the author cannot see in the folder into the app.
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new UnreadableFile(1, "is a link to a file outside the content folder; copy the file into the "
                    + "folder instead");
        }
        if (Files.size(file) > UnreadableFile.MAX_BYTES) {
            throw UnreadableFile.tooLarge();
        }
        return UnreadableFile.decode(Files.readAllBytes(file));
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
