package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyweb.story.Event;

/**
 * The explorer's first screen comes with the first HTML: before any script has run, a reader sees the book's title,
 * the frames of the timeline and graph and the details of the linked selection, each where the app will put it, so
 * that nothing moves when the app takes over and the copy is gone.
 */
class FirstPaintIT extends BrowserTest {

    private static final List<String> PARTS = List.of(".explorer-bar h1", ".notices", ".timeline-section",
            ".graph-section", ".details-column", ".tour-guide", ".detail-panel", ".detail-panel h2");

    private Page visitor(int width, int height, boolean scripts) {
        return newVisitor(new Browser.NewContextOptions().setViewportSize(width, height)
                .setJavaScriptEnabled(scripts));
    }

    private static Map<String, BoundingBox> boxes(Page page, String root) {
        Map<String, BoundingBox> boxes = new LinkedHashMap<>();
        for (String part : PARTS) {
            com.microsoft.playwright.Locator shown = page.locator(root + " " + part);
            boxes.put(part, shown.count() == 0 ? null : shown.first().boundingBox());
        }
        return boxes;
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({
            "1366, 768, never-let-me-go?event=dolly-born",
            "1920, 1080, never-let-me-go?event=dolly-born",
            "390, 844, never-let-me-go?event=dolly-born",
            "1366, 768, never-let-me-go",
            "390, 844, never-let-me-go",
            "1366, 768, never-let-me-go?character=ruth&phase=cottages",
            "1366, 768, never-let-me-go?event=no-such-event",
            "1366, 768, never-let-me-go?tour=triangle&step=2",
            "390, 844, never-let-me-go?tour=triangle&step=2"})
    void theFirstHtmlShowsTheFirstScreenWhereTheAppWillShowIt(int width, int height, String link) {
        Page before = visitor(width, height, false);
        before.navigate(url("/" + link));
        assertThat(before.locator(".first-paint h1")).hasText(pack().work().title() + " \u2014 "
                + pack().work().author());
        Map<String, BoundingBox> copy = boxes(before, ".first-paint");
        String details = before.locator(".first-paint .detail-panel").innerText();
        String notices = before.locator(".first-paint .notices").innerText();

        Page after = visitor(width, height, true);
        after.navigate(url("/" + link));
        after.locator("#detail-panel h2").waitFor();
        assertThat(after.locator(".first-paint")).hasCount(0);
        Map<String, BoundingBox> app = boxes(after, "main.explorer");
        for (String part : PARTS) {
            BoundingBox expected = app.get(part);
            BoundingBox shown = copy.get(part);
            if (expected == null) {
                // Not shown by the app (notices while there are none, the tours beside a selection): nor by the copy.
                assertThat(shown).as(part).isNull();
                continue;
            }
            assertThat(shown).as(part).isNotNull();
            assertThat(shown.x).as("%s x", part).isCloseTo(expected.x, Offset.offset(1.0));
            assertThat(shown.y).as("%s y", part).isCloseTo(expected.y, Offset.offset(1.0));
            assertThat(shown.width).as("%s width", part).isCloseTo(expected.width, Offset.offset(1.0));
            assertThat(shown.height).as("%s height", part).isCloseTo(expected.height, Offset.offset(1.0));
        }
        assertThat(details).isEqualTo(after.locator("#detail-panel").innerText());
        assertThat(notices).isEqualTo(after.locator(".notices").first().innerText());
        String name = link.replaceAll("[^A-Za-z0-9]+", "-");
        before.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                "first-paint-" + name + "-" + width + "x" + height + ".png")));
    }

    @Test
    void theCopyIsInertHiddenFromScreenReadersAndNamesTheSelection() {
        Event event = pack().event("dolly-born").orElseThrow();
        Page before = visitor(1366, 768, false);
        before.navigate(url("/never-let-me-go?event=" + event.id()));

        assertThat(before.locator(".first-paint")).hasAttribute("inert", "");
        assertThat(before.locator(".first-paint")).hasAttribute("aria-hidden", "true");
        assertThat(before.locator(".first-paint .detail-panel h2")).hasText(event.title());
        assertThat(before.locator(".first-paint .detail-panel")).containsText(event.text());
        assertThat(before.locator(".first-paint .graph-key")).isVisible();
        assertThat(before.locator(".first-paint .timeline-section")).hasText("Drawing the timeline\u2026");
        assertThat(before.locator(".first-paint .graph-canvas")).hasText("Drawing the graph\u2026");
    }

    @Test
    void onlyTheExplorerIsWrittenAhead() {
        Page before = visitor(1366, 768, false);
        before.navigate(url("/never-let-me-go/table?event=dolly-born"));
        assertThat(before.locator(".first-paint")).hasCount(0);
        before.navigate(url("/never-let-me-go/present?tour=" + pack().tours().get(0).id()));
        assertThat(before.locator(".first-paint")).hasCount(0);
        // A class's page has a path that would read as a link to a book called "join".
        before.navigate(url("/join/ABCDEF"));
        assertThat(before.locator(".first-paint")).hasCount(0);
    }
}
