package org.storyweb.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;
import org.storyweb.web.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data addresses over HTTP, against the production build, as a script or a course page would ask: no browser,
 * no session, no cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Each address, with the content type and file name it answers with. */
    private static final Map<String, List<String>> FILES = Map.of(
            "/api/packs/never-let-me-go/events.json", List.of("application/json", "never-let-me-go-events.json"),
            "/api/packs/never-let-me-go/events.csv", List.of("text/csv;charset=UTF-8", "never-let-me-go-events.csv"),
            "/api/packs/never-let-me-go/graph.gexf",
            List.of("application/gexf+xml;charset=UTF-8", "never-let-me-go-graph.gexf"),
            "/api/packs/never-let-me-go/timelinejs.json?upto=9",
            List.of("application/json", "never-let-me-go-timelinejs-upto-9.json"),
            "/api/packs/never-let-me-go/graph.graphml?phase=cottages&upto=12",
            List.of("application/graphml+xml;charset=UTF-8", "never-let-me-go-graph-cottages-upto-12.graphml"));

    @LocalServerPort
    private int port;

    @Autowired
    private StoryPacks packs;

    @Test
    void eachFileHasItsTypeANameAnETagAndCachingAndNoSession() throws Exception {
        for (Map.Entry<String, List<String>> file : FILES.entrySet()) {
            HttpResponse<String> response = get(file.getKey(), Map.of());

            assertThat(response.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).as(file.getKey()).isEqualTo(file.getValue().get(0));
            assertThat(header(response, "Content-Disposition")).as(file.getKey())
                    .isEqualTo("attachment; filename=\"" + file.getValue().get(1) + "\"");
            assertThat(header(response, "Cache-Control")).as(file.getKey()).isEqualTo("max-age=300, public");
            assertThat(header(response, "ETag")).as(file.getKey()).isNotBlank();
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.headers().firstValue("Set-Cookie")).as(file.getKey()).isEmpty();
            assertThat(response.body()).isNotBlank();
        }
    }

    @Test
    void aFileNotChangedSinceItsETagIsNotSentAgain() throws Exception {
        String address = "/api/packs/never-let-me-go/events.csv?upto=9";
        String etag = header(get(address, Map.of()), "ETag");

        HttpResponse<String> again = get(address, Map.of("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(get("/api/packs/never-let-me-go/events.csv?upto=10", Map.of()), "ETag"))
                .isNotEqualTo(etag);
    }

    @Test
    void thePackListLeadsToEveryFile() throws Exception {
        HttpResponse<String> response = get("/api/packs", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("application/json");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode links = JSON.readTree(response.body()).get(0).get("links");
        for (String file : List.of("events.json", "events.csv", "graph.gexf", "graph.graphml", "timelinejs.json")) {
            assertThat(get(links.get(file).asString(), Map.of()).statusCode()).as(file).isEqualTo(200);
        }
    }

    @Test
    void uptoLeavesOutWhatTheReaderCannotKnowYet() throws Exception {
        StoryPack pack = packs.find("never-let-me-go").orElseThrow();
        JsonNode events = JSON.readTree(get("/api/packs/never-let-me-go/events.json?upto=9", Map.of()).body());

        assertThat(events.size()).isEqualTo((int) pack.events().stream().filter(e -> e.isRevealedBy(9)).count());
        assertThat(events.valueStream().map(event -> event.get("id").asString()))
                .doesNotContain("tommy-completes", "ruth-completes", "visit-to-madame");
    }

    @Test
    void badRequestsGetAOneLineJsonErrorAndNeverAPageOrATrace() throws Exception {
        Map<String, Integer> expected = Map.of(
                "/api/packs/no-such-book/events.json", 404,
                "/api/packs/never-let-me-go/graph.graphml?phase=nowhere", 404,
                "/api/packs/never-let-me-go/graph.graphml?phase=parting&upto=3", 404,
                "/api/packs/never-let-me-go/events.csv?upto=abc", 400,
                "/api/packs/never-let-me-go/events.csv?upto=0", 400,
                "/api/packs/never-let-me-go/graph.gexf?upto=999", 400,
                "/api/packs/never-let-me-go/nothing.json", 404,
                "/api/nothing", 404);
        for (Map.Entry<String, Integer> bad : expected.entrySet()) {
            HttpResponse<String> response = get(bad.getKey(), Map.of("Accept", "text/html"));

            assertOneLineJsonError(bad.getKey(), bad.getValue(), response.statusCode(), header(response, "Content-Type"),
                    response.body());
            assertThat(response.headers().firstValue("Set-Cookie")).as(bad.getKey()).isEmpty();
        }
        // A query Tomcat cannot read would otherwise lose its upto, and the answer would hold spoilers.
        RawHttp.Response broken = RawHttp.get(port, "/api/packs/never-let-me-go/events.json?upto=%C0%AF",
                "application/json", null);
        assertOneLineJsonError("broken upto", 400, broken.status(), broken.header("Content-Type"), broken.body());
    }

    private static void assertOneLineJsonError(String what, int status, int actualStatus, String type, String body) {
        assertThat(actualStatus).as(what).isEqualTo(status);
        assertThat(type).as(what).startsWith("application/json");
        assertThat(body.strip()).as(what).doesNotContain("\n").doesNotContain("Exception").doesNotContain("<");
        assertThat(JSON.readTree(body).get("message").asString()).as(what).isNotBlank();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
