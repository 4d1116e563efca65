package org.storyweb.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.TestLinks;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Event;
import org.storyweb.story.EventBuilder;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EmbedPageTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    @Test
    void aPackOfFewEventsSendsThemAll() {
        Document page = page(PACK, "dolly-born");

        assertThat(timeline(page).get("items")).hasSize(PACK.events().size());
        assertThat(timeline(page).has("near")).isFalse();
        assertThat(page.select(".embed-lists summary").first().text())
                .isEqualTo("Events on the timeline (" + PACK.events().size() + ")");
    }

    @Test
    void aLargePackSendsOnlyTheEventsNearTheWindowAndTheSelectedOne() {
        // The pack and one event a year from 1400 to 1999.
        List<Event> years = IntStream.range(1400, 2000).mapToObj(year -> EventBuilder.event("year-" + year)
                .title("Year " + year).date(String.valueOf(year)).track("science").text("A year.")
                .sources("roslin-dolly").build()).toList();
        StoryPack large = PackBuilder.copyOf(PACK)
                .events(Stream.concat(PACK.events().stream(), years.stream()).toList()).build();
        assertThat(large.events()).hasSizeGreaterThan(Timeline.ALL_ITEMS_UP_TO);

        Document page = page(large, "year-1450");

        JsonNode timeline = timeline(page);
        long from = timeline.at("/near/start").asLong();
        long to = timeline.at("/near/end").asLong();
        List<String> sent = timeline.get("items").valueStream().map(item -> item.get("id").asString()).toList();
        // The selected event, far from the phase's window, is kept; the rest lie near the window.
        assertThat(sent).contains("year-1450").doesNotContain("year-1700").hasSizeLessThan(large.events().size() / 2);
        assertThat(timeline.get("items").valueStream().filter(item -> !item.get("id").asString().equals("year-1450")))
                .allMatch(item -> item.get("start").asLong() <= to
                        && item.path("end").asLong(item.get("start").asLong()) >= from);
        // The list names the events in the window itself, and says where the rest are.
        assertThat(page.select(".embed-lists details").first().select("li")).hasSizeLessThan(sent.size());
        assertThat(page.select(".embed-lists summary").first().text()).isEqualTo("Events in the timeline's window ("
                + page.select(".embed-lists details").first().select("li").size() + " of " + large.events().size()
                + ")");
        assertThat(page.select(".embed-lists details").first().select("p").text())
                .startsWith("The other " + (large.events().size()
                        - page.select(".embed-lists details").first().select("li").size()) + " are on the timeline");
    }

    @Test
    void theGraphsLabelCountsOnlyThePeopleAndTiesTheSpoilerLimitShows() {
        Document page = page(PACK, Map.of("upto", List.of("3")));
        JsonNode drawn = JsonMapper.builder().build().readTree(page.getElementById("graph-view").data());

        assertThat(page.getElementById("graph").attr("aria-label")).startsWith("Relationship graph during "
                + PACK.phases().getFirst().title() + ": " + drawn.get("nodes").size() + " people and "
                + drawn.get("edges").size() + " relationships;");
        // At chapter 3 the limit hides some of the phase's people and ties, so counting them would differ.
        StoryGraph graph = StoryGraph.of(PACK);
        assertThat(drawn.get("nodes").size()).isLessThan(graph.whole().vertexSet().size());
        assertThat(drawn.get("edges").size()).isLessThan(graph.atPhase(PACK.phases().getFirst()).edgeSet().size());
    }

    private static Document page(StoryPack pack, String event) {
        return page(pack, Map.of("event", List.of(event)));
    }

    private static Document page(StoryPack pack, Map<String, List<String>> query) {
        ViewState state = TestLinks.open(pack, Mode.EMBED.segment(), query);
        return Jsoup.parse(new EmbedPage(pack, new PackDrawings().of(pack), state)
                .html(URI.create("http://localhost/"), List.of()));
    }

    private static JsonNode timeline(Document page) {
        return JsonMapper.builder().build().readTree(page.getElementById("timeline-view").data());
    }
}
