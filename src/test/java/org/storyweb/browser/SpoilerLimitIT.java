package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The spoiler limit as a reader meets it in the browser: the explorer, present mode and a remembered limit show
 * nothing past the chapter read unless the reader asks, and choosing a part of the novel shows that part.
 */
class SpoilerLimitIT extends BrowserTest {

    private void openExplorer(String location, int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url(location));
        page.waitForFunction("() => document.querySelector('#graph')?.$connector?.nodes.length > 0");
    }

    private List<String> graphPeople() {
        return strings(page.evaluate("() => document.querySelector('#graph').$connector.nodes.getIds()"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    @Test
    void aReaderAtChapterNineMeetsNobodyAndNothingFromLaterChapters() {
        openExplorer("/never-let-me-go?character=tommy&upto=9", 1366, 768);

        assertThat(page.locator("#detail-panel #detail-title")).hasText("Tommy D.");
        assertThat(page.locator("#detail-panel")).containsText("He goes out with Ruth.");
        assertThat(page.locator("#detail-panel")).not().containsText("lover");
        assertThat(graphPeople()).contains("tommy", "ruth", "kathy").doesNotContain("chrissie", "rodney");
        assertThat(page.locator(".graph-key").first()).containsText("Students");
        assertThat(page.locator(".graph-key", new Page.LocatorOptions().setHasText("Veterans"))).hasCount(0);
        screenshot("spoilers-upto-9-tommy-1366x768");

        page.locator("body").press("/");
        page.keyboard().type("deferral");
        assertThat(page.locator(".search-summary")).containsText("\u201cdeferral\u201d");
        assertThat(page.locator("#search-results")).not().containsText("Chrissie");
        page.keyboard().press("Escape");

        page.setViewportSize(390, 844);
        page.locator("#detail-panel #detail-title").scrollIntoViewIfNeeded();
        screenshot("spoilers-upto-9-tommy-390x844");
        assertThat(page.locator("#detail-panel")).not().containsText("lover");
    }

    @Test
    void aLinkPastTheLimitSaysSoAndShowsItOnlyWhenAsked() {
        openExplorer("/never-let-me-go?event=to-the-cottages&upto=9", 1366, 768);

        assertThat(page.locator("#detail-panel #detail-title")).hasText("Beyond chapter 9");
        assertThat(page.locator("#detail-panel")).not().containsText("Eight students move to the Cottages");
        // The tab's title is on screen too.
        assertThat(page).hasTitle("Never Let Me Go \u2014 Storyweb");
        page.locator("#detail-panel button", new Page.LocatorOptions().setHasText("Show it anyway")).click();

        page.waitForURL(Pattern.compile("upto=10"));
        assertThat(page.locator("#detail-panel #detail-title")).hasText("Eight students move to the Cottages");
        assertThat(page).hasTitle("Eight students move to the Cottages \u2014 Never Let Me Go \u2014 Storyweb");
        page.waitForFunction("() => document.querySelector('#graph').$connector.nodes.getIds().includes('chrissie')");
    }

    @Test
    void presentModeAtChapterThreeNeverProjectsPastIt() {
        page.setViewportSize(1366, 768);
        page.navigate(url("/never-let-me-go/present?upto=3"));
        page.locator("main.present #timeline .vis-item").first().waitFor();
        page.waitForFunction("() => document.querySelector('#graph')?.$connector?.nodes.length > 0");
        assertThat(page.locator("#present-step")).hasText("Phase 1 of 7, read to chapter 3");
        for (int press = 0; press < 3; press++) {
            page.keyboard().press("PageDown");
        }
        // Only the first phase begins by chapter 3: the narration and the graph both stay on it.
        assertThat(page.locator("#present-step")).hasText("Phase 1 of 7, read to chapter 3");
        assertThat(page.locator("#present-title")).hasText("Hailsham childhood");
        assertThat(page).hasURL(Pattern.compile("present\\?upto=3$"));
        assertThat(graphPeople()).doesNotContain("chrissie", "rodney", "harry-c");
        screenshot("spoilers-present-upto-3-1366x768");
        page.setViewportSize(390, 844);
        screenshot("spoilers-present-upto-3-390x844");

        // A tour keeps the class's limit: a step told later is held back, with a deliberate way on.
        page.setViewportSize(1366, 768);
        page.navigate(url("/never-let-me-go/present?upto=3&tour=triangle&step=1"));
        page.locator("#present-step").waitFor();
        assertThat(page.locator("#present-step")).hasText("Step 1 of 8, read to chapter 3");
        assertThat(page.locator("#present-title")).hasText("Beyond chapter 3");
        assertThat(page.locator("#present-narration")).not().containsText("become friends");
        page.locator("#present-show-anyway").click();
        page.waitForURL(Pattern.compile("upto=4&tour=triangle&step=1"));
        assertThat(page.locator("#present-title")).hasText("Ruth and Kathy become friends");
        page.keyboard().press("PageDown");
        assertThat(page.locator("#present-step")).hasText("Step 2 of 8, read to chapter 4");
        assertThat(page.locator("#present-title")).hasText("Beyond chapter 4");
        assertThat(page).hasURL(Pattern.compile("upto=4&tour=triangle&step=2"));
        page.locator("#present-show-anyway").click();
        page.waitForURL(Pattern.compile("upto=9&tour=triangle&step=2"));
        assertThat(page.locator("#present-title")).hasText("Ruth and Tommy get back together");
    }

    @Test
    void theReadersOwnLimitIsRememberedForLinksWithoutOne() {
        openExplorer("/never-let-me-go", 1366, 768);
        page.locator("#filters").click();
        page.locator("#spoiler-limit").click();
        page.locator("vaadin-select-item:text-is('Chapter 9')").click();
        page.waitForURL(Pattern.compile("upto=9"));

        // A classmate's link, without a limit, opened later in the same browser.
        openExplorer("/never-let-me-go?character=chrissie", 1366, 768);
        assertThat(page.locator(".notices p", new Page.LocatorOptions().setHasText(
                "up to chapter 9, where you said you have read to")).first()).isVisible();
        assertThat(page.locator("#detail-panel #detail-title")).hasText("Beyond chapter 9");
        assertThat(page).hasURL(Pattern.compile("character=chrissie&upto=9"));
        assertThat(graphPeople()).doesNotContain("chrissie");

        // A link's own limit wins.
        openExplorer("/never-let-me-go?character=chrissie&upto=12", 1366, 768);
        assertThat(page.locator("#detail-panel #detail-title")).hasText("Chrissie");
        assertThat(page.locator(".notices p", new Page.LocatorOptions().setHasText("where you said you have read to")))
                .hasCount(0);
    }

    @Test
    void choosingAPartShowsItWithoutMovingTheBar() {
        openExplorer("/never-let-me-go", 1366, 768);
        BoundingBox barBefore = page.locator(".explorer-bar").boundingBox();
        BoundingBox buttonBefore = page.locator("#filters").boundingBox();
        page.locator("#filters").click();
        page.locator("#part-filter").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Part Two")).click();

        page.waitForURL(Pattern.compile("phase=cottages.*part=part-two"));
        assertThat(page.locator("#phase-select")).containsText("The Cottages");
        page.keyboard().press("Escape");
        // The timeline follows the graph to the part's years, where its events are.
        page.waitForFunction("() => { const t = document.querySelector('#timeline').$connector;"
                + " const w = t.timeline.getWindow();"
                + " return t.items.get().some(i => !String(i.id).startsWith('background:')"
                + " && new Date(i.start) >= w.start && new Date(i.start) <= w.end); }");
        assertThat(page.locator("#filters")).hasText("Filters: Part Two");
        BoundingBox barAfter = page.locator(".explorer-bar").boundingBox();
        BoundingBox buttonAfter = page.locator("#filters").boundingBox();
        assertThat(barAfter.height).isEqualTo(barBefore.height);
        assertThat(buttonAfter.width).isEqualTo(buttonBefore.width);
        assertThat(buttonAfter.y).isEqualTo(buttonBefore.y);
        screenshot("spoilers-part-two-1366x768");
    }
}
