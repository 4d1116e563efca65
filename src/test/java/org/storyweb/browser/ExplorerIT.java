package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;

/** The explorer in a real browser: both components draw the pack, and selecting in one shows in the other. */
class ExplorerIT extends BrowserTest {

    private void openExplorer() {
        page.navigate(url("/never-let-me-go"));
        page.locator("#timeline .vis-item").first().waitFor();
        page.locator("#graph canvas").waitFor();
        page.waitForFunction("() => document.querySelector('#graph').$connector?.nodes.length > 0");
    }

    /**
     * Scrolls the timeline's rows, by its track names as a reader would, until this track is in view: titles are never
     * cut, so the story's many items stack high and push the later tracks down.
     */
    @Test
    void theTimelineShowsTheTracksAndTheEventsOfThePack() {
        openExplorer();

        List<String> trackNames = page.locator("#timeline .vis-labelset .vis-label").allInnerTexts();
        assertThat(trackNames).containsExactlyElementsOf(pack().tracks().stream().map(t -> t.title()).toList());
        List<String> loaded = strings(page.evaluate("() => document.querySelector('#timeline').$connector.items"
                + ".getIds().filter(id => !String(id).startsWith('background:'))"));
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(pack().events().stream().map(Event::id).toList());
        // vis-timeline draws only what is in view; the timeline opens on the first phase, so its events are drawn
        // with their titles.
        String first = pack().phases().getFirst().id();
        for (Event event : pack().events().stream().filter(e -> first.equals(e.phaseId())).toList()) {
            assertThat(page.locator("#timeline .storyweb-timeline-text[data-item-id='" + event.id() + "']"))
                    .hasText(event.title());
        }
        screenshot("explorer");
    }

    @Test
    void theGraphDrawsTheCharactersOfThePack() {
        openExplorer();

        List<String> nodeIds = strings(page.evaluate("() => document.querySelector('#graph').$connector.nodes.getIds()"));
        assertThat(nodeIds).contains("kathy", "ruth", "tommy");
        BoundingBox canvas = page.locator("#graph canvas").boundingBox();
        assertThat(canvas.width).isGreaterThan(300);
        assertThat(canvas.height).isGreaterThan(200);
        // Something is drawn: the canvas is not blank.
        Object inked = page.evaluate("""
                () => {
                  const c = document.querySelector('#graph canvas');
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0;
                  for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) n++; }
                  return n;
                }""");
        assertThat(((Number) inked).intValue()).isGreaterThan(1000);
    }

    @Test
    void clickingAnEventFillsTheDetailPanelAndHighlightsItsPeople() {
        openExplorer();
        Event event = pack().event("madame-gallery").orElseThrow();

        page.locator("#timeline .storyweb-timeline-text[data-item-id='madame-gallery']").click();

        assertThat(page.locator("#detail-title")).hasText(event.title());
        assertThat(page.locator("#detail-date")).hasText(event.date().label());
        assertThat(page.locator("#detail-panel")).containsText(event.text());
        List<String> links = event.sourceIds().stream().flatMap(id -> pack().source(id).orElseThrow().link().stream())
                .toList();
        assertThat(page.locator("#detail-panel .detail-sources a")).hasCount(links.size());
        assertThat(page.locator("#detail-panel .detail-sources li")).hasCount(event.sourceIds().size());
        assertThat(page.locator("#detail-panel .detail-sources a").first()).hasAttribute("href", links.getFirst());
        page.waitForFunction("() => document.querySelector('#graph').$connector.highlighted.size > 0");
        List<String> highlighted = strings(
                page.evaluate("() => [...document.querySelector('#graph').$connector.highlighted]"));
        assertThat(highlighted).containsExactlyInAnyOrderElementsOf(event.characterIds());
        screenshot("explorer-event-selected");
    }

    @Test
    void clickingACharacterInTheGraphHighlightsTheirEvents() {
        openExplorer();
        List<String> tommysEvents = pack().eventsOf("tommy").stream().map(Event::id).toList();

        Object position = page.evaluate("""
                () => {
                  const network = document.querySelector('#graph').$connector.network;
                  const p = network.canvasToDOM(network.getPositions(['tommy']).tommy);
                  return [p.x, p.y];
                }""");
        List<?> xy = (List<?>) position;
        page.locator("#graph canvas").click(new Locator.ClickOptions().setPosition(
                ((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()));

        assertThat(page.locator("#detail-title")).hasText("Tommy D.");
        // Every one of their events is marked, also those outside the window that vis-timeline does not draw.
        page.waitForFunction("n => document.querySelector('#timeline').$connector.items.get()"
                + ".filter(i => (i.className || '').includes('is-related')).length === n", tommysEvents.size());
        assertThat(strings(page.evaluate("() => document.querySelector('#timeline').$connector.items.get()"
                + ".filter(i => (i.className || '').includes('is-related')).map(i => i.id)")))
                .containsExactlyInAnyOrderElementsOf(tommysEvents);
        assertThat(page.locator("#timeline .vis-item.is-related .storyweb-timeline-text").first()).isVisible();
        screenshot("explorer-character-selected");
    }

    @Test
    void anApproximateDateReadsAsApproximateAndAnExactOneDoesNot() {
        openExplorer();
        // A story event of the first phase, which the timeline opens on.
        String first = pack().phases().getFirst().id();
        Event estimated = pack().events().stream()
                .filter(e -> first.equals(e.phaseId()) && e.date().isEstimate()).findFirst().orElseThrow();
        Event exact = pack().event("ishiguro-born").orElseThrow();

        page.locator("#timeline .storyweb-timeline-text[data-item-id='" + estimated.id() + "']").click();
        assertThat(page.locator("#detail-date")).hasText(estimated.date().label());
        assertThat(page.locator("#detail-panel .detail-date")).containsText("(approximate)");

        // An event outside the opening window, opened from a link, is brought into view and selected.
        page.navigate(url("/never-let-me-go?event=" + exact.id()));
        assertThat(page.locator("#detail-date")).hasText(exact.date().label());
        assertThat(page.locator("#timeline .vis-item.vis-selected .storyweb-timeline-text"))
                .hasAttribute("data-item-id", exact.id());
        assertThat(page.locator("#detail-panel .detail-date")).not().containsText("approximate");
    }

    @Test
    void keyboardUsersCanSelectAnEventAndAPerson() {
        openExplorer();
        Event event = pack().event("tommy-tantrum").orElseThrow();

        page.locator("#timeline .storyweb-timeline-text[data-item-id='" + event.id() + "']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#detail-title")).hasText(event.title());

        page.locator("#person-select input").focus();
        page.keyboard().type("Ruth");
        page.locator("vaadin-combo-box-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Ruth"))
                .first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#detail-title")).hasText("Ruth");
    }

    private static List<String> strings(Object jsArray) {
        return ((List<?>) jsArray).stream().map(String::valueOf).toList();
    }
}
