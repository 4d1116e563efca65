package org.storyweb.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;

/**
 * The validate command, {@code java -jar storyweb.jar --validate [folder]}: loads the content exactly as the
 * application does, without starting the server, and prints a summary or the problem list.
 */
public final class ContentValidator {

    /** The first argument that selects this command instead of the web application. */
    public static final String COMMAND = "--validate";

    private ContentValidator() {
    }

    /**
     * Runs the command on the arguments that follow {@value #COMMAND}: none for the packaged content, or a folder.
     *
     * @return the exit code: 0 when the content is valid, 1 when it has problems or the arguments are wrong
     */
    public static int run(List<String> args) {
        return switch (args.size()) {
            case 0 -> runPackaged(System.out, System.err);
            case 1 -> run(Path.of(args.getFirst()), System.out, System.err);
            default -> {
                System.err.println("Usage: java -jar storyweb.jar " + COMMAND + " [content folder]");
                yield 1;
            }
        };
    }

    /** Validates a content folder on disk. */
    static int run(Path folder, PrintStream out, PrintStream err) {
        return validate(() -> StoryPacks.load(folder), out, err);
    }

    /** Validates the content packaged with the application. */
    static int runPackaged(PrintStream out, PrintStream err) {
        return validate(StoryPacks::loadPackaged, out, err);
    }

    private static int validate(Supplier<StoryPacks> loader, PrintStream out, PrintStream err) {
        try {
            out.println(summary(loader.get().all()));
            return 0;
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * "OK: 1 pack, 15 events, 6 characters, 6 relationships, 18 sources, 7 phases, 23 chapters, 6 themes, 2 motifs,
     * 15 glossary terms, 3 tours."
     */
    static String summary(List<StoryPack> packs) {
        return "OK: " + count(packs.size(), "pack")
                + ", " + count(packs.stream().mapToInt(p -> p.events().size()).sum(), "event")
                + ", " + count(packs.stream().mapToInt(p -> p.characters().size()).sum(), "character")
                + ", " + count(packs.stream().mapToInt(p -> p.relationships().size()).sum(), "relationship")
                + ", " + count(packs.stream().mapToInt(p -> p.sources().size()).sum(), "source")
                + ", " + count(packs.stream().mapToInt(p -> p.phases().size()).sum(), "phase")
                + ", " + count(packs.stream().mapToInt(p -> p.parts().stream().mapToInt(part -> part.chapters().size())
                        .sum()).sum(), "chapter")
                + ", " + count(packs.stream().mapToLong(p -> p.work().themes().stream()
                        .filter(theme -> theme.kind() == Theme.Kind.THEME).count()).sum(), "theme")
                + ", " + count(packs.stream().mapToLong(p -> p.work().themes().stream()
                        .filter(theme -> theme.kind() == Theme.Kind.MOTIF).count()).sum(), "motif")
                + ", " + count(packs.stream().mapToInt(p -> p.glossary().size()).sum(), "glossary term")
                + ", " + count(packs.stream().mapToInt(p -> p.tours().size()).sum(), "tour")
                + ".";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
