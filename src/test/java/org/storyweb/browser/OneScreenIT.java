package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;
import org.storyweb.story.Event;

/**
 * The first screen is the product: at a laptop's and a projector's size the timeline, the graph and the details are
 * all on it without scrolling; on a phone nothing runs off sideways; a choice is shown without moving the reader, and
 * costs the browser only what changed.
 */
class OneScreenIT extends BrowserTest {

    private void open(String location, int width, int height) {
        page.setViewportSize(width, height);
        page.navigate(url("/" + location));
        page.locator("#timeline [data-item-id]").first().waitFor();
        page.waitForFunction("() => document.querySelector('#graph').$connector?.nodes.length > 0");
    }

    private BoundingBox box(String selector) {
        return page.locator(selector).boundingBox();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void theTimelineTheGraphAndTheDetailsAreAllOnTheFirstScreen(int width, int height) {
        open("never-let-me-go", width, height);

        for (String part : List.of("#timeline", "#graph", "#detail-panel", "#phase-select", "#next-phase",
                "#order-choice", "#filters", "#present-button", "#share-button")) {
            BoundingBox box = box(part);
            assertThat(box.y).as(part).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as("%s ends inside the %dx%d screen", part, width, height)
                    .isLessThanOrEqualTo(height);
            assertThat(box.x + box.width).as(part).isLessThanOrEqualTo(width);
        }
        assertThat(box("#graph").height).isGreaterThanOrEqualTo(300);
        assertThat(box("#timeline").height).isGreaterThanOrEqualTo(200);
        assertThat(page.locator("#detail-panel")).containsText(pack().work().title());
        screenshot("first-screen-" + width + "x" + height);
    }

    /** A title that shows at all on the opening screen shows whole: none is cut by the timeline's edges. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void noTitleOnTheOpeningScreenIsCutByTheTimelinesEdge(int width, int height) {
        open("never-let-me-go", width, height);
        waitUntilSettled(page);

        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
                () => {
                  const panel = document.querySelector('#timeline .vis-panel.vis-center').getBoundingClientRect();
                  return [...document.querySelectorAll('#timeline .vis-center [data-item-id]')]
                    .map(text => [text.textContent, text.getBoundingClientRect()])
                    .filter(([, box]) => box.width > 0 && box.right > panel.left && box.left < panel.right
                      && box.bottom > panel.top && box.top < panel.bottom)
                    .filter(([, box]) => box.left < panel.left - 1 || box.right > panel.right + 1)
                    .map(([title]) => title);
                }""");
        assertThat(cut).isEmpty();
    }

    @Test
    void choosingAnEventShowsItsDetailsBesideTheGraphWithoutScrolling() {
        open("never-let-me-go", 1366, 768);
        Event event = pack().event("madame-gallery").orElseThrow();

        page.locator("#timeline .storyweb-timeline-text[data-item-id='" + event.id() + "']").click();

        assertThat(page.locator("#detail-title")).hasText(event.title());
        BoundingBox title = box("#detail-title");
        assertThat(title.y + title.height).isLessThanOrEqualTo(768);
        assertThat(page.evaluate("() => window.scrollY")).isEqualTo(0);
        screenshot("first-screen-event-selected");
    }

    @Test
    void aLinkedEventIsInViewOnTheTimelineEvenInACrowdedPhase() {
        open("never-let-me-go?event=visit-to-madame&phase=caring-for-tommy", 1366, 768);

        page.waitForFunction("""
                () => {
                  const panel = document.querySelector('#timeline .vis-panel.vis-center').getBoundingClientRect();
                  const title = document.querySelector('#timeline .vis-selected [data-item-id="visit-to-madame"]');
                  if (!title) return false;
                  const box = title.getBoundingClientRect();
                  return box.top >= panel.top && box.bottom <= panel.bottom && box.left >= panel.left
                    && box.right <= panel.right;
                }""");
        screenshot("first-screen-linked-event");
    }

    @Test
    void onAPhoneNothingRunsOffSideways() {
        for (String location : List.of("never-let-me-go", "never-let-me-go?event=dolly-born",
                "never-let-me-go?relationship=kathy-ruth&phase=cottages")) {
            open(location, 390, 844);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(location).isLessThanOrEqualTo(0);
        }
        screenshot("phone-relationship");
    }

    @Test
    void onAPhoneEveryControlKeepsItsNameInRowsThatFitTheScreen() {
        open("never-let-me-go", 390, 844);

        double phaseRow = box("#phase-select").y;
        assertThat(box("#next-phase").y).isCloseTo(phaseRow, Offset.offset(6.0));
        double orderRow = box("#order-choice").y;
        assertThat(orderRow).isGreaterThan(phaseRow);
        assertThat(box("#filters").y).isCloseTo(orderRow, Offset.offset(6.0));
        assertThat(page.locator("#order-choice > span[slot='prefix']")).isVisible();
        assertThat(page.locator("#order-choice > span[slot='prefix']")).hasText("Order:");
        double actionsRow = box("#present-button").y;
        assertThat(actionsRow).isGreaterThan(orderRow);
        for (String control : List.of("#order-choice", "#filters", "#present-button", "#share-button",
                "#about-button")) {
            assertThat(page.locator(control)).isVisible();
            assertThat(box(control).x + box(control).width).as(control).isLessThanOrEqualTo(390);
        }
        for (String control : List.of("#share-button", "#about-button")) {
            assertThat(box(control).y).as(control).isCloseTo(actionsRow, Offset.offset(6.0));
        }
    }

    @Test
    void onALaptopAtTwiceTheZoomTheTrackNamesLeaveTheTimelineItsWidth() {
        // A 1536x864 laptop at 200 % zoom lays the page out at 768x432.
        open("never-let-me-go?event=pencil-case", 768, 432);

        double names = box("#timeline .vis-panel.vis-left").width;
        double timeline = box("#timeline").width;
        assertThat(names / timeline).as("share of the timeline's width taken by the track names").isLessThan(0.22);
        assertThat(page.locator("#timeline .vis-labelset .vis-label").first()).containsText(
                pack().tracks().getFirst().title());
    }

    @Test
    void aSelectedRelationshipIsSelectedInTheGraph() {
        open("never-let-me-go?relationship=kathy-ruth&phase=cottages", 1366, 768);

        page.waitForFunction("() => document.querySelector('#graph').$connector.network.getSelectedEdges()"
                + ".some(id => id.startsWith('kathy-ruth@'))");
        assertThat(page.locator("#detail-title")).hasText("Kathy H. and Ruth");
    }

    /** The server's answer to a choice carries the change, not the whole view again. */
    @Test
    void aSelectionSendsTheSelectionNotTheTimelineAgain() {
        open("never-let-me-go", 1366, 768);
        waitUntilSettled(page);
        List<Double> sizes = new java.util.ArrayList<>();
        for (String id : List.of("madame-gallery", "tommy-tantrum", "pencil-case")) {
            if (page.locator("#timeline [data-item-id='" + id + "']").count() == 0) {
                continue;
            }
            page.evaluate("() => performance.clearResourceTimings()");
            page.locator("#timeline [data-item-id='" + id + "']").first().click();
            page.waitForURL(Pattern.compile(".*event=" + id + ".*"));
            waitUntilSettled(page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> answers = (List<Map<String, Object>>) page.evaluate("""
                    () => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
                      .map(e => ({ size: e.decodedBodySize }))""");
            answers.forEach(answer -> sizes.add(((Number) answer.get("size")).doubleValue()));
        }
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(8 * 1024));
    }
}
