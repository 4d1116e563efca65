package org.storyweb.explore;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.LinkReader.Reading;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LinkReaderTest {

    private static final StoryPacks PACKS = StoryPacks.load(Path.of("content"));
    private static final StoryPack PACK = PACKS.find("never-let-me-go").orElseThrow();
    private static final Cookie[] READ_TO_THREE = {new Cookie("storyweb-upto-never-let-me-go", "3")};

    /**
     * A value of each parameter the content schema lets a tour step's view use, none of them the default (which a
     * link leaves out). A parameter added to the schema fails here until the link reader knows it.
     */
    private static final Map<String, String> STEP_VIEW_SAMPLES = Map.of(
            "event", PACK.events().getFirst().id(),
            "character", PACK.characters().getFirst().id(),
            "relationship", PACK.relationships().getFirst().id(),
            "phase", PACK.phases().getLast().id(),
            "window", "1994..2005",
            "tracks", PACK.tracks().getFirst().id(),
            "themes", PACK.work().themes().getFirst().id(),
            "order", "telling",
            "upto", "3");

    @Test
    void everyParameterATourStepsViewMayUseIsOneTheLinkReaderKeeps() throws Exception {
        JsonNode view = JsonMapper.builder().build().readTree(Path.of("content/schemas/tour.schema.json").toFile())
                .at("/properties/steps/items/properties/view/properties");
        List<String> names = new ArrayList<>(view.propertyNames());

        assertThat(names).isNotEmpty();
        assertThat(STEP_VIEW_SAMPLES).containsOnlyKeys(names);
        for (String name : names) {
            Reading reading = LinkReader.read(PACK, PACK.id() + "?" + name + "=" + STEP_VIEW_SAMPLES.get(name));
            assertThat(reading.notices()).as(name).isEmpty();
            // Kept, so read: a parameter the reader ignored would be missing from the view's own link.
            assertThat(ViewStateCodec.toParameters(reading.state())).as(name)
                    .containsEntry(name, STEP_VIEW_SAMPLES.get(name));
        }
    }

    @Test
    void aLinkTheAppWroteReadsBackAsTheSameView() {
        ViewState shown = LinkReader.read(PACKS, "never-let-me-go/present?phase=" + PACK.phases().getLast().id()
                + "&window=1994..2005&tracks=" + PACK.tracks().get(0).id() + "," + PACK.tracks().get(1).id()
                + "&order=telling&upto=12").state();

        assertThat(ViewNavigation.location(shown)).contains("window=1994..2005", "order=telling", "upto=12");
        assertThat(LinkReader.read(PACKS, ViewNavigation.location(shown)).state()).isEqualTo(shown);
        assertThat(LinkReader.read(PACK, ViewNavigation.location(shown)).state()).isEqualTo(shown);
    }

    @Test
    void aPathIsReadTheSameWithOrWithoutItsSlashes() {
        Reading plain = LinkReader.read(PACKS, "never-let-me-go/present", Map.of(), null);

        assertThat(plain.state().presentation().mode()).isEqualTo(Mode.PRESENT);
        assertThat(LinkReader.read(PACKS, "/never-let-me-go/present", Map.of(), null)).isEqualTo(plain);
        assertThat(LinkReader.read(PACKS, "//never-let-me-go//present/", Map.of(), null)).isEqualTo(plain);
        assertThat(LinkReader.read(PACKS, "/", Map.of(), null).state())
                .isEqualTo(LinkReader.read(PACKS, PACKS.defaultPack().id(), Map.of(), null).state());
    }

    @Test
    void aBookOrViewThatDoesNotExistOpensTheNearestViewWithANotice() {
        Reading book = LinkReader.read(PACKS, "<img src=x onerror=alert(1)>/present", Map.of(), null);
        Reading view = LinkReader.read(PACKS, "never-let-me-go/nope", Map.of(), null);

        assertThat(book.pathFound()).isFalse();
        assertThat(book.state().packId()).isEqualTo(PACKS.defaultPack().id());
        assertThat(book.notices()).containsExactly("There is no book called \u201c<img src=x onerror=alert(1)>\u201d"
                + " here; showing " + PACKS.defaultPack().work().title() + " instead.");
        assertThat(view.pathFound()).isFalse();
        assertThat(view.state().presentation().mode()).isEqualTo(Mode.EXPLORE);
        assertThat(view.notices()).hasSize(1);
    }

    @Test
    void theOldEmbedLinksAreTheQueriesThatOpenTheEmbed() {
        Map<Map<String, List<String>>, Boolean> queries = Map.of(
                Map.of("embed", List.of("1")), true,
                Map.of("embed", List.of("Yes")), true,
                Map.of("embed", List.of("true"), "mode", List.of("present")), true,
                Map.of("mode", List.of("EMBED")), true,
                Map.of("embed", List.of("1", "0")), true,
                Map.of("embed", List.of("0")), false,
                Map.of("embed", List.of("maybe")), false,
                Map.of("mode", List.of("present")), false,
                Map.of("event", List.of("embed")), false,
                Map.of(), false);

        queries.forEach((query, embed) -> {
            assertThat(LinkReader.asksForTheEmbed(query)).as(query.toString()).isEqualTo(embed);
            // The same rule as the link's own reading.
            assertThat(LinkReader.read(PACKS, PACK.id(), query, null).state().presentation().mode() == Mode.EMBED)
                    .as(query.toString()).isEqualTo(embed);
        });
    }

    @Test
    void aReadersRememberedLimitHoldsForALinkWithoutOne() {
        Reading remembered = LinkReader.read(PACKS, PACK.id(), Map.of(), READ_TO_THREE);

        assertThat(remembered.state().position().spoilerLimit()).isEqualTo(3);
        assertThat(remembered.notices()).singleElement().asString().contains("up to chapter 3");
        assertThat(LinkReader.read(PACKS, PACK.id(), Map.of("upto", List.of("5")), READ_TO_THREE).state().position()
                .spoilerLimit()).isEqualTo(5);
        assertThat(LinkReader.read(PACKS, PACK.id() + "/embed", Map.of(), READ_TO_THREE).state().position()
                .spoilerLimit()).isNull();
        assertThat(LinkReader.read(PACKS, PACK.id(), Map.of(), null).state().position().spoilerLimit()).isNull();
        assertThat(LinkReader.read(PACKS, PACK.id(), Map.of(),
                new Cookie[] {new Cookie("storyweb-upto-never-let-me-go", "x3")}).state().position()
                .spoilerLimit()).isNull();
        assertThat(LinkReader.read(PACKS, PACK.id(), Map.of(),
                new Cookie[] {new Cookie("storyweb-upto-another-book", "3")}).state().position()
                .spoilerLimit()).isNull();
    }
}
