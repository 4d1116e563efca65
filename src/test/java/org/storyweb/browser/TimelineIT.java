package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;
import org.storyweb.story.Track;

/** The timeline as a reader sees it: titles never cut, track colours from the pack, and an agenda on a phone. */
class TimelineIT extends BrowserTest {

    private static final String AGENDA = "#timeline .storyweb-timeline-agenda";
    private static final String ROWS = AGENDA + " [role=option]";

    // The titles whose line lies wholly inside the drawn rows and that start in the window; for each, whether a box
    // cuts it or its text overflows, and which of them overlap.
    private static final String TITLES_IN_VIEW = """
            () => {
              const center = document.querySelector('#timeline .vis-panel.vis-center');
              const panel = center.getBoundingClientRect();
              const titles = [...center.querySelectorAll('.vis-item [data-item-id]')]
                .map((title) => ({ title, box: title.getBoundingClientRect() }))
                .filter(({ box }) => box.width > 0 && box.top >= panel.top && box.bottom <= panel.bottom
                  && box.left >= panel.left && box.left < panel.right);
              const cut = [];
              for (const { title, box } of titles) {
                if (title.scrollWidth > title.clientWidth + 1) {
                  cut.push(title.textContent + ' overflows its box');
                  continue;
                }
                for (let el = title.parentElement; el; el = el.parentElement) {
                  if (getComputedStyle(el).overflowX !== 'visible') {
                    const r = el.getBoundingClientRect();
                    if (box.left < r.left - 1 || box.right > r.right + 1) {
                      cut.push(title.textContent + ' is cut by ' + el.className);
                      break;
                    }
                  }
                  if (el === center) break;
                }
              }
              const overlaps = [];
              titles.forEach(({ title: a, box: p }, i) => titles.slice(i + 1).forEach(({ title: b, box: q }) => {
                if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
                  overlaps.push(a.textContent + ' / ' + b.textContent);
                }
              }));
              return { shown: titles.length, cut, overlaps };
            }""";

