package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;
import org.storyweb.story.Relationship;
import tools.jackson.databind.JsonNode;

/**
 * EmbedIT's walk through the embed on a course page of another site, in Debian's Firefox rather than Chromium:
 * Firefox partitions a frame's storage by the top-level site (Total Cookie Protection) and can block third-party
 * cookies outright, and the embed must work the same either way, with no cookie. Playwright cannot drive a stock
 * Firefox, so the test speaks WebDriver BiDi to it ({@link FirefoxBidi}). Skipped where firefox-esr is not installed.
 */
class FirefoxEmbedIT extends BrowserTest {

    private static final String DETAIL = "document.querySelector('#detail-title')?.textContent.trim()";
    private static final String PHASE = "document.querySelector('#embed-phase')?.textContent.trim()";
    // Drawn: vis-timeline's items are there and its loading screen, which covers them until its first full
    // drawing, is gone (Playwright's click waits for that by itself); the graph is drawn.
    private static final String DRAWN = "document.querySelectorAll('#timeline .vis-item').length > 0"
            + " && !document.querySelector('#timeline .vis-loading-screen')"
            + " && !!document.querySelector('#graph canvas') && !!window.storywebEmbed";

    private CoursePage course;

    // Per test rather than @BeforeAll: Maven reports a skipped test with this message, a skipped class not at all.
    @BeforeEach
    void needsFirefox() {
        assumeTrue(Files.isExecutable(FirefoxBidi.FIREFOX), "Firefox is not installed at " + FirefoxBidi.FIREFOX
                + " (apt-get install firefox-esr): the embed is not checked in Firefox");
    }

    @BeforeEach
    void serveTheCoursePage() throws Exception {
        // The Share dialog's snippet, as ShareDialog writes it (EmbedIT checks the dialog hands it out).
        String snippet = "<iframe src=\"" + url("/never-let-me-go/embed?phase=cottages") + "\" title=\"Storyweb: "
                + pack().work().title() + "\" width=\"100%\" height=\"760\" style=\"border:0\"></iframe>";
        course = new CoursePage(() -> snippet);
    }

    @AfterEach
    void stopTheCoursePage() {
        if (course != null) {
            course.close();
        }
    }

    private String coursePage() {
        return course.url();
    }

    @Test
    void theEmbedWorksInFirefoxWithItsDefaults() throws Exception {
        // Firefox's own defaults: Enhanced Tracking Protection "standard", with Total Cookie Protection.
        walkThroughTheFrame(Map.of(), false, "embed-firefox");
    }

    @Test
    void itWorksWhenFirefoxBlocksAllThirdPartyCookies() throws Exception {
        // "Cross-site cookies: all blocked" in Firefox's custom protection.
        walkThroughTheFrame(Map.of("network.cookie.cookieBehavior", 1), true,
                "embed-firefox-third-party-cookies-blocked");
    }

