package org.storyweb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our schemas, checked by a second, independent validator: ajv (npm), run with the Node the build fetched, gives
 * every real content file, and a broken copy of each kind, the same verdict as the loader's validator.
 */
class AjvVerdictTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CONTENT = Path.of("content");

    @TempDir
    Path temp;

    /** A document: its file, its kind, and its content as the loader reads it. */
    private record Document(String file, FileKind kind, JsonNode data) {
    }

    @Test
    void ajvAndOurValidatorAgreeOnEveryFile() throws Exception {
        Optional<Path> node = only(Path.of(".node"), "*/bin/node");
        Optional<Path> ajv = only(Path.of(".node"), "ajv-*");
        assumeTrue(node.isPresent() && ajv.isPresent(), "Node and ajv are fetched by the build on Linux x64");
        Problems loading = new Problems();
        FolderSource source = new FolderSource(CONTENT);
        Schemas schemas = Schemas.load(source, source.paths(), loading);
        assertThat(loading.isEmpty()).isTrue();

        List<Document> documents = new ArrayList<>();
        for (String path : source.paths()) {
            int slash = path.indexOf('/');
            Optional<FileKind> kind = slash < 0 ? Optional.empty() : FileKind.of(path.substring(slash + 1));
            if (kind.isPresent()) {
                YamlDocument.read(path, source.read(path), schemas.source(kind.get()), new Problems())
                        .ifPresent(document -> documents.add(new Document(path, kind.get(), document.root())));
            }
        }
        int real = documents.size();
        documents.addAll(brokenCopies(documents));

        Map<String, Boolean> ours = new LinkedHashMap<>();
        for (Document document : documents) {
            Problems problems = new Problems();
            YamlDocument.read(document.file(), JSON.writeValueAsString(document.data()),
                    schemas.source(document.kind()), problems)
                    .ifPresent(read -> schemas.check(read, document.kind(), problems));
            ours.put(document.file(), problems.isEmpty());
        }
        Map<String, Boolean> theirs = ajvVerdicts(node.get(), ajv.get(), documents);

        System.out.printf("ajv and ours judged %d files (%d real, %d broken copies): %d valid for both%n",
                documents.size(), real, documents.size() - real,
                ours.entrySet().stream().filter(e -> e.getValue() && theirs.get(e.getKey())).count());
        assertThat(theirs).isEqualTo(ours);
        assertThat(ours.values().stream().filter(valid -> valid).count()).isEqualTo(real);
    }

    /** For each kind, a copy of its first file broken in each way a schema can see. */
    private static List<Document> brokenCopies(List<Document> documents) {
        List<Document> broken = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            documents.stream().filter(document -> document.kind() == kind).findFirst().ifPresent(original -> {
                String name = original.file().replace(".yaml", "");
                ObjectNode unknownField = (ObjectNode) original.data().deepCopy();
                unknownField.put("colour-of-the-cover", "blue");
                broken.add(new Document(name + "#unknown-field.yaml", kind, unknownField));
                ObjectNode missing = (ObjectNode) original.data().deepCopy();
                missing.remove(missing.propertyNames().iterator().next());
                broken.add(new Document(name + "#missing-field.yaml", kind, missing));
                if (original.data().has("id")) {
                    ObjectNode badId = (ObjectNode) original.data().deepCopy();
                    badId.put("id", "Not An Id");
                    broken.add(new Document(name + "#bad-id.yaml", kind, badId));
                }
            });
        }
        Document event = documents.stream().filter(d -> d.kind() == FileKind.EVENT).findFirst().orElseThrow();
        ObjectNode statement = (ObjectNode) event.data().deepCopy();
        statement.putArray("prompts").add("Tell the class about it.");
        broken.add(new Document("event#prompt-without-question.yaml", FileKind.EVENT, statement));
        Document tracks = documents.stream().filter(d -> d.kind() == FileKind.TRACKS).findFirst().orElseThrow();
        ObjectNode colour = (ObjectNode) tracks.data().deepCopy();
        ((ObjectNode) colour.get("tracks").get(0)).put("color", "blue");
        broken.add(new Document("tracks#colour-by-name.yaml", FileKind.TRACKS, colour));
        Document source = documents.stream().filter(d -> d.kind() == FileKind.SOURCE).findFirst().orElseThrow();
        ObjectNode url = (ObjectNode) source.data().deepCopy();
        url.put("url", "ftp://example.org/file");
        broken.add(new Document("source#not-a-web-address.yaml", FileKind.SOURCE, url));
        return broken;
    }

    private Map<String, Boolean> ajvVerdicts(Path node, Path ajv, List<Document> documents)
            throws IOException, InterruptedException {
        ArrayNode input = JSON.createArrayNode();
        documents.forEach(document -> input.addObject().put("file", document.file())
                .put("schema", document.kind().schemaFile).set("data", document.data()));
        Path inputFile = temp.resolve("documents.json");
        Files.writeString(inputFile, JSON.writeValueAsString(input));
        Path script = temp.resolve("ajv-verdicts.cjs");
        try (var in = AjvVerdictTest.class.getResourceAsStream("/content/ajv-verdicts.cjs")) {
            Files.copy(in, script);
        }
        Process process = new ProcessBuilder(node.toAbsolutePath().toString(), script.toString(),
                ajv.toAbsolutePath().toString(), CONTENT.resolve(Schemas.FOLDER).toAbsolutePath().toString(),
                inputFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        JSON.readTree(output).forEach(verdict -> verdicts.put(verdict.get("file").asString(),
                verdict.get("valid").asBoolean()));
        return verdicts;
    }

    private static Optional<Path> only(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + folder + "/" + glob);
        try (Stream<Path> paths = Files.walk(folder, 3)) {
            return paths.filter(matcher::matches).findFirst();
        }
    }
}
