package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Tour;

/**
 * Present mode as a teacher uses it with a projector and a presenter's remote: its own dark stage in large type, the
 * keys that move through a tour or the phases, blanking, the key list, full screen and leaving.
 */
class PresentIT extends BrowserTest {

    private void open(String location) {
        page.setViewportSize(1920, 1080);
        page.navigate(url("/" + location));
        page.locator("main.present #timeline .vis-item").first().waitFor();
        page.waitForFunction("() => document.querySelector('#graph').$connector?.nodes.length > 0");
    }

    private void press(String key, String expectedStep) {
        page.keyboard().press(key);
        assertThat(page.locator("#present-step")).hasText(expectedStep);
    }

    @Test
    void theKeysOfARemoteAndAKeyboardWalkThroughATour() {
        open("never-let-me-go/present?tour=triangle&step=1");
        assertThat(page.locator("#present-step")).hasText("Step 1 of 8");
        assertThat(page.locator("#present-title")).hasText("Ruth and Kathy become friends");

        press("ArrowRight", "Step 2 of 8");
        page.waitForURL(url("/never-let-me-go/present?tour=triangle&step=2"));
        assertThat(page.locator("#timeline .vis-selected [data-item-id='ruth-tommy-back-together']")).isVisible();
        press("PageDown", "Step 3 of 8");
        press("Space", "Step 4 of 8");
        press("PageUp", "Step 3 of 8");
        press("ArrowLeft", "Step 2 of 8");
        press("End", "Step 8 of 8");
        assertThat(page.locator("#present-title")).hasText("Tommy asks for a new carer");
        press("ArrowRight", "Step 8 of 8");
        press("Home", "Step 1 of 8");
        page.waitForURL(url("/never-let-me-go/present?tour=triangle&step=1"));

        page.goBack();
        assertThat(page.locator("#present-step")).hasText("Step 8 of 8");
    }

    @Test
    void withoutATourTheKeysStepThroughThePhases() {
        open("never-let-me-go/present");
        assertThat(page.locator("#present-step")).hasText("Phase 1 of 7");

        press("ArrowRight", "Phase 2 of 7");
        page.waitForURL(url("/never-let-me-go/present?phase=hailsham-adolescence"));
        assertThat(page.locator("#present-title")).hasText("Growing up at Hailsham");
        press("End", "Phase 7 of 7");
    }

