package org.storyweb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data addresses' answers, called directly; DataApiIT asks the running server over HTTP. */
class DataControllerTest {

    private static final StoryPacks PACKS = StoryPacks.loadPackaged();
    private static final StoryPack PACK = PACKS.find("never-let-me-go").orElseThrow();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataController data = new DataController(PACKS);

    @Test
    void eventsUpToAChapterAreTheEventsTheExplorerShowsUpToIt() {
        JsonNode events = JSON.readTree(data.eventsJson(PACK.id(), Optional.of("9")).getBody());

        assertThat(events.size()).isEqualTo((int) PACK.events().stream().filter(e -> e.isRevealedBy(9)).count())
                .isLessThan(PACK.events().size());
        assertThat(events.valueStream().map(e -> e.get("id").asString())).doesNotContain("tommy-completes");
    }

    @Test
    void upToTheLastChapterIsTheWholeBook() {
        String last = String.valueOf(PACK.lastChapter());

        assertThat(data.eventsCsv(PACK.id(), Optional.of(last)).getBody())
                .isEqualTo(data.eventsCsv(PACK.id(), Optional.empty()).getBody());
    }

    @Test
    void fileNamesSayThePackTheContentAndTheLimit() {
        assertThat(disposition(data.eventsCsv(PACK.id(), Optional.of("9"))))
                .isEqualTo("attachment; filename=\"never-let-me-go-events-upto-9.csv\"");
        assertThat(disposition(data.graphml(PACK.id(), Optional.of("cottages"), Optional.empty())))
                .isEqualTo("attachment; filename=\"never-let-me-go-graph-cottages.graphml\"");
        assertThat(disposition(data.gexf(PACK.id(), Optional.empty())))
                .isEqualTo("attachment; filename=\"never-let-me-go-graph.gexf\"");
    }

    @Test
    void theGraphsHoldOnlyWhatIsKnownUpToTheLimit() {
        String whole = data.graphml(PACK.id(), Optional.of("hailsham-adolescence"), Optional.empty()).getBody();
        String limited = data.graphml(PACK.id(), Optional.of("hailsham-adolescence"), Optional.of("7")).getBody();

        assertThat(edges(limited)).isLessThanOrEqualTo(edges(whole));
        assertThat(data.gexf(PACK.id(), Optional.empty()).getBody()).contains("The Cottages");
        assertThat(data.gexf(PACK.id(), Optional.of("9")).getBody()).doesNotContain("The Cottages");
    }

    @Test
    void anUnknownPackOrPhaseIsNotFound() {
        assertThat(error(() -> data.eventsJson("no-such-book", Optional.empty())))
                .isEqualTo("404: No pack called \u201cno-such-book\u201d; the packs are listed at /api/packs.");
        assertThat(error(() -> data.graphml(PACK.id(), Optional.of("nowhere"), Optional.empty())))
                .startsWith("404: No phase called \u201cnowhere\u201d in Never Let Me Go");
        assertThat(error(() -> data.graphml(PACK.id(), Optional.of("parting"), Optional.of("3"))))
                .isEqualTo("404: The phase parting begins in chapter 23, after upto=3.");
    }

    @Test
    void anUptoThatIsNotAChapterOfTheBookIsABadRequest() {
        for (String upto : new String[] {"abc", "0", "-3", "9.5", "", String.valueOf(PACK.lastChapter() + 1),
                "99999999999"}) {
            assertThat(error(() -> data.eventsJson(PACK.id(), Optional.of(upto)))).as(upto)
                    .startsWith("400: upto is the last chapter read, a number from 1 to " + PACK.lastChapter());
        }
    }

    @Test
    void anErrorIsOneLineOfJson() {
        DataError error = catchThrowableOfType(DataError.class, () -> data.eventsJson("x\"<b>", Optional.empty()));
        String body = data.error(error).getBody();

        assertThat(body).doesNotContain("\n");
        JsonNode json = JSON.readTree(body);
        assertThat(json.get("status").asInt()).isEqualTo(404);
        assertThat(json.get("message").asString()).contains("x\"<b>");
    }

    @Test
    void thePackListLinksEveryFile() {
        JsonNode pack = JSON.readTree(data.packs().getBody()).get(0);

        assertThat(pack.get("id").asString()).isEqualTo(PACK.id());
        assertThat(pack.get("chapters").asInt()).isEqualTo(PACK.lastChapter());
        assertThat(pack.get("links").get("events.csv").asString()).isEqualTo("/api/packs/never-let-me-go/events.csv");
        assertThat(pack.get("phases").size()).isEqualTo(PACK.phases().size());
    }

    private String error(Runnable request) {
        DataError error = catchThrowableOfType(DataError.class, request::run);
        assertThat(error).isNotNull();
        ResponseEntity<String> response = data.error(error);
        return response.getStatusCode().value() + ": " + JSON.readTree(response.getBody()).get("message").asString();
    }

    private static String disposition(ResponseEntity<String> response) {
        return response.getHeaders().getFirst("Content-Disposition");
    }

    private static int edges(String graphml) {
        return graphml.split("<edge ", -1).length - 1;
    }
}
