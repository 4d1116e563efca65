package org.storyweb.relations.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Event;
import org.storyweb.story.EventBuilder;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.Phase;
import org.storyweb.story.Source;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsExportTest {

    private static final List<Track> TRACKS = List.of(new Track("story", "The story", "", "#000000"),
            new Track("science", "Science & cloning", "", "#111111"));
    private static final List<Phase> PHASES = List.of(
            new Phase("school", 0, "School <years>", 1, 3, FuzzyDate.parse("early 1970s"), ""),
            new Phase("after", 1, "Afterwards", 4, 6, null, ""));
    private static final List<Source> SOURCES = List.of(new Source("roslin", "Dolly", "Roslin, \"Dolly\" & co.",
            "https://example.org/dolly?a=1&b=2"), new Source("seed", "Seed", "The seed notes", null));

    private static JsonNode export(Event... events) {
        StoryPack pack = PackBuilder.pack("tiny").tracks(TRACKS).phases(PHASES).events(List.of(events))
                .sources(SOURCES).build();
        return JsonMapper.builder().build().readTree(new TimelineJsExport(pack).asString());
    }

    private static Event event(String id, String date, String track, String title, String text, String... sources) {
        return EventBuilder.event(id).title(title).date(date).track(track).text(text).sources(sources).build();
    }

    @Test
    void eachEventIsOneSlideWithItsTitleAndTextAsText() {
        JsonNode timeline = export(event("a", "1996-07-05", "science", "<script>alert(1)</script> & more",
                "First <b>not bold</b>.\n\nSecond paragraph."));

        JsonNode slide = timeline.get("events").get(0);
        assertThat(timeline.get("events").size()).isEqualTo(1);
        assertThat(slide.get("unique_id").asString()).isEqualTo("a");
        assertThat(slide.get("text").get("headline").asString())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
        assertThat(slide.get("text").get("text").asString())
                .isEqualTo("<p>First &lt;b&gt;not bold&lt;/b&gt;.</p><p>Second paragraph.</p>");
        assertThat(slide.get("group").asString()).isEqualTo("Science &amp;amp; cloning");
        assertThat(timeline.get("title").get("text").get("headline").asString()).isEqualTo("Tiny");
    }

    @Test
    void datesKeepThePrecisionTheEventHas() {
        JsonNode events = export(event("day", "1996-07-05", "story", "d", ""), event("month", "1997-02", "story", "m", ""),
                event("year", "1998", "story", "y", ""), event("circa", "c. 1984", "story", "c", ""),
                event("decade", "early 1990s", "story", "e", ""), event("range", "1996-03/2003", "story", "r", ""))
                .get("events");

        assertThat(slide(events, "day").get("start_date").toString()).isEqualTo("{\"year\":1996,\"month\":7,\"day\":5}");
        assertThat(slide(events, "month").get("start_date").toString()).isEqualTo("{\"year\":1997,\"month\":2}");
        assertThat(slide(events, "year").get("start_date").toString()).isEqualTo("{\"year\":1998}");
        assertThat(slide(events, "day").has("display_date")).isFalse();
        assertThat(slide(events, "circa").get("start_date").toString()).isEqualTo("{\"year\":1984}");
        assertThat(slide(events, "circa").get("display_date").asString()).isEqualTo("c. 1984");
        assertThat(slide(events, "decade").get("start_date").toString()).isEqualTo("{\"year\":1990}");
        assertThat(slide(events, "decade").get("end_date").toString()).isEqualTo("{\"year\":1993}");
        assertThat(slide(events, "decade").get("display_date").asString()).isEqualTo("early 1990s");
        assertThat(slide(events, "range").get("start_date").toString()).isEqualTo("{\"year\":1996,\"month\":3}");
        assertThat(slide(events, "range").get("end_date").toString()).isEqualTo("{\"year\":2003}");
    }

    @Test
    void phasesWithYearsAreErasAndSourcesAreCredits() {
        JsonNode timeline = export(event("a", "1996", "story", "a", "", "roslin", "seed"));

        assertThat(timeline.get("eras").size()).isEqualTo(1);
        assertThat(timeline.get("eras").get(0).toString())
                .isEqualTo("{\"start_date\":{\"year\":1970},\"end_date\":{\"year\":1973},"
                        + "\"text\":{\"headline\":\"School &lt;years&gt;\"}}");
        JsonNode media = timeline.get("events").get(0).get("media");
        assertThat(media.get("url").asString()).isEmpty();
        assertThat(media.get("credit").asString()).isEqualTo("<a href=\"https://example.org/dolly?a=1&amp;b=2\">"
                + "Roslin, &quot;Dolly&quot; &amp; co.</a><br>The seed notes");
    }

    @Test
    void theRealPackHasOneSlidePerEvent() {
        StoryPack pack = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();
        JsonNode timeline = JsonMapper.builder().build().readTree(new TimelineJsExport(pack).asString());

        assertThat(timeline.get("events").size()).isEqualTo(pack.events().size());
        assertThat(timeline.get("eras").size()).isEqualTo((int) pack.phases().stream()
                .filter(phase -> phase.whenKnown().isPresent()).count());
    }

    private static JsonNode slide(JsonNode events, String id) {
        return events.valueStream().filter(e -> e.get("unique_id").asString().equals(id)).findFirst().orElseThrow();
    }
}
