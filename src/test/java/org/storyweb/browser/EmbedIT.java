package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;
import org.storyweb.story.Relationship;

/**
 * The Share dialog's embed snippet on a course page of another site: the course page is served from 127.0.0.2 by a
 * server of the test's own, Storyweb from localhost, so the frame is cross-site, as in a school's LMS. Inside the
 * frame a reader selects an event, a person and a relationship, steps the phase, walks Back and Forward, and opens
 * the view in Storyweb; no cookie is ever set. The same walk runs in a Chromium that blocks third-party cookies.
 */
class EmbedIT extends BrowserTest {

    private CoursePage course;
    private final AtomicReference<String> snippet = new AtomicReference<>();

    @BeforeEach
    void serveTheCoursePage() throws Exception {
        course = new CoursePage(snippet::get);
    }

    @AfterEach
    void stopTheCoursePage() {
        course.close();
    }

    private String coursePage() {
        return course.url();
    }

    /** The snippet the Share dialog hands out for a view, as a teacher copies it. */
    private String snippetFor(String view) {
        Page teacher = newVisitor();
        teacher.navigate(url(view));
        teacher.locator("#timeline .vis-item").first().waitFor();
        teacher.locator("#share-button").click();
        // The dialog fills the snippet in once the page has told it its address.
        assertThat(teacher.locator("#share-embed textarea")).hasValue(java.util.regex.Pattern.compile(
                "^<iframe src=\"" + url("/never-let-me-go/embed\\?phase=cottages") + "\""));
        return teacher.locator("#share-embed textarea").inputValue();
    }

    @Test
    void theShareSnippetWorksOnACoursePageOfAnotherSite() {
        snippet.set(snippetFor("/never-let-me-go?phase=cottages"));

        walkThroughTheFrame(page, "embed-course-page");
    }

    @Test
    void itWorksWhenTheBrowserBlocksThirdPartyCookies() {
        snippet.set(snippetFor("/never-let-me-go?phase=cottages"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser blocking = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                        // Chromium's switch for testing the phase-out of third-party cookies: it blocks them all.
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--test-third-party-cookie-phaseout")))) {
            BrowserContext reader = blocking.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
            walkThroughTheFrame(reader.newPage(), null);
        }
    }

    private void walkThroughTheFrame(Page course, String screenshot) {
        List<String> setCookies = new ArrayList<>();
        course.onResponse(response -> {
            String cookie = response.headers().get("set-cookie");
            if (cookie != null) {
                setCookies.add(response.url() + ": " + cookie);
            }
        });
        course.navigate(coursePage());
        FrameLocator frame = course.frameLocator("iframe");
        frame.locator("#timeline .vis-item").first().waitFor();
        frame.locator("#graph canvas").waitFor();
        assertThat(frame.locator("#embed-phase")).containsText("The Cottages");
        Frame storyweb = course.frames().get(1);

        // An event on the timeline, by a click on the drawing.
        Event event = pack().event("kathy-and-lenny").orElseThrow();
        frame.locator("#timeline .vis-item", new FrameLocator.LocatorOptions().setHasText(event.title())).first()
                .click();
        assertThat(frame.locator("#detail-title")).hasText(event.title());
        assertThat(storyweb.url()).isEqualTo(url("/never-let-me-go/embed?event=" + event.id() + "&phase="
                + event.phaseId()));
        assertThat(frame.locator("#timeline .vis-item.vis-selected")).hasCount(1);

        // A person in the graph, by a click on their box.
        clickPerson(course, frame, "ruth");
        assertThat(frame.locator("#detail-title")).hasText("Ruth");
        assertThat(storyweb.url()).contains("character=ruth").doesNotContain("event=");

        // A relationship, from the list of the phase's relationships.
        Relationship tie = pack().relationship("kathy-ruth").orElseThrow();
        frame.locator(".embed-lists summary", new FrameLocator.LocatorOptions().setHasText("Relationships during"))
                .click();
        frame.locator(".embed-lists a", new FrameLocator.LocatorOptions().setHasText("Kathy H. and Ruth")).first()
                .click();
        assertThat(frame.locator("#detail-title")).hasText("Kathy H. and Ruth");
        assertThat(storyweb.url()).contains("relationship=" + tie.id());

        // The next phase: the graph's title says so, and the link keeps the selection.
        String phaseBefore = frame.locator("#embed-phase").innerText();
        frame.locator("a[rel=next]").click();
        assertThat(frame.locator("#embed-phase")).not().hasText(phaseBefore);
        assertThat(storyweb.url()).contains("relationship=" + tie.id()).contains("phase=");
        String stepped = storyweb.url();
        if (screenshot != null) {
            page.setViewportSize(1366, 1000);
            frame.locator("#timeline .vis-item").first().waitFor();
            frame.locator("#graph canvas").waitFor();
            screenshot(screenshot);
        }

        // Back and Forward walk the frame's views: the course page's own history holds them. (Playwright's goBack
        // waits for the course page itself to load again, which a step in its frame does not do.)
        course.evaluate("() => history.back()");
        assertThat(frame.locator("#detail-title")).hasText("Kathy H. and Ruth");
        assertThat(frame.locator("#embed-phase")).hasText(phaseBefore);
        course.evaluate("() => history.back()");
        assertThat(frame.locator("#detail-title")).hasText("Ruth");
        course.evaluate("() => history.forward()");
        assertThat(frame.locator("#detail-title")).hasText("Kathy H. and Ruth");
        course.evaluate("() => history.forward()");
        assertThat(frame.locator("#embed-phase")).not().hasText(phaseBefore);
        assertThat(storyweb.url()).isEqualTo(stepped);
        assertThat(course.url()).isEqualTo(coursePage());

        // Reopening the frame's address reopens the view.
        Page again = course.context().newPage();
        again.navigate(stepped);
        assertThat(again.locator("#detail-title")).hasText("Kathy H. and Ruth");
        assertThat(again.locator("#embed-phase")).not().hasText(phaseBefore);
        again.close();
        assertThat(setCookies).as("Set-Cookie headers").isEmpty();
        assertThat(course.context().cookies()).as("cookies in the browser").isEmpty();

        // "Open in Storyweb": the same view, full size, in a new tab.
        Page opened = course.context().waitForPage(() -> frame.locator("#embed-open").click());
        opened.locator("#timeline .vis-item").first().waitFor();
        assertThat(opened.url()).isEqualTo(stepped.replace("/embed?", "?"));
        assertThat(opened.locator("#detail-title")).hasText("Kathy H. and Ruth");
        opened.close();
        // The full app, on its own site, keeps a session of its own; the frame still has none.
    }

    // Clicks the middle of a person's box in the graph, where vis-network drew it.
    private static void clickPerson(Page course, FrameLocator frame, String id) {
        Frame storyweb = course.frames().get(1);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) storyweb.evaluate("id => window.storywebEmbed.personOnScreen(id)",
                id);
        frame.locator("#graph canvas").click(new com.microsoft.playwright.Locator.ClickOptions()
                .setPosition(at.get("x").doubleValue(), at.get("y").doubleValue()));
    }

