package org.storyweb.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How the content reaches the application: a folder set by property, or the packaged content; broken stops it. */
@ExtendWith(OutputCaptureExtension.class)
class ContentStartupTest {

    @TempDir
    Path tempDir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ContentConfiguration.class);

    @Test
    void withoutAFolderThePackagedContentIsLoaded() {
        context.run(started -> assertThat(started.getBean(StoryPacks.class).find("never-let-me-go")).isPresent());
    }

    @Test
    void withAFolderItsPacksAreLoaded() {
        Fixture fixture = Fixture.minimal(tempDir);

        context.withPropertyValues("storyweb.content.dir=" + fixture.root)
                .run(started -> assertThat(started.getBean(StoryPacks.class).defaultPack().id()).isEqualTo("a-novel"));
    }

    @Test
    void aBrokenPackStopsTheStartWithTheProblemListAndWhatToDo(CapturedOutput output) {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/events/meeting.yaml", "track: story", "track: novel");
        SpringApplication application = new SpringApplication(ContentConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThrows(RuntimeException.class, () -> application.run("--storyweb.content.dir=" + fixture.root));

        assertThat(output).contains("APPLICATION FAILED TO START", "Content has 1 problem:",
                "content/a-novel/events/meeting.yaml:5 /track: \"novel\" is not a track in this pack",
                "Fix the files listed above, or run the validate command");
    }
}
