package org.storyweb.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.storyweb.api.DataError;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The embed's items address, called directly: a span's items, the spoiler limit, and plain answers to bad links. */
class EmbedItemsControllerTest {

    private static final StoryPacks PACKS = StoryPacks.loadPackaged();
    private static final StoryPack PACK = PACKS.find("never-let-me-go").orElseThrow();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long Y1990 = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
    private static final long Y2000 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

    private final EmbedItemsController controller = new EmbedItemsController(PACKS, new PackDrawings());

    @Test
    void itSendsTheItemsThatLieInTheSpanWithTheirLinks() {
        ResponseEntity<String> answer = ask(PACK.id(), "from", Y1990, "to", Y2000);

        List<JsonNode> items = items(answer);
        assertThat(items).extracting(item -> item.get("id").asString()).contains("dolly-born")
                .hasSizeLessThan(PACK.events().size());
        assertThat(items).allMatch(item -> item.get("start").asLong() <= Y2000
                && item.path("end").asLong(item.get("start").asLong()) >= Y1990);
        // An event of the world links to its view with the graph where it is; one of the story, to its phase.
        JsonNode link = JSON.readTree(answer.getBody()).get("eventLink");
        assertThat(link.get(0).asString() + "dolly-born" + link.get(1).asString())
                .isEqualTo("never-let-me-go/embed?event=dolly-born");
        assertThat(items).filteredOn(item -> item.get("id").asString().equals("dolly-born")).singleElement()
                .matches(item -> !item.has("href"));
        assertThat(items).filteredOn(item -> item.has("href")).isNotEmpty()
                .allMatch(item -> item.get("href").asString().contains("phase="));
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("max-age=300, public");
        assertThat(answer.getHeaders().getETag()).isNotBlank();
    }

    @Test
    void noEventPastTheSpoilerLimitIsSent() {
        long everything = Instant.parse("9999-01-01T00:00:00Z").toEpochMilli();
        List<String> whole = ids(ask(PACK.id(), "from", -everything, "to", everything));
        List<String> limited = ids(ask(PACK.id(), "from", -everything, "to", everything, "upto", 3));

        List<String> unknownAt3 = PACK.events().stream().filter(event -> !event.isRevealedBy(3)).map(Event::id)
                .toList();
        assertThat(unknownAt3).isNotEmpty();
        assertThat(whole).containsAll(unknownAt3);
        assertThat(limited).isNotEmpty().doesNotContainAnyElementsOf(unknownAt3);
    }

    @Test
    void aBadSpanIsABadRequestThatSaysWhatIsWrong() {
        for (Object[] query : List.of(new Object[] {"to", Y2000}, new Object[] {"from", "1990", "to", "soon"},
                new Object[] {"from", Y2000, "to", Y1990}, new Object[] {"from", "1e9", "to", Y2000},
                new Object[] {"from", "99999999999999999999", "to", Y2000})) {
            JsonNode answer = error(PACK.id(), query);

            assertThat(answer.get("status").asInt()).isEqualTo(400);
            assertThat(answer.get("message").asString()).startsWith("from and to are the span's start and end");
        }
    }

    @Test
    void anUnknownPackIsNotFound() {
        JsonNode answer = error("no-such-book", "from", Y1990, "to", Y2000);

        assertThat(answer.get("status").asInt()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(answer.get("message").asString()).isEqualTo("No pack called \u201cno-such-book\u201d.");
    }

    private ResponseEntity<String> ask(String pack, Object... query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/" + pack + EmbedPage.ITEMS);
        for (int i = 0; i < query.length; i += 2) {
            request.addParameter((String) query[i], String.valueOf(query[i + 1]));
        }
        return controller.items(pack, request, new ServletWebRequest(request, new MockHttpServletResponse()));
    }

    // An error is answered as the data addresses answer theirs (DataError), by the controller's handler.
    private JsonNode error(String pack, Object... query) {
        try {
            ask(pack, query);
        } catch (DataError error) {
            return JSON.readTree(controller.error(error).getBody());
        }
        throw new AssertionError("no error for " + List.of(query));
    }

    private static List<JsonNode> items(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return JSON.readTree(answer.getBody()).get("items").valueStream().toList();
    }

    private static List<String> ids(ResponseEntity<String> answer) {
        return items(answer).stream().map(item -> item.get("id").asString()).toList();
    }
}