    @Test
    void blankingTheKeyListFullScreenAndLeaving() {
        open("never-let-me-go/present?tour=memory&step=2");

        page.keyboard().press("b");
        assertThat(page.locator("#present-blank")).isVisible();
        page.keyboard().press("b");
        assertThat(page.locator("#present-blank")).isHidden();
        page.keyboard().press(".");
        assertThat(page.locator("#present-blank")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#present-blank")).isHidden();
        assertThat(page.locator("main.present")).isVisible();

        page.keyboard().press("?");
        assertThat(page.locator("#present-help")).isVisible();
        assertThat(page.locator("#present-help")).containsText("Page Down");
        page.keyboard().press("Escape");
        assertThat(page.locator("#present-help")).isHidden();
        page.locator("#present-keys-button").click();
        assertThat(page.locator("#present-help")).isVisible();
        page.locator("#present-help vaadin-button").click();
        assertThat(page.locator("#present-help")).isHidden();

        page.keyboard().press("f");
        page.waitForFunction("() => document.fullscreenElement !== null");
        page.keyboard().press("f");
        page.waitForFunction("() => document.fullscreenElement === null");

        page.keyboard().press("Escape");
        page.waitForURL(url("/never-let-me-go?tour=memory&step=2"));
        assertThat(page.locator("main.explorer")).isVisible();
    }

    @Test
    void atProjectorSizeNoTextIsSmallerThan20Pixels() {
        open("never-let-me-go/present?tour=triangle&step=6");
        waitUntilSettled(page);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> small = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('main.present *')]
                  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                  .map(e => ({ text: e.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(e).fontSize) }))
                  .filter(e => e.size < 20)""");
        assertThat(small).isEmpty();
        assertThat(fontSize("#present-title")).isGreaterThanOrEqualTo(48);
        assertThat(fontSize("#present-text")).isGreaterThanOrEqualTo(28);
        double graphLabels = ((Number) page.evaluate(
                "() => document.querySelector('#graph').$connector.smallestLabelPx()")).doubleValue();
        assertThat(graphLabels).isGreaterThanOrEqualTo(20);
        screenshot("present-tour-step");
    }

    private double fontSize(String selector) {
        return ((Number) page.locator(selector).evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
                .doubleValue();
    }

    @Test
    void presentModeMeetsWcagAaaContrast() throws IOException {
        for (String location : List.of("never-let-me-go/present?tour=real-world&step=2",
                "never-let-me-go/present?relationship=kathy-ruth&phase=cottages")) {
            open(location);
            waitUntilSettled(page);
            List<Map<String, Object>> violations = axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                    "wcag2aaa");
            assertThat(violations).as(location).isEmpty();
        }
        page.keyboard().press("?");
        assertThat(page.locator("#present-help")).isVisible();
        assertThat(axeViolations("wcag2aaa")).as("the key list").isEmpty();
    }

    @Test
    void afterATourIsChosenFromTheListTheKeysStepAtOnce() {
        open("never-let-me-go/present");
        assertThat(page.locator("#present-step")).hasText("Phase 1 of 7");
        Tour triangle = pack().tour("triangle").orElseThrow();
        int steps = triangle.steps().size();

        // With a pointer, as a teacher at the projector would.
        page.locator("#tour-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(triangle.title())).click();
        assertThat(page.locator("#present-step")).hasText("Step 1 of " + steps);
        press("PageDown", "Step 2 of " + steps);
        press("Space", "Step 3 of " + steps);
        assertThat(page.locator("#tour-select")).not().hasAttribute("opened", "");
        press("ArrowRight", "Step 4 of " + steps);

        // A person chosen in the graph with a pointer: the arrows still step, they do not move in the graph.
        Map<?, ?> kathy = (Map<?, ?>) page.evaluate("""
                () => { const n = document.querySelector('#graph').$connector.network;
                  const r = document.querySelector('#graph').getBoundingClientRect();
                  const p = n.canvasToDOM(n.getPositions(['kathy']).kathy);
                  return { x: r.left + p.x, y: r.top + p.y }; }""");
        page.mouse().click(((Number) kathy.get("x")).doubleValue(), ((Number) kathy.get("y")).doubleValue());
        page.waitForURL(Pattern.compile(".*character=kathy.*"));
        // Back from the tour's last step shown, step 4.
        press("ArrowLeft", "Step 3 of " + steps);
    }

    @Test
    void aTourChosenWithTheKeyboardAloneStepsAtOnce() {
        open("never-let-me-go/present");
        Tour second = pack().tours().get(1);
        int steps = second.steps().size();

        // Tab to the list, as a keyboard user would.
        for (int presses = 0; presses < 12 && !(Boolean) page.evaluate(
                "() => document.activeElement?.closest('#tour-select') !== null"); presses++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("#tour-select")).hasAttribute("opened", "");
        // Down the list to the tour, by the item the keyboard is on.
        for (int presses = 0; presses < 8 && !second.title().equals(page.evaluate(
                "() => document.querySelector('vaadin-select-item[focused]')?.textContent.trim()")); presses++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator(".present-kicker")).hasText(second.title());
        assertThat(page.locator("#present-step")).hasText("Step 1 of " + steps);
        press("PageDown", "Step 2 of " + steps);
        press("ArrowRight", "Step 3 of " + steps);
        press("PageUp", "Step 2 of " + steps);
    }

    @Test
    void aTrackTallerThanTheTimelineKeepsItsNameInSight() {
        page.setViewportSize(1366, 768);
        page.navigate(url("/never-let-me-go/present?tour=triangle&step=1"));
        page.locator("main.present #timeline .vis-item").first().waitFor();
        Locator name = page.locator("main.present #timeline .vis-label.track-novel .vis-inner");
        assertThat(name).hasText(pack().tracks().getFirst().title());
        BoundingBox column = page.locator("main.present #timeline .vis-panel.vis-left").boundingBox();
        BoundingBox label = name.boundingBox();
        assertThat(label.y).as("the track's name is in the visible column, not scrolled above it")
                .isBetween(column.y - 1, column.y + column.height - label.height);
    }

    @Test
    void theJoinScreenClosesWithEscapeAndGivesWayWhenTheTeacherSteps() {
        open("never-let-me-go/present?tour=triangle&step=1");
        page.locator("#start-class").click();
        assertThat(page.locator("#class-join")).isVisible();

        page.keyboard().press("Escape");
        assertThat(page.locator("#class-join")).isHidden();
        assertThat(page.locator("main.present")).isVisible();
        assertThat(page).hasURL(url("/never-let-me-go/present?tour=triangle&step=1"));

        page.locator("#show-join").click();
        assertThat(page.locator("#class-join")).isVisible();
        press("PageDown", "Step 2 of 8");
        assertThat(page.locator("#class-join")).isHidden();
        assertThat(page.locator("#present-narration")).isVisible();
        page.locator("#end-class").click();
        assertThat(page.locator("#start-class")).isVisible();
    }

    // What of the narration a class could not see: parts off the screen, or scrolled out of the narration.
    private static final String NARRATION_CUT = """
            () => {
              const narration = document.querySelector('#present-narration');
              const frame = narration.getBoundingClientRect();
              const cut = [];
              if (narration.scrollHeight > narration.clientHeight + 1) {
                cut.push('the narration scrolls by ' + (narration.scrollHeight - narration.clientHeight));
              }
              if (document.documentElement.scrollHeight > innerHeight + 1) {
                cut.push('the page scrolls by ' + (document.documentElement.scrollHeight - innerHeight));
              }
              const parts = narration.querySelectorAll('#present-title, #present-text, #present-prompt, .present-sources');
              for (const part of parts) {
                const r = part.getBoundingClientRect();
                if (part.getClientRects().length > 0 && (r.top < Math.max(0, frame.top) - 1
                    || r.bottom > Math.min(innerHeight, frame.bottom) + 1 || r.right > innerWidth + 1)) {
                  cut.push((part.id || part.className) + ' at ' + Math.round(r.top) + '..' + Math.round(r.bottom));
                }
              }
              return cut;
            }""";

    @Test
    void everyStepOfEveryTourFitsCommonClassroomProjectors() {
        // Screenshots are taken of the longest step, by its text.
        Tour.Step longest = pack().tours().stream().flatMap(tour -> tour.steps().stream())
                .max(Comparator.comparingInt(step -> step.narration().length()
                        + (step.prompt() == null ? 0 : step.prompt().length())))
                .orElseThrow();
        for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}}) {
            page.setViewportSize(size[0], size[1]);
            for (Tour tour : pack().tours()) {
                page.navigate(url("/never-let-me-go/present?tour=" + tour.id() + "&step=1"));
                page.locator("main.present #timeline .vis-item").first().waitFor();
                for (int step = 1; step <= tour.steps().size(); step++) {
                    if (step > 1) {
                        page.keyboard().press("PageDown");
                    }
                    String where = tour.id() + " step " + step + " at " + size[0] + "x" + size[1];
                    assertThat(page.locator("#present-step")).hasText("Step " + step + " of " + tour.steps().size());
                    Tour.Step shown = tour.steps().get(step - 1);
                    assertThat(page.locator("#present-text")).hasText(shown.narration().strip());
                    try {
                        page.waitForFunction("() => (" + NARRATION_CUT + ")().length === 0", null,
                                new Page.WaitForFunctionOptions().setTimeout(5000));
                    } catch (PlaywrightException notYet) {
                        // The assertion below says what is cut.
                    }
                    assertThat((List<?>) page.evaluate(NARRATION_CUT)).as(where).isEmpty();
                    if (shown.prompt() != null) {
                        assertThat(page.locator("#present-prompt")).isVisible();
                    }
                    GraphBox.assertEveryoneInside(page, where);
                    if (shown == longest && size[0] <= 1280) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target",
                                "screenshots", "present-longest-step-" + size[0] + "x" + size[1] + ".png")));
                    }
                }
            }
        }
    }

    @Test
    void atTwiceTheZoomTheGraphIsStillAPictureOfEveryone() {
        // A 1920x1080 projector with the browser at 200 %.
        page.setViewportSize(960, 540);
        page.navigate(url("/never-let-me-go/present?tour=triangle&step=6"));
        page.locator("main.present #timeline .vis-item").first().waitFor();
        assertThat(page.locator("#present-step")).hasText("Step 6 of 8");
        Map<?, ?> graph = GraphBox.assertEveryoneInside(page, "960x540");
        assertThat(((Number) graph.get("height")).doubleValue()).as("the graph's height")
                .isGreaterThanOrEqualTo(540 / 4.0);
        screenshot("present-960x540");
    }

    @Test
    void theExplorersPresentButtonOpensPresentModeOnTheSameView() {
        page.setViewportSize(1920, 1080);
        page.navigate(url("/never-let-me-go?event=madame-gallery"));
        page.locator("#timeline [data-item-id]").first().waitFor();

        page.locator("#present-button").click();

        page.waitForURL(Pattern.compile(".*/never-let-me-go/present\\?event=madame-gallery.*"));
        assertThat(page.locator("#present-title")).hasText("Madame collects art for the Gallery");
    }
}
