package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A content folder for tests: the real schemas and a small valid pack, {@code a-novel}, that a test then breaks in
 * one place. The folder is called {@code content}, so problems read {@code content/a-novel/...} as they do for the
 * real content.
 */
final class Fixture {

    static final String PACK = "a-novel";
    /** The end of the pack's work.yaml: its one group. */
    static final String GROUPS = """
            groups:
              - id: student
                label: Students
                background: "#dbe9ff"
                border: "#1d4f91"
                text: "#0b1f3a"
                shape: box
            """;

    final Path root;

    private Fixture(Path root) {
        this.root = root;
    }

    /** A content folder with the schemas only. */
    static Fixture empty(Path tempDir) {
        Fixture fixture = new Fixture(tempDir.resolve("content"));
        try (Stream<Path> schemas = Files.list(Path.of("content", "schemas"))) {
            Files.createDirectories(fixture.root.resolve("schemas"));
            for (Path schema : schemas.toList()) {
                Files.copy(schema, fixture.root.resolve("schemas").resolve(schema.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    /** A content folder with the schemas and the valid pack {@code a-novel}. */
    static Fixture minimal(Path tempDir) {
        return empty(tempDir)
                .write(PACK + "/work.yaml", """
                        # yaml-language-server: $schema=../schemas/work.schema.json
                        id: a-novel
                        title: A Novel
                        author: An Author
                        published: 2001
                        description: A short novel for tests.
                        narration:
                          label: London, 2000
                          date: 2000
                        """ + GROUPS)
                .write(PACK + "/themes/memory.yaml", """
                        # yaml-language-server: $schema=../../schemas/theme.schema.json
                        id: memory
                        title: Memory
                        kind: theme
                        description: Anna tells the story from memory.
                        sources: [notes]
                        """)
                .write(PACK + "/glossary/carer.yaml", """
                        # yaml-language-server: $schema=../../schemas/glossary.schema.json
                        id: carer
                        term: carer
                        forms: [carer, carers]
                        definition: Someone who looks after the others.
                        firstChapter: 1
                        sources: [notes]
                        """)
                .write(PACK + "/tracks.yaml", """
                        # yaml-language-server: $schema=../schemas/tracks.schema.json
                        tracks:
                          - id: story
                            title: The story
                            description: What happens to Anna and Ben.
                            color: "#1d4f91"
                          - id: author
                            title: The author's life
                            color: "#8f1d4e"
                        """)
                .write(PACK + "/phases.yaml", """
                        # yaml-language-server: $schema=../schemas/phases.schema.json
                        phases:
                          - id: childhood
                            title: Childhood
                            chapters: [1, 2]
                            when: 1970s
                            summary: Anna and Ben meet at school.
                          - id: later
                            title: Later
                            chapters: [3, 3]
                        """)
                .write(PACK + "/structure.yaml", """
                        # yaml-language-server: $schema=../schemas/structure.schema.json
                        parts:
                          - id: part-one
                            title: Part One
                            chapters:
                              - number: 1
                                summary: Anna meets Ben.
                              - number: 2
                              - number: 3
                        """)
                .write(PACK + "/characters/anna.yaml", """
                        # yaml-language-server: $schema=../../schemas/character.schema.json
                        id: anna
                        name: Anna
                        description: The narrator.
                        group: student
                        firstChapter: 1
                        """)
                .write(PACK + "/characters/ben.yaml", """
                        # yaml-language-server: $schema=../../schemas/character.schema.json
                        id: ben
                        name: Ben
                        description: Anna's friend.
                        group: student
                        aliases: [benjamin]
                        lastPhase: later
                        """)
                .write(PACK + "/sources/notes.yaml", """
                        # yaml-language-server: $schema=../../schemas/source.schema.json
                        id: notes
                        title: Reading notes
                        citation: The class's reading notes.
                        """)
                .write(PACK + "/sources/review.yaml", """
                        # yaml-language-server: $schema=../../schemas/source.schema.json
                        id: review
                        title: A review
                        citation: A. Critic, "A Novel", The Paper, 2001.
                        url: https://example.org/review
                        """)
                .write(PACK + "/events/meeting.yaml", """
                        # yaml-language-server: $schema=../../schemas/event.schema.json
                        id: meeting
                        title: Anna meets Ben
                        date: 1975-09
                        track: story
                        phase: childhood
                        chapter: 1
                        characters: [anna, ben]
                        text: Anna meets Ben at school.
                        sources: [notes]
                        themes: [memory]
                        revealedInChapter: 1
                        prompts:
                          - Why does Anna remember this day?
                        """)
                .write(PACK + "/events/publication.yaml", """
                        # yaml-language-server: $schema=../../schemas/event.schema.json
                        id: publication
                        title: A Novel is published
                        date: 2001-05-03
                        track: author
                        text: The novel is published.
                        sources: [review]
                        uncertain: true
                        note: The day is not confirmed.
                        """)
                .write(PACK + "/relationships/anna-ben.yaml", """
                        # yaml-language-server: $schema=../../schemas/relationship.schema.json
                        id: anna-ben
                        between: [anna, ben]
                        states:
                          - from: childhood
                            to: later
                            kind: friendship
                            label: friends
                            evidence:
                              - chapter: 2
                                paraphrase: They stay friends.
                                sources: [notes]
                            prompts:
                              - What keeps them "friends"?
                              - Would you stay friends?
                        """);
    }

    /** Writes a file, given relative to the content folder. */
    Fixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces text in a file, which must contain it. */
    Fixture replace(String path, String text, String replacement) {
        try {
            String old = Files.readString(root.resolve(path));
            if (!old.contains(text)) {
                throw new IllegalArgumentException(path + " does not contain " + text);
            }
            return write(path, old.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Fixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    StoryPacks load() {
        return StoryPacks.load(root);
    }

    /** The problems loading reports, each as the line an author reads. Fails when loading succeeds. */
    List<String> problems() {
        ContentException failure = assertThrows(ContentException.class, this::load);
        return failure.problems().stream().map(ContentProblem::toString).toList();
    }
}
