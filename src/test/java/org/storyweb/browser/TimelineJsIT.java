package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyweb.relations.export.TimelineJsExport;
import org.storyweb.story.Event;
import org.storyweb.story.EventBuilder;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/**
 * Our timelinejs.json opened in the real TimelineJS (npm {@code @knight-lab/timelinejs}, which the build fetches
 * for this test only), served to the browser from the test's classpath at an address of its own.
 */
class TimelineJsIT extends BrowserTest {

    private static final String SITE = "http://timelinejs.test/";
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void openTimelineJs() {
        page.route(SITE + "**", route -> {
            String file = route.request().url().substring(SITE.length());
            switch (file) {
                case "" -> route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody("""
                        <!doctype html><html><head><meta charset="utf-8">
                        <link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script></head>
                        <body><div id="timeline-embed" style="width: 1200px; height: 700px"></div></body></html>"""));
                case "timeline.js", "timeline.css" -> route.fulfill(new Route.FulfillOptions()
                        .setContentType(file.endsWith(".js") ? "text/javascript" : "text/css")
                        .setBodyBytes(resource("/timelinejs/" + file)));
                default -> route.fulfill(new Route.FulfillOptions().setStatus(404));
            }
        });
        page.onPageError(errors::add);
        page.navigate(SITE);
    }

    @Test
    void ourExportRendersOneSlidePerEventInTimelineJs() {
        APIResponse file = page.request().get(url("/api/packs/never-let-me-go/timelinejs.json"));
        assertThat(file.status()).isEqualTo(200);

        Map<?, ?> shown = load(file.text());

        StoryPack pack = pack();
        assertThat(shown.get("errors")).isEqualTo(List.of());
        assertThat(((Number) shown.get("events")).intValue()).isEqualTo(pack.events().size());
        assertThat(page.locator(".tl-slide:not(.tl-slide-titleslide)").count()).isEqualTo(pack.events().size());
        assertThat(page.locator(".tl-slide-titleslide").count()).isEqualTo(1);
        assertThat(page.locator(".tl-timeera").count()).isEqualTo((int) pack.phases().stream()
                .filter(phase -> phase.whenKnown().isPresent()).count());
        assertThat(page.locator(".tl-timegroup-message").allTextContents()).containsExactlyInAnyOrderElementsOf(
                pack.events().stream().map(Event::trackId).distinct()
                        .map(id -> pack.track(id).orElseThrow().title()).toList());
        assertThat(errors).isEmpty();
        screenshot("timelinejs");
    }

    @Test
    void aSpoilerLimitedExportHasOnlyTheEventsKnownThen() {
        Map<?, ?> shown = load(page.request().get(url("/api/packs/never-let-me-go/timelinejs.json?upto=9")).text());

        assertThat(((Number) shown.get("events")).intValue())
                .isEqualTo((int) pack().events().stream().filter(event -> event.isRevealedBy(9)).count());
    }

    @Test
    void markupInContentShowsAsTextAndNeverRuns() {
        String payload = "<img src=x onerror=\"window.pwned=1\"><b>bold</b>";
        StoryPack pack = pack();
        Event event = EventBuilder.event("payload").title(payload).date("c. 1990").text(payload).build();
        StoryPack hostile = PackBuilder.pack(pack.id()).tracks(List.of(new Track("story", payload, "", "#000000")))
                .phases(pack.phases()).events(List.of(event)).build();

        load(new TimelineJsExport(hostile).asString());

        // A fixed time, since what is checked is that nothing runs: an image's error handler, had one been made,
        // would run once the image failed to load.
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("#timeline-embed img").count()).isZero();
        assertThat(page.locator("#timeline-embed b").count()).isZero();
        assertThat(page.locator(".tl-timegroup-message").first().textContent()).isEqualTo(payload);
        assertThat(page.locator(".tl-slide:not(.tl-slide-titleslide) .tl-headline").first().textContent())
                .isEqualTo(payload);
    }

    /** Starts TimelineJS on the file and says how many events it took and what it complained of. */
    private Map<?, ?> load(String json) {
        page.evaluate("json => { window.timeline = new TL.Timeline('timeline-embed', JSON.parse(json)); }", json);
        page.locator(".tl-slide").first().waitFor();
        return (Map<?, ?>) page.evaluate("() => ({ events: window.timeline.config.events.length, "
                + "errors: window.timeline.config.messages.errors.map(e => String(e.message || e)) })");
    }

    private static byte[] resource(String path) {
        try (InputStream in = TimelineJsIT.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing: the build fetches TimelineJS in "
                        + "generate-test-resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