    private Page phone() {
        return newVisitor(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true));
    }

    private void openAt(Page visitor, String location) {
        visitor.navigate(url("/" + location));
        visitor.locator("#timeline [data-item-id]").first().waitFor();
    }

    private static List<?> window(Page visitor) {
        return (List<?>) visitor.evaluate("() => { const w = document.querySelector('#timeline').$connector.timeline"
                + ".getWindow(); return [w.start.valueOf(), w.end.valueOf()]; }");
    }

    private static void save(Page visitor, String name) {
        visitor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void leavingTheExplorerLetsGoOfItsDrawings() {
        openAt(page, "never-let-me-go");
        page.waitForFunction("() => document.querySelector('#graph')?.$connector !== undefined");
        page.evaluate("() => { window.leftBehind = [document.querySelector('#timeline'),"
                + " document.querySelector('#graph')]; }");
        page.locator("#present-button").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/present.*"));
        // Their listeners on the window (printing, keys) and their canvases go with them.
        page.waitForFunction("() => window.leftBehind.every(e => !e.isConnected && e.$connector === undefined)");
        page.locator("main.present #timeline .vis-item").first().waitFor();
    }

    @Test
    void noTitleInTheOpeningViewIsCutOrCoveredAtALaptopsSize() {
        page.setViewportSize(1366, 768);
        openAt(page, "never-let-me-go");
        waitUntilSettled(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> titles = (Map<String, Object>) page.evaluate(TITLES_IN_VIEW);

        // The timeline opens on the first phase: its events, and the real world's around them.
        assertThat(((Number) titles.get("shown")).intValue()).as("titles in view").isGreaterThanOrEqualTo(5);
        assertThat((List<?>) titles.get("cut")).as("cut titles").isEmpty();
        assertThat((List<?>) titles.get("overlaps")).as("overlapping titles").isEmpty();
        save(page, "timeline-1366x768");
    }

    @Test
    void eachTrackIsMarkedInItsColourFromThePackAndApproximateDatesFadeAtTheirEnds() {
        openAt(page, "never-let-me-go");

        for (Track track : pack().tracks()) {
            Locator label = page.locator("#timeline .vis-label.track-" + track.id());
            assertThat(label.evaluate("e => getComputedStyle(e).getPropertyValue('--group-color').trim()"))
                    .as(track.id()).isEqualTo(track.color());
        }
        String first = pack().phases().getFirst().id();
        Event approximate = pack().events().stream().filter(e -> first.equals(e.phaseId()) && !e.date().isExactDay())
                .findFirst().orElseThrow();
        Locator item = page.locator("#timeline .vis-item.date-span").filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-item-id='" + approximate.id() + "']")));
        assertThat(item.evaluate("e => getComputedStyle(e).getPropertyValue('--group-color').trim()"))
                .isEqualTo(pack().tracks().getFirst().color());
        assertThat((String) item.evaluate("e => getComputedStyle(e).backgroundImage")).contains("linear-gradient");
        assertThat((String) item.evaluate("e => getComputedStyle(e).borderTopStyle")).isEqualTo("solid");
    }

    @Test
    void onAPhoneTheTimelineIsAnAgendaThatFitsTheWidthAndATapSelectsAnEvent() {
        Page phone = phone();
        openAt(phone, "never-let-me-go");
        Event event = pack().event("madame-gallery").orElseThrow();
        Track track = pack().tracks().stream().filter(t -> t.id().equals(event.trackId())).findFirst().orElseThrow();

        Locator rows = phone.locator(ROWS);
        assertThat(rows).hasCount(pack().events().size());
        // Only the agenda's titles are on the page: none of vis-timeline's.
        assertThat(phone.locator("#timeline .vis-timeline")).hasCount(0);
        assertThat(phone.locator("[data-item-id]")).hasCount(pack().events().size());
        Object sideways = phone.evaluate("() => { const a = document.querySelector('" + AGENDA + "');"
                + " return [a.scrollWidth - a.clientWidth, document.documentElement.scrollWidth - innerWidth]; }");
        assertThat(sideways).as("sideways overflow of the agenda and of the page").isEqualTo(List.of(0, 0));
        Locator row = rows.filter(new Locator.FilterOptions().setHas(
                phone.locator("[data-item-id='" + event.id() + "']")));
        assertThat(row).containsText(event.date().label());
        assertThat(row).containsText(track.title());

        phone.locator("#timeline [data-item-id='" + event.id() + "']").tap();

        assertThat(phone.locator("#detail-title")).hasText(event.title());
        assertThat(row).hasAttribute("aria-selected", "true");
        save(phone, "timeline-agenda-390x844");
    }

    @Test
    void onAPhoneAnEventOpenedFromALinkIsScrolledIntoTheListWithoutMovingThePage() {
        Page phone = phone();
        openAt(phone, "never-let-me-go?event=dolly-born");

        phone.waitForFunction("() => { const list = document.querySelector('" + AGENDA + "').getBoundingClientRect();"
                + " const row = document.querySelector('" + ROWS + "[aria-selected=true]');"
                + " const box = row?.getBoundingClientRect();"
                + " return box && box.top >= list.top && box.bottom <= list.bottom; }");
        assertThat(phone.locator(ROWS + "[aria-selected=true] [data-item-id]"))
                .hasAttribute("data-item-id", "dolly-born");
        assertThat(((Number) phone.evaluate("() => scrollY")).doubleValue()).isZero();
    }

    @Test
    void onAPhoneTheAgendaIsOneTabStopWhereArrowsMoveAndEnterSelects() {
        Page phone = phone();
        openAt(phone, "never-let-me-go");
        Locator rows = phone.locator(ROWS);
        assertThat(phone.locator(ROWS + "[tabindex='0']")).hasCount(1);

        boolean reached = false;
        for (int i = 0; i < 60 && !reached; i++) {
            phone.keyboard().press("Tab");
            reached = (Boolean) phone.evaluate("() => !!document.activeElement?.closest('" + AGENDA + "')");
        }
        assertThat(reached).as("Tab reaches the agenda").isTrue();
        phone.keyboard().press("ArrowDown");
        phone.keyboard().press("ArrowDown");
        phone.keyboard().press("Enter");

        String third = rows.nth(2).locator("[data-item-id]").textContent();
        assertThat(phone.locator("#detail-title")).hasText(third);
        assertThat(rows.nth(2)).hasAttribute("aria-selected", "true");
    }

    @Test
    void onAPhoneTheOrderOfTellingListsTheEventsByChapter() {
        Page phone = phone();
        openAt(phone, "never-let-me-go?order=telling");
        List<Event> told = pack().events().stream().filter(e -> e.toldInChapter().isPresent()).toList();

        assertThat(phone.locator(ROWS)).hasCount(told.size());
        List<Integer> chapters = phone.locator(AGENDA + " .storyweb-timeline-caption").allInnerTexts().stream()
                .map(caption -> Integer.valueOf(caption.replaceAll("^Ch\\. (\\d+).*", "$1"))).toList();
        assertThat(chapters).isSorted();
    }

    @Test
    void whenTheTimelineGrowsAgainItDrawsTheSameWindowAndTheSelectionMadeInTheAgenda() {
        page.setViewportSize(1366, 768);
        openAt(page, "never-let-me-go");
        waitUntilSettled(page);
        List<?> before = window(page);

        page.setViewportSize(390, 844);
        page.locator(ROWS).first().waitFor();
        page.locator("#timeline [data-item-id='madame-gallery']").click();
        assertThat(page.locator("#detail-title")).hasText(pack().event("madame-gallery").orElseThrow().title());
        page.setViewportSize(1366, 768);

        page.locator("#timeline .vis-item.vis-selected [data-item-id='madame-gallery']").waitFor();
        assertThat(page.locator(AGENDA)).hasCount(0);
        List<?> after = window(page);
        assertThat(((Number) after.get(0)).doubleValue()).isCloseTo(((Number) before.get(0)).doubleValue(),
                within(1000.0));
        assertThat(((Number) after.get(1)).doubleValue()).isCloseTo(((Number) before.get(1)).doubleValue(),
                within(1000.0));
    }
}
