package org.storyweb.timelinejs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyweb.content.ContentException;
import org.storyweb.content.StoryPacks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * {@code java -jar storyweb.jar --import-timelinejs timeline.json --into content/<new-pack>}: writes a new pack from
 * a TimelineJS JSON file, or from the CSV of its Google-Sheet template, lists what could not be carried over (also
 * in the pack's IMPORT.md), and validates the content folder the pack is in, as {@code --validate} does.
 */
public final class ImportCommand {

    /** The first argument that selects this command instead of the web application. */
    public static final String COMMAND = "--import-timelinejs";

    private static final String USAGE = "Usage: java -jar storyweb.jar " + COMMAND
            + " <timeline.json or timeline.csv> --into <content folder>/<new pack id>";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private ImportCommand() {
    }

    /** Runs the command on the arguments that follow {@value #COMMAND}; returns the exit code. */
    public static int run(List<String> args) {
        return run(args, System.out, System.err);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !args.get(1).equals("--into")) {
            err.println(USAGE);
            return 1;
        }
        Path input = Path.of(args.get(0));
        Path pack = Path.of(args.get(2)).toAbsolutePath().normalize();
        try {
            if (Files.exists(pack) && !isEmptyFolder(pack)) {
                err.println(pack + " already exists and is not empty; name a new pack folder.");
                return 1;
            }
            if (pack.getParent() == null || !Files.isDirectory(pack.getParent().resolve("schemas"))) {
                err.println(pack.getParent() + " is not a content folder (it has no schemas/ folder); import into "
                        + "one, such as content/" + pack.getFileName() + ".");
                return 1;
            }
            TimelineJsImport imported = TimelineJsImport.of(read(input), pack.getFileName().toString(),
                    input.getFileName().toString());
            write(imported, pack);
            out.println("Wrote " + imported.events() + " events to " + pack + ".");
            report(imported.notCarried(), out);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            err.println(input + ": " + firstLine(e.getMessage()));
            return 1;
        }
        try {
            StoryPacks.load(pack.getParent());
            out.println("The content folder " + pack.getParent() + " validates; the app opens the new pack at /"
                    + pack.getFileName() + ".");
            return 0;
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static JsonNode read(Path input) throws IOException {
        if (input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            List<String> unknown = new ArrayList<>();
            try (Reader sheet = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                ObjectNode timeline = TimelineJsSheet.read(sheet, unknown);
                unknown.forEach(column -> timeline.withArray("unknownColumns").add(column));
                return timeline;
            }
        }
        return JsonMapper.builder().build().readTree(input.toFile());
    }

    private static void write(TimelineJsImport imported, Path pack) throws IOException {
        Files.createDirectories(pack);
        for (Map.Entry<String, ObjectNode> file : imported.files().entrySet()) {
            Path path = pack.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            String kind = file.getKey().contains("/") ? file.getKey().substring(0, file.getKey().indexOf('/') - 1)
                    : file.getKey().replace(".yaml", "");
            String schemas = file.getKey().contains("/") ? "../../schemas/" : "../schemas/";
            Files.writeString(path, "# yaml-language-server: $schema=" + schemas + kind + ".schema.json\n"
                    + YAML.writeValueAsString(file.getValue()), StandardCharsets.UTF_8);
        }
        StringBuilder notes = new StringBuilder("# Imported from TimelineJS\n\nWhat the timeline had that this pack "
                + "does not hold, or holds as a placeholder to fill in:\n\n");
        imported.notCarried().forEach((what, count) -> notes.append("- ").append(what).append(": ").append(count)
                .append('\n'));
        Files.writeString(pack.resolve("IMPORT.md"), notes, StandardCharsets.UTF_8);
    }

    private static void report(Map<String, Integer> notCarried, PrintStream out) {
        out.println("Not carried over, or filled with a placeholder (also in IMPORT.md):");
        notCarried.forEach((what, count) -> out.println("  " + what + ": " + count));
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "cannot be read" : message.lines().findFirst().orElse(message);
    }
}