    private void walkThroughTheFrame(Map<String, Object> prefs, boolean thirdPartyCookiesBlocked, String screenshot)
            throws Exception {
        try (FirefoxBidi firefox = FirefoxBidi.launch(prefs)) {
            assertThat(firefox.version()).as("Firefox's version").isNotBlank();
            String tab = firefox.tab();
            firefox.setViewport(tab, 1440, 1000);
            firefox.navigate(tab, coursePage());
            String frame = firefox.frameOf(tab);
            // The frame's load event comes before vis-timeline has drawn its items: wait for them.
            firefox.waitFor(frame, DRAWN, JsonNode::asBoolean);
            assertThat(href(firefox, frame)).isEqualTo(url("/never-let-me-go/embed?phase=cottages"));
            assertThat(firefox.evaluate(frame, PHASE).asString()).contains("The Cottages");

            // An event on the timeline, by a click on the drawing.
            Event event = pack().event("kathy-and-lenny").orElseThrow();
            firefox.click(frame, "#timeline .vis-item", event.title(), 0, 0);
            firefox.waitForText(frame, DETAIL, event.title());
            assertThat(href(firefox, frame)).isEqualTo(url("/never-let-me-go/embed?event=" + event.id() + "&phase="
                    + event.phaseId()));
            firefox.waitFor(frame, DRAWN, JsonNode::asBoolean);
            assertThat(firefox.evaluate(frame, "document.querySelectorAll('#timeline .vis-item.vis-selected').length")
                    .asInt()).isEqualTo(1);

            // A person in the graph, by a click on their box where vis-network drew it.
            JsonNode at = firefox.evaluate(frame, "window.storywebEmbed.personOnScreen('ruth')");
            JsonNode canvas = firefox.evaluate(frame, "(c => ({ width: c.clientWidth, height: c.clientHeight }))"
                    + "(document.querySelector('#graph canvas'))");
            firefox.click(frame, "#graph canvas", null, at.path("x").asDouble() - canvas.path("width").asDouble() / 2,
                    at.path("y").asDouble() - canvas.path("height").asDouble() / 2);
            firefox.waitForText(frame, DETAIL, "Ruth");
            assertThat(href(firefox, frame)).contains("character=ruth").doesNotContain("event=");

            // A relationship, from the list of the phase's relationships.
            Relationship tie = pack().relationship("kathy-ruth").orElseThrow();
            firefox.waitFor(frame, DRAWN, JsonNode::asBoolean);
            firefox.click(frame, ".embed-lists summary", "Relationships during", 0, 0);
            firefox.click(frame, ".embed-lists a", "Kathy H. and Ruth", 0, 0);
            firefox.waitForText(frame, DETAIL, "Kathy H. and Ruth");
            assertThat(href(firefox, frame)).contains("relationship=" + tie.id());

            // The next phase: the graph's title says so, and the link keeps the selection.
            String phaseBefore = firefox.evaluate(frame, PHASE).asString();
            firefox.click(frame, "a[rel=next]", null, 0, 0);
            firefox.waitFor(frame, PHASE, phase -> !phase.isNull() && !phase.asString().equals(phaseBefore));
            String stepped = href(firefox, frame);
            assertThat(stepped).contains("relationship=" + tie.id()).contains("phase=");
            firefox.waitFor(frame, DRAWN, JsonNode::asBoolean);
            firefox.screenshot(tab, Path.of("target", "screenshots", screenshot + ".png"));

            // Back and Forward, as the browser's buttons: the course page's history holds the frame's views.
            firefox.traverseHistory(tab, -1);
            firefox.waitForText(frame, PHASE, phaseBefore);
            firefox.waitForText(frame, DETAIL, "Kathy H. and Ruth");
            firefox.traverseHistory(tab, -1);
            firefox.waitForText(frame, DETAIL, "Ruth");
            firefox.traverseHistory(tab, 1);
            firefox.waitForText(frame, DETAIL, "Kathy H. and Ruth");
            firefox.traverseHistory(tab, 1);
            firefox.waitFor(frame, PHASE, phase -> !phase.isNull() && !phase.asString().equals(phaseBefore));
            assertThat(href(firefox, frame)).isEqualTo(stepped);
            assertThat(href(firefox, tab)).isEqualTo(coursePage());

            // Reopening the frame's address, in a new tab, reopens the view.
            String again = firefox.newTab();
            firefox.navigate(again, stepped);
            firefox.waitForText(again, DETAIL, "Kathy H. and Ruth");
            assertThat(firefox.evaluate(again, PHASE).asString()).isNotEqualTo(phaseBefore);
            firefox.close(again);

            // No cookie, set or held: not in Firefox's jar, nor in the course page's partition of it, where Total
            // Cookie Protection keeps the frame's. (Firefox answers nothing for a frame's own context as partition.)
            assertThat(firefox.setCookieHeaders()).as("Set-Cookie headers").isEmpty();
            assertThat(firefox.evaluate(frame, "document.cookie").asString()).as("the frame's cookies").isEmpty();
            assertThat(firefox.cookieNames(Map.of())).as("cookies in Firefox").isEmpty();
            assertThat(firefox.cookieNames(Map.of("type", "context", "context", tab)))
                    .as("cookies in the course page's partition").isEmpty();
            // Those checks would see a cookie the frame held: one a script sets shows in both, unless Firefox
            // blocks third-party cookies, which also shows that the profile's preference took effect.
            String probe = firefox.evaluate(frame, "(document.cookie = 'probe=1', document.cookie)").asString();
            if (thirdPartyCookiesBlocked) {
                assertThat(probe).as("a cookie the frame sets, all third-party cookies blocked").isEmpty();
                assertThat(firefox.cookieNames(Map.of())).isEmpty();
            } else {
                assertThat(probe).as("a cookie the frame sets, in its partition").isEqualTo("probe=1");
                assertThat(firefox.cookieNames(Map.of())).containsExactly("probe");
                assertThat(firefox.cookieNames(Map.of("type", "context", "context", tab))).containsExactly("probe");
            }

            // "Open in Storyweb": the same view, full size, in a new tab.
            int before = firefox.events.size();
            firefox.click(frame, "#embed-open", null, 0, 0);
            String opened = firefox.tabOpenedSince(before);
            firefox.waitFor(opened, "document.querySelectorAll('#timeline .vis-item').length > 0",
                    JsonNode::asBoolean);
            assertThat(href(firefox, opened)).isEqualTo(stepped.replace("/embed?", "?"));
            firefox.waitForText(opened, DETAIL, "Kathy H. and Ruth");
        }
    }

    private static String href(FirefoxBidi firefox, String context) {
        return firefox.evaluate(context, "location.href").asString();
    }
}
