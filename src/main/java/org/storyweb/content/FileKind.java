package org.storyweb.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file a pack holds, each with its place in the pack and its schema. */
enum FileKind {
    WORK("work.yaml", "work", "work"),
    TRACKS("tracks.yaml", "tracks", "track"),
    PHASES("phases.yaml", "phases", "phase"),
    STRUCTURE("structure.yaml", "structure", "part"),
    CHARACTER("characters/", "character", "character"),
    RELATIONSHIP("relationships/", "relationship", "relationship"),
    EVENT("events/", "event", "event"),
    SOURCE("sources/", "source", "source"),
    THEME("themes/", "theme", "theme"),
    GLOSSARY("glossary/", "glossary", "glossary term"),
    TOUR("tours/", "tour", "tour");

    /** The file name, or for kinds with one file per entity the folder name ending in "/". */
    final String place;
    final String schemaFile;
    /** What one entry is called in messages: "a character". */
    final String noun;

    FileKind(String place, String schemaName, String noun) {
        this.place = place;
        this.schemaFile = schemaName + ".schema.json";
        this.noun = noun;
    }

    /** True for kinds with one file per entity, named after its id. */
    boolean isFolder() {
        return place.endsWith("/");
    }

    /** "work.yaml, tracks.yaml and the folders characters/ and events/": every place a pack may hold a file. */
    static String places() {
        List<String> files = Arrays.stream(values()).filter(kind -> !kind.isFolder()).map(kind -> kind.place).toList();
        List<String> folders = Arrays.stream(values()).filter(FileKind::isFolder).map(kind -> kind.place).toList();
        return String.join(", ", files) + " and the folders " + String.join(", ", folders.subList(0, folders.size() - 1))
                + " and " + folders.getLast();
    }

    /** The kind of the file at a path inside a pack, such as {@code events/dolly.yaml}. */
    static Optional<FileKind> of(String pathInPack) {
        return Arrays.stream(values())
                .filter(kind -> kind.isFolder()
                        ? pathInPack.startsWith(kind.place) && pathInPack.indexOf('/', kind.place.length()) < 0
                                && pathInPack.endsWith(".yaml")
                        : pathInPack.equals(kind.place))
                .findFirst();
    }
}
