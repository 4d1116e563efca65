package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Phase;

/**
 * The graph fits its box wherever it is drawn, with one rule (network-fit.js): on a phone, a tablet, after a resize,
 * in the embed and on a class follower's phone, every person and every label shown is inside the box. On a touch
 * screen a swipe over the graph scrolls the page.
 */
class GraphFitIT extends BrowserTest {

    private Page phone() {
        return newVisitor(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true));
    }

    @Test
    void onAPhoneAndATabletEveryoneIsInTheGraphAndASwipeScrollsThePage() {
        Page phone = phone();
        phone.navigate(url("/never-let-me-go"));
        phone.locator("#search input").fill("Tommy");
        phone.locator("#search-results button[data-choose='character:tommy']").click();
        assertThat(phone).hasURL(Pattern.compile(".*character=tommy.*"));
        phone.waitForFunction("() => { const c = document.querySelector('#graph').$connector;"
                + " return c?.selection.node === 'tommy' || c?.highlighted.has('tommy'); }");
        phone.locator("#graph").scrollIntoViewIfNeeded();
        GraphBox.assertEveryoneInside(phone, "390x844, Tommy searched for");
        phone.locator("#graph").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "graph-phone-tommy.png")));

        // A finger swiping up over the graph, as a reader scrolls down the page.
        var graph = phone.locator("#graph").boundingBox();
        double x = graph.x + graph.width / 2;
        double y = graph.y + graph.height * 0.7;
        // The graph has settled: the server has answered and its view stays put (a late answer may refit it).
        waitUntilSettled(phone);
        Object viewBefore = phone.evaluate("() => document.querySelector('#graph').$connector.network.getViewPosition()");
        double scrollBefore = ((Number) phone.evaluate("() => scrollY")).doubleValue();
        CDPSession touch = phone.context().newCDPSession(phone);
        touch.send("Input.dispatchTouchEvent", touches("touchStart", x, y));
        for (int i = 1; i <= 10; i++) {
            touch.send("Input.dispatchTouchEvent", touches("touchMove", x, y - i * 15));
        }
        touch.send("Input.dispatchTouchEvent", touches("touchEnd", x, y - 150));
        phone.waitForFunction("before => scrollY > before + 50", scrollBefore);
        assertThat(phone.evaluate("() => document.querySelector('#graph').$connector.network.getViewPosition()"))
                .as("the graph did not move under the finger").isEqualTo(viewBefore);

        for (int[] size : new int[][] {{768, 1024}, {800, 900}, {1366, 768}}) {
            phone.setViewportSize(size[0], size[1]);
            GraphBox.assertEveryoneInside(phone, "resized to " + size[0] + "x" + size[1]);
        }
    }

    private static JsonObject touches(String type, double x, double y) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        JsonArray points = new JsonArray();
        if (!type.equals("touchEnd")) {
            JsonObject point = new JsonObject();
            point.addProperty("x", x);
            point.addProperty("y", y);
            points.add(point);
        }
        event.add("touchPoints", points);
        return event;
    }

    @Test
    void theEmbedAt800x600ShowsEveryoneAtEveryPhase() {
        page.setViewportSize(800, 600);
        for (Phase phase : pack().phases()) {
            page.navigate(url("/never-let-me-go/embed?phase=" + phase.id()));
            GraphBox.assertEveryoneInside(page, "the embed at " + phase.id());
        }
        page.navigate(url("/never-let-me-go/embed?relationship=kathy-ruth&phase=cottages"));
        GraphBox.assertEveryoneInside(page, "the embed with a relationship chosen");
        screenshot("embed-800x600");
    }

    @Test
    void aClassFollowersPhoneShowsEveryone() {
        page.setViewportSize(1920, 1080);
        page.navigate(url("/never-let-me-go/present?tour=triangle&step=5"));
        page.locator("#start-class").click();
        String code = page.locator("#join-code").textContent().strip();
        page.keyboard().press("Escape");

        Page student = phone();
        student.navigate(url("/join/" + code));
        student.locator("#detail-title").waitFor();
        assertThat(student.locator("#class-status")).hasText("Following the teacher.");
        GraphBox.assertEveryoneInside(student, "a follower's phone at step 5");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#present-step")).hasText("Step 6 of 8");
        assertThat(student.locator("#detail-title")).hasText(page.locator("#present-title").textContent());
        GraphBox.assertEveryoneInside(student, "a follower's phone at step 6");
        page.locator("#end-class").click();
    }
}
