package org.storyweb.components.chart;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.storyweb.browser.BrowserTest;

/** The scatter chart in a real browser: drawn as SVG, styled, and usable with a mouse and with the keyboard alone. */
class ScatterChartIT extends BrowserTest {

    private Locator point(String id) {
        return page.locator("#chart .scatter-point[data-point-id='" + id + "']");
    }

    private String focused() {
        return (String) page.evaluate("() => document.activeElement?.getAttribute('data-point-id') ?? null");
    }

    private void open() {
        page.navigate(url("/test/scatter-chart"));
        // The first page of a run may wait for the development server.
        point("late").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
    }

    @Test
    void theChartIsDrawnAsSvgAndScalesToItsContainer() {
        open();

        Object namespace = page.evaluate("() => document.querySelector('#chart .scatter-mark').namespaceURI");
        assertThat(namespace).isEqualTo("http://www.w3.org/2000/svg");
        BoundingBox mark = page.locator("#chart .scatter-point[data-point-id='early'] .scatter-mark").boundingBox();
        assertThat(mark.width).isGreaterThan(5);
        BoundingBox svg = page.locator("#chart svg").boundingBox();
        BoundingBox host = page.locator("#chart").boundingBox();
        assertThat(svg.width).isCloseTo(host.width, org.assertj.core.data.Offset.offset(1.0));
        assertThat(svg.height).isCloseTo(svg.width * 480 / 720, org.assertj.core.data.Offset.offset(2.0));
        // The drawing fills the SVG: chapter 6 of 0.5 to 6.5 is at 84 + 620 × 5.5 / 6 of 720 units.
        assertThat(page.locator("#chart svg").getAttribute("viewBox")).isEqualTo("0 0 720 480");
        BoundingBox late = page.locator("#chart .scatter-point[data-point-id='late'] .scatter-mark").boundingBox();
        assertThat(late.x + late.width / 2 - svg.x).isCloseTo(svg.width * (84 + 620 * 5.5 / 6) / 720,
                org.assertj.core.data.Offset.offset(2.0));
        // The stylesheet that comes with the component is applied.
        Object fill = page.evaluate(
                "() => getComputedStyle(document.querySelector('#chart .scatter-mark')).fill");
        assertThat(fill).isEqualTo("rgb(29, 78, 216)");
        assertThat(page.locator("#chart .scatter-band-label").allTextContents()).containsExactly("Part One",
                "Part Two", "Now");
        screenshot("scatter-chart");
    }

    @Test
    void onAPhoneTheChartKeepsItsTextReadableAndScrollsSideways() {
        page.setViewportSize(375, 700);
        open();

        BoundingBox host = page.locator("#chart").boundingBox();
        BoundingBox svg = page.locator("#chart svg").boundingBox();
        assertThat(host.width).isLessThanOrEqualTo(375);
        assertThat(svg.width).isGreaterThan(host.width);
        double tickHeight = page.locator("#chart .scatter-tick-label").first().boundingBox().height;
        assertThat(tickHeight).isGreaterThan(10);
        // The last point is reached by the keyboard even when it starts out of view.
        point("late").focus();
        assertThat(point("late")).isInViewport();
        screenshot("scatter-chart-phone");
    }

    @Test
    void tabAndTheArrowKeysMoveThroughThePointsInXOrder() {
        open();

        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("now");
        page.keyboard().press("Tab");
        assertThat(focused()).isEqualTo("early");
        page.keyboard().press("ArrowRight");
        assertThat(focused()).isEqualTo("close");
        page.keyboard().press("ArrowRight");
        assertThat(focused()).isEqualTo("middle");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertThat(focused()).isEqualTo("now");
        page.keyboard().press("ArrowLeft");
        assertThat(focused()).isEqualTo("now");
        page.keyboard().press("End");
        assertThat(focused()).isEqualTo("late");
        page.keyboard().press("Home");
        assertThat(focused()).isEqualTo("now");

        Object ring = page.evaluate("() => getComputedStyle(document.activeElement.querySelector('.scatter-focus-ring'))"
                + ".stroke");
        assertThat(ring).isEqualTo("rgb(11, 92, 213)");
    }

    @Test
    void enterAndSpaceSelectTheFocusedPointWhichKeepsTheFocus() {
        open();
        point("middle").focus();

        page.keyboard().press("Enter");

        assertThat(page.locator("#selected")).hasText("middle");
        assertThat(point("middle")).hasClass(java.util.regex.Pattern.compile("is-selected"));
        assertThat(page.locator("#chart .scatter-callout")).hasText("Middle");
        assertThat(focused()).isEqualTo("middle");
        screenshot("scatter-chart-focused");

        page.keyboard().press("ArrowRight");
        double scrolled = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
        page.keyboard().press(" ");

        assertThat(page.locator("#selected")).hasText("late");
        assertThat(point("late")).hasAttribute("aria-current", "true");
        assertThat(point("middle")).not().hasAttribute("aria-current", "true");
        assertThat(focused()).isEqualTo("late");
        assertThat(((Number) page.evaluate("() => window.scrollY")).doubleValue()).isEqualTo(scrolled);
    }

    @Test
    void clickingAPointOrTappingNearItSelectsIt() {
        open();

        point("early").locator(".scatter-mark").click();

        assertThat(page.locator("#selected")).hasText("early");
        assertThat(page.locator("#chart .scatter-point[data-point-id='early'] path.scatter-mark")).hasCount(1);

        // Beside the mark of "late", within its touch area.
        BoundingBox late = page.locator("#chart .scatter-point[data-point-id='late'] .scatter-mark").boundingBox();
        page.mouse().click(late.x + late.width / 2 - late.width * 1.2, late.y + late.height / 2);

        assertThat(page.locator("#selected")).hasText("late");
        screenshot("scatter-chart-selected");
    }
}
