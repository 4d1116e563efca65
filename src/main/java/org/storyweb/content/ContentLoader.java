package org.storyweb.content;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storyweb.story.StoryPack;

/**
 * Loads every pack of a content source. A folder of the source is a pack when it has a work.yaml; {@code schemas/}
 * holds the JSON schemas. Either every pack loads without a single problem, or a {@link ContentException} lists all
 * the problems of all the files: never a half-loaded pack.
 */
final class ContentLoader {

    private ContentLoader() {
    }

    /**
     * Loads the packs, sorted by id.
     *
     * @throws ContentException listing every problem found
     */
    static List<StoryPack> load(ContentSource source) {
        Problems problems = new Problems();
        List<String> paths;
        try {
            paths = source.paths();
        } catch (NoSuchFileException e) {
            problems.about(source.name(), "there is no content folder " + e.getFile());
            throw new ContentException(problems.sorted());
        } catch (IOException e) {
            problems.about(source.name(), "the content cannot be read (" + e + ")");
            throw new ContentException(problems.sorted());
        }
        Schemas schemas = Schemas.load(source, paths, problems);

        Map<String, List<String>> filesByFolder = new TreeMap<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (path.startsWith(Schemas.FOLDER + "/")) {
                if (!path.endsWith(".json")) {
                    problems.about(source.name() + "/" + path, "is not read, because the schemas folder holds only "
                            + "JSON schemas; move it into a pack");
                }
            } else if (slash < 0) {
                problems.about(source.name() + "/" + path, "is not read, because it is not inside a pack; move it "
                        + "into a pack's folder");
            } else {
                filesByFolder.computeIfAbsent(path.substring(0, slash), folder -> new ArrayList<>())
                        .add(path.substring(slash + 1));
            }
        }

        List<PackReader> packs = new ArrayList<>();
        filesByFolder.forEach((folder, files) -> {
            if (files.contains(FileKind.WORK.place)) {
                packs.add(PackReader.read(source, folder, files, schemas, problems));
            } else {
                problems.about(source.name() + "/" + folder, "has no work.yaml, so it is not read as a pack; add a "
                        + "work.yaml, or move its files into a pack");
            }
        });
        if (packs.isEmpty()) {
            problems.about(source.name(), "holds no content pack; a pack is a folder with a work.yaml");
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems.sorted());
        }
        // Checked first, then mapped: a value the schemas let through but the model refuses is a problem too.
        List<StoryPack> loaded = packs.stream().map(PackReader::build).flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            throw new ContentException(problems.sorted());
        }
        return loaded;
    }
}
