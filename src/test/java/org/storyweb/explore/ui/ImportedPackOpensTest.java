package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;
import org.storyweb.timelinejs.ImportCommand;

/** A pack imported from TimelineJS opens in the explorer as it is, with no code written for it. */
@SpringBootTest
class ImportedPackOpensTest extends SpringBrowserlessTest {

    @Autowired
    StoryPacks packs;

    @DynamicPropertySource
    static void importedContent(DynamicPropertyRegistry registry) throws IOException {
        Path content = Files.createTempDirectory("storyweb-import");
        Files.createDirectories(content.resolve("schemas"));
        try (var schemas = Files.list(Path.of("content", "schemas"))) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, content.resolve("schemas").resolve(schema.getFileName()));
            }
        }
        int exit = ImportCommand.run(List.of("src/test/resources/timelinejs/victorian-science.json", "--into",
                content.resolve("victorian-science").toString()));
        assertThat(exit).isZero();
        registry.add("storyweb.content.dir", content::toString);
    }

    @Test
    void theExplorerShowsEveryImportedEventOnItsTrack() {
        StoryPack pack = packs.find("victorian-science").orElseThrow();

        navigate("victorian-science", ExplorerView.class);

        Timeline timeline = find(Timeline.class).single();
        assertThat(timeline.getItems()).extracting(TimelineItem::id)
                .containsExactlyInAnyOrderElementsOf(pack.events().stream().map(Event::id).toList());
        assertThat(timeline.getGroups()).extracting(group -> group.id())
                .containsExactlyElementsOf(pack.tracks().stream().map(track -> track.id()).toList());
    }
}
