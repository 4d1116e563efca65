package org.storyweb.content;

import java.util.Arrays;
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
    GLOSSARY("glossary/", "glossary", "glossary term");

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
