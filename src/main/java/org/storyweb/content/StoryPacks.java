package org.storyweb.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storyweb.story.StoryPack;

/**
 * Every content pack, loaded and checked once at start-up. The application has one of these as a Spring bean; tests
 * and tools can load their own with {@link #load(Path)} or {@link #loadPackaged()}.
 */
public final class StoryPacks {

    private final List<StoryPack> packs;

    private StoryPacks(List<StoryPack> packs) {
        this.packs = packs.stream().sorted(Comparator.comparing(StoryPack::id)).toList();
    }

    /**
     * Loads the packs in a content folder on disk: its sub-folders with a work.yaml, and its {@code schemas/}.
     *
     * @throws ContentException listing every problem, when there is any
     */
    public static StoryPacks load(Path folder) {
        return new StoryPacks(ContentLoader.load(new FolderSource(folder)));
    }

    /**
     * Loads the packs packaged with the application, at {@code content/} on the classpath.
     *
     * @throws ContentException listing every problem, when there is any
     */
    public static StoryPacks loadPackaged() {
        return new StoryPacks(ContentLoader.load(new ClasspathSource(StoryPacks.class.getClassLoader())));
    }

    /** All packs, sorted by id. */
    public List<StoryPack> all() {
        return packs;
    }

    public Optional<StoryPack> find(String id) {
        return packs.stream().filter(pack -> pack.id().equals(id)).findFirst();
    }

    /** The pack to show when none is asked for: the first by id. Loading fails when there is no pack at all. */
    public StoryPack defaultPack() {
        return packs.getFirst();
    }
}
