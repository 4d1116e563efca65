package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
        page.waitForTimeout(500);

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
            page.waitForTimeout(500);
            List<Map<String, Object>> violations = axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                    "wcag2aaa");
            assertThat(violations).as(location).isEmpty();
        }
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