    @Test
    void theEmbedIsReachableByKeyboardAndPassesAxe() throws Exception {
        // axe goes into the page as an inline script, which the embed's policy forbids to anything but a test.
        page = newVisitor(new Browser.NewContextOptions().setViewportSize(1440, 1000).setBypassCSP(true));
        page.navigate(url("/never-let-me-go/embed?character=ruth&phase=cottages"));
        page.locator("#timeline .vis-item").first().waitFor();

        assertThat(axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).isEmpty();
        // Every choice is a link in the tab order: the phase steps, "Open in Storyweb", the details, the lists.
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("rel", "prev");
        page.locator(".embed-lists summary").first().focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("href", java.util.regex.Pattern.compile(".*event=.*"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#detail-title")).not().hasText("Ruth");
    }

    @Test
    void inASmallFrameTheLinkedEventAndItsDetailsAreInView() {
        page.setViewportSize(400, 600);
        page.navigate(url("/never-let-me-go/embed?event=dolly-born"));
        com.microsoft.playwright.Locator selected = page.locator("#timeline .vis-item.vis-point.vis-selected");
        assertThat(selected).containsText("Dolly");
        com.microsoft.playwright.options.BoundingBox rows = page.locator("#timeline .vis-panel.vis-center")
                .boundingBox();
        com.microsoft.playwright.options.BoundingBox item = selected.boundingBox();
        assertThat(item.y).as("the linked event's row, inside the timeline's rows").isBetween(rows.y - 1,
                rows.y + rows.height - item.height);
        assertThat(page.locator("#detail-title")).hasText(pack().event("dolly-born").orElseThrow().title());
        assertThat(page.locator("#detail-title").boundingBox().y).as("the details' title, inside the frame")
                .isLessThan(600 - 40);
        screenshot("embed-400x600");
    }

    @Test
    void theEmbedNeedsNoSessionAndIsCacheable() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/never-let-me-go/embed?character=tommy&phase=cottages"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("set-cookie")).isEmpty();
        assertThat(response.headers().firstValue("cache-control")).hasValueSatisfying(value ->
                assertThat(value).contains("public"));
        String etag = response.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/never-let-me-go/embed?character=tommy&phase=cottages")))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("content-security-policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self';").endsWith("frame-ancestors *"));
    }

    @Test
    void aTourStepShowsItsNarrationAndItsStepsStayInTheFrame() throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/never-let-me-go/embed?tour=triangle&step=3"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);

        assertThat(page.select("#tour-step").text()).endsWith("step 3 of " + pack().tour("triangle").orElseThrow()
                .steps().size());
        assertThat(page.select("#tour-next").attr("href")).isEqualTo("never-let-me-go/embed?tour=triangle&step=4");
        assertThat(page.select("#tour-next").hasAttr("target")).isFalse();
        // Present mode needs the full app: it opens in a new tab, and the course page keeps its frame.
        assertThat(page.select("#tour-present").attr("target")).isEqualTo("_blank");
        assertThat(page.select("#embed-open").attr("href")).isEqualTo("never-let-me-go?tour=triangle&step=3");
    }

    @Test
    void oldEmbedLinksAndBadOnesOpenTheNearestEmbed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> old = http.send(HttpRequest.newBuilder(
                URI.create(url("/never-let-me-go?event=dolly-born&embed=1"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("location")).contains("/never-let-me-go/embed?event=dolly-born");
        assertThat(old.headers().firstValue("set-cookie")).isEmpty();

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                URI.create(url("/no-such-book/embed?event=dolly-born"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no book called");

        page.navigate(url("/never-let-me-go/embed?event=nothing&phase=cottages&window=banana"));
        page.locator("#timeline .vis-item").first().waitFor();
        assertThat(page.locator(".notices")).containsText("No event called \u201cnothing\u201d in this book.");
        assertThat(page.locator(".notices")).containsText("banana");
        page.waitForURL(url("/never-let-me-go/embed?phase=cottages"));
    }
}
