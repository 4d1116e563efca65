package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyweb.story.StoryPack;

/** The content the application ships with loads without a single problem, from disk and from the classpath. */
class RealContentTest {

    private static final Path CONTENT = Path.of("content");

    @Test
    void theRealContentLoadsFromItsFolder() {
        StoryPack pack = StoryPacks.load(CONTENT).find("never-let-me-go").orElseThrow();

        assertEquals("Never Let Me Go", pack.work().title());
        assertEquals("2005", pack.work().published().label());
        assertFalse(pack.eventsOf("kathy").isEmpty());
        assertFalse(pack.relationships().isEmpty());
    }

    @Test
    void theRealContentLoadsFromTheClasspathLikeFromItsFolder() {
        List<StoryPack> fromFolder = StoryPacks.load(CONTENT).all();
        List<StoryPack> fromClasspath = StoryPacks.loadPackaged().all();

        assertEquals(fromFolder.stream().map(StoryPack::id).toList(),
                fromClasspath.stream().map(StoryPack::id).toList());
        for (int i = 0; i < fromFolder.size(); i++) {
            assertEquals(fromFolder.get(i).work(), fromClasspath.get(i).work());
            assertEquals(fromFolder.get(i).events(), fromClasspath.get(i).events());
            assertEquals(fromFolder.get(i).relationships(), fromClasspath.get(i).relationships());
            assertEquals(fromFolder.get(i).sources(), fromClasspath.get(i).sources());
        }
    }

    /**
     * One test per file, named after it, so that a broken file is named in the build's report; and one for what
     * belongs to no file, such as a missing tracks.yaml.
     */
    @TestFactory
    Stream<DynamicTest> eachContentFileMatchesItsSchemaAndItsReferencesResolve() throws IOException {
        List<ContentProblem> problems = problemsOf(CONTENT);
        List<String> files;
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> file.toString().replace('\\', '/'))
                    .filter(ContentSource::isContentFile)
                    .sorted()
                    .toList();
        }
        Stream<DynamicTest> perFile = files.stream().map(file -> DynamicTest.dynamicTest(file,
                () -> assertEquals("", lines(problems.stream().filter(p -> p.file().equals(file)).toList()))));
        DynamicTest rest = DynamicTest.dynamicTest("content: folders and missing files",
                () -> assertEquals("", lines(problems.stream().filter(p -> !files.contains(p.file())).toList())));
        return Stream.concat(perFile, Stream.of(rest));
    }

    private static String lines(List<ContentProblem> problems) {
        return String.join("\n", problems.stream().map(ContentProblem::toString).toList());
    }

    private static List<ContentProblem> problemsOf(Path folder) {
        try {
            StoryPacks.load(folder);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }
}
