package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;
import org.storyweb.story.Track;

/**
 * A student exploring alone, with a keyboard or a screen reader: the search, the timeline's one Tab stop and its
 * arrow keys, the lists beside the graph, the tables that show what the picture shows, the live region, and print.
 */
class SelfGuidedIT extends BrowserTest {

    private static final String FOCUSED_ITEM = "() => document.activeElement?.dataset?.itemId ?? null";

    private void open(String location) {
        page.navigate(url(location));
        page.locator("#timeline [data-item-id]").first().waitFor();
        page.waitForFunction("() => document.querySelector('#graph')?.$connector?.nodes.length > 0");
    }

    private void openTable(String location) {
        page.navigate(url(location));
        page.locator(".text-table tbody tr").first().waitFor();
    }

    private Locator announcer() {
        return page.locator("#announcer");
    }

    @Test
    void searchFindsAnEventByAWordOfItsTextAndSelectsIt() {
        open("/never-let-me-go");
        Event dolly = pack().event("dolly-born").orElseThrow();
        // "mammary" is in the event's text, not its title.
        assertThat(dolly.text()).contains("mammary");
        assertThat(dolly.title()).doesNotContain("mammary");

        page.locator("body").press("/");
        assertThat(page.locator("#search input")).isFocused();
        page.keyboard().type("mammary");
        assertThat(page.locator(".search-summary")).containsText("\u201cmammary\u201d");
        Locator result = page.locator("#search-results button[data-choose='event:dolly-born']");
        assertThat(result).hasText(dolly.title());
        assertThat(page.locator("#search-results h2").first()).hasText(Pattern.compile("^Events"));
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#search-results button.search-result").first()).isFocused();
        for (int i = 0; i < 5 && !(Boolean) result.evaluate("b => b === document.activeElement"); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(result).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("event=dolly-born"));
        assertThat(page.locator("#detail-title")).hasText(dolly.title());
        assertThat(page.locator("#search-results")).isHidden();
        page.waitForFunction("() => document.querySelector('#timeline').$connector.selection.includes('dolly-born')");
        assertThat(announcer()).hasText("Selected event: " + dolly.title() + ", " + dolly.date().label() + ".");
    }

    @Test
    void searchGroupsResultsByKindAndFindsPeopleQuotesAndGlossaryWords() {
        open("/never-let-me-go");
        page.locator("#search input").fill("carer");

        assertThat(page.locator("#search-results h2")).containsText(new String[] {"Events", "People", "Glossary"});
        page.keyboard().press("Escape");
        assertThat(page.locator("#search-results")).isHidden();
    }

    @Test
    void fromTheTimelineOneTabLeavesIt() {
        open("/never-let-me-go");
        assertThat(page.locator("#timeline [data-item-id][tabindex='0']")).hasCount(1);

        page.locator("#timeline-table").focus();
        page.keyboard().press("Tab");
        assertThat(page.evaluate(FOCUSED_ITEM)).isNotNull();
        page.keyboard().press("Tab");

        assertThat(page.evaluate("() => document.querySelector('#timeline').contains(document.activeElement)"))
                .isEqualTo(false);
        page.keyboard().press("Shift+Tab");
        assertThat(page.evaluate(FOCUSED_ITEM)).isNotNull();
        screenshot("timeline-item-focused-from-the-keyboard");
    }

    @Test
    void arrowKeysMoveBetweenEventsAndEnterSelects() {
        open("/never-let-me-go");
        page.locator("#timeline [data-item-id][tabindex='0']").focus();
        String first = (String) page.evaluate(FOCUSED_ITEM);
        List<Event> track = pack().events().stream()
                .filter(e -> e.trackId().equals(pack().event(first).orElseThrow().trackId())).toList();
        int index = track.indexOf(pack().event(first).orElseThrow());

        page.keyboard().press("ArrowRight");
        page.waitForFunction("id => document.activeElement?.dataset?.itemId === id", track.get(index + 1).id());
        page.keyboard().press("ArrowLeft");
        page.waitForFunction("id => document.activeElement?.dataset?.itemId === id", first);
        page.keyboard().press("ArrowDown");
        page.waitForFunction("id => document.activeElement?.dataset?.itemId !== id", first);
        String below = (String) page.evaluate(FOCUSED_ITEM);
        assertThat(pack().event(below).orElseThrow().trackId()).isNotEqualTo(track.getFirst().trackId());
        page.keyboard().press("Home");
        page.waitForFunction("id => document.activeElement?.dataset?.itemId === id", pack().events().getFirst().id());
        page.keyboard().press("ArrowRight");
        page.waitForFunction("id => document.activeElement?.dataset?.itemId !== id", pack().events().getFirst().id());
        String chosen = (String) page.evaluate(FOCUSED_ITEM);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("event=" + chosen));
        assertThat(page.locator("#detail-title")).hasText(pack().event(chosen).orElseThrow().title());
        assertThat(announcer()).containsText("Selected event: " + pack().event(chosen).orElseThrow().title());
        assertThat(page.evaluate(FOCUSED_ITEM)).isEqualTo(chosen);
    }

    @Test
    void upAndDownMoveToTheNearestEventOfTheNextTrackAndKeepItInViewBesideItsTrackName() {
        open("/never-let-me-go?event=pencil-case");
        page.locator("#timeline [data-item-id='pencil-case']").focus();
        List<String> tracks = pack().tracks().stream().map(Track::id).toList();
        String novel = pack().event("pencil-case").orElseThrow().trackId();
        int row = tracks.indexOf(novel);

        for (String key : List.of("ArrowDown", "ArrowDown", "ArrowUp")) {
            String before = (String) page.evaluate(FOCUSED_ITEM);
            page.keyboard().press(key);
            page.waitForFunction("id => document.activeElement?.dataset?.itemId && "
                    + "document.activeElement.dataset.itemId !== id", before);
            row += key.equals("ArrowDown") ? 1 : -1;
            String focused = (String) page.evaluate(FOCUSED_ITEM);
            assertThat(pack().event(focused).orElseThrow().trackId()).as("after " + key).isEqualTo(tracks.get(row));
            // The reader sees the focused event, with its focus ring, inside the timeline's rows...
            assertThat((Boolean) page.evaluate("""
                    () => { const title = document.activeElement, panel = title.closest('.vis-panel.vis-center');
                      const box = title.getBoundingClientRect(), shown = panel.getBoundingClientRect();
                      return box.top >= shown.top && box.bottom <= shown.bottom && box.left < shown.right
                        && box.right > shown.left && getComputedStyle(title).outlineStyle !== 'none'; }"""))
                    .as(focused + " in view with a focus ring").isTrue();
            // ...and every track's name still beside its own row.
            assertThat(page.evaluate("""
                    () => { const labels = [...document.querySelectorAll('#timeline .vis-labelset .vis-label')];
                      const rows = [...document.querySelectorAll('#timeline .vis-foreground .vis-group')];
                      return labels.map((label, i) => Math.round(label.getBoundingClientRect().top
                        - rows[i].getBoundingClientRect().top)).filter(gap => gap !== 0).length; }"""))
                    .as("track names out of line with their rows after " + key).isEqualTo(0);
        }
    }

    @Test
    void theDetailsLeadToTheEventsBeforeAndAfterAndTheLiveRegionAnnouncesAPhaseChange() {
        open("/never-let-me-go?event=exchanges");
        List<Event> story = pack().events().stream().filter(e -> e.trackId().equals("novel")).toList();
        Event next = story.get(story.indexOf(pack().event("exchanges").orElseThrow()) + 1);

        page.locator("#detail-panel li", new Page.LocatorOptions().setHasText("After, on this track"))
                .locator("button").click();
        assertThat(page).hasURL(Pattern.compile("event=" + next.id()));
        assertThat(page.locator("#detail-title")).hasText(next.title());
        assertThat(page.locator("#detail-panel h3", new Page.LocatorOptions().setHasText("Also in")))
                .isVisible();

        page.locator("#next-phase").click();
        assertThat(announcer()).hasText("The graph now shows " + pack().phases().get(1).title() + ".");
    }

    @Test
    void theZoomButtonsAndKeysZoomTheTimeline() {
        open("/never-let-me-go?window=1970..1990");
        page.locator("#zoom-in").click();
        assertThat(page).hasURL(Pattern.compile("window=197[4-6]"));
        page.locator("#timeline [data-item-id][tabindex='0']").focus();
        page.keyboard().press("-");
        assertThat(page).hasURL(Pattern.compile("window=19(69|70|71)"));
    }

    @Test
    void theFocusedGraphMovesBetweenPeopleWithTheArrowsAndEnterSelects() {
        open("/never-let-me-go?character=ruth");
        page.locator("#timeline [data-item-id][tabindex='0']").focus();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.querySelector('#graph').contains(document.activeElement)"))
                .isEqualTo(true);

        page.keyboard().press("ArrowUp");
        assertThat(page.evaluate("() => document.querySelector('#graph').$connector.cursor")).isEqualTo("ruth");
        assertThat(page.locator("#graph")).hasAttribute("aria-label", Pattern.compile("^Ruth\\. "));
        page.keyboard().press("ArrowUp");
        String moved = (String) page.evaluate("() => document.querySelector('#graph').$connector.cursor");
        assertThat(moved).isNotEqualTo("ruth");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("character=" + moved));
        assertThat(page.locator("#detail-title")).hasText(pack().character(moved).orElseThrow().name());
    }

    @Test
    void theGraphCanBeOperatedByKeyboard() {
        open("/never-let-me-go?phase=cottages");
        page.locator("#relationship-select input").focus();
        page.keyboard().type("Tommy D");
        page.locator("vaadin-combo-box-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("relationship="));
        assertThat(page.locator("#detail-title")).containsText("Tommy D.");
        assertThat(announcer()).containsText("Selected relationship:");
        page.waitForFunction("() => document.querySelector('#graph').$connector.selection.edge != null");

        page.locator("#person-select input").focus();
        page.keyboard().type("Ruth");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Ruth")).first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("character=ruth"));
        assertThat(announcer()).hasText("Selected person: Ruth.");
    }

    @Test
    void theTableAndThePictureShowTheSameEventsUnderAFilterAndASpoilerLimit() {
        String view = "?tracks=novel,science&people=ruth,dolly-the-sheep&upto=9";
        open("/never-let-me-go" + view);
        Set<String> drawn = new TreeSet<>(strings(page.evaluate("() => document.querySelector('#timeline')"
                + ".$connector.items.getIds().filter(id => !String(id).startsWith('background:'))")));

        page.navigate(url("/never-let-me-go/table" + view));
        page.locator("#event-table tbody tr").first().waitFor();
        Set<String> listed = new TreeSet<>(strings(page.locator("#event-table tbody tr")
                .evaluateAll("rows => rows.map(r => r.dataset.id)")));

        assertThat(listed).isNotEmpty().isEqualTo(drawn);
        assertThat(listed).allSatisfy(id -> assertThat(pack().event(id).orElseThrow().isRevealedBy(9)).isTrue());
        screenshot("table-of-events");
    }

    @Test
    void theFiltersByPartAndByPersonGoIntoTheLinkAndTheTimeline() {
        open("/never-let-me-go");
        page.locator("#filters").click();
        page.locator("#part-filter").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Part Two")).click();
        assertThat(page).hasURL(Pattern.compile("part=part-two"));

        page.locator("#people-filter input").fill("Tommy");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Tommy D.")).click();
        assertThat(page).hasURL(Pattern.compile("people=tommy&part=part-two"));
        page.waitForFunction("() => document.querySelector('#timeline').$connector.items.getIds()"
                + ".filter(id => !String(id).startsWith('background:')).length > 0");
        List<String> drawn = strings(page.evaluate("() => document.querySelector('#timeline').$connector.items"
                + ".getIds().filter(id => !String(id).startsWith('background:'))"));
        assertThat(drawn).allSatisfy(id -> {
            Event event = pack().event(id).orElseThrow();
            assertThat(event.involves("tommy")).isTrue();
            assertThat(event.toldInChapter()).hasValueSatisfying(chapter -> assertThat(chapter).isBetween(10, 17));
        });
        assertThat(page.locator("#filters")).hasAttribute("title", Pattern.compile("Tommy D."));
    }

    @Test
    void theRelationshipTableShowsTheTiesTheGraphDraws() {
        String view = "?phase=cottages&upto=12";
        open("/never-let-me-go" + view);
        page.waitForFunction("() => document.querySelector('#graph').$connector?.edges.length > 0");
        Set<String> drawn = new TreeSet<>(strings(page.evaluate(
                "() => document.querySelector('#graph').$connector.edges.getIds().map(id => id.split('@')[0])")));

        page.navigate(url("/never-let-me-go/relationships" + view));
        page.locator("#relationship-table tbody tr").first().waitFor();
        Set<String> listed = new TreeSet<>(strings(page.locator("#relationship-table tbody tr")
                .evaluateAll("rows => rows.map(r => r.dataset.id)")));

        assertThat(listed).isNotEmpty().isEqualTo(drawn);
        assertThat(page.locator("#relationship-table caption")).containsText("during");
        screenshot("table-of-relationships");
    }

    @Test
    void selectingInATableSelectsInThePictureAndBack() {
        openTable("/never-let-me-go/table?phase=cottages");
        Locator row = page.locator("#event-table tr[data-id='dolly-born']");
        row.locator("button").click();

        assertThat(page).hasURL(Pattern.compile("/never-let-me-go/table\\?event=dolly-born"));
        assertThat(row).hasAttribute("aria-current", "true");
        assertThat(page.locator("#detail-title")).hasText(pack().event("dolly-born").orElseThrow().title());

        page.locator("#view-picture").click();
        assertThat(page).hasURL(Pattern.compile("/never-let-me-go\\?event=dolly-born"));
        page.waitForFunction("() => document.querySelector('#timeline')?.$connector?.selection.includes('dolly-born')");

        // And back: a person chosen in the picture marks their rows in the table.
        choosePerson(page.locator("body"), "Ruth");
        page.locator("#graph-table").click();
        assertThat(page).hasURL(Pattern.compile("/never-let-me-go/relationships\\?character=ruth"));
        assertThat(page.locator("#relationship-table tr[aria-current='true']").first()).isVisible();
        assertThat(page.locator("#relationship-table tr[aria-current='true']").first())
                .hasAttribute("data-people", Pattern.compile("\\bruth\\b"));
    }

    @Test
    void sortingTheTableByChapterIsTheOrderOfTelling() {
        openTable("/never-let-me-go/table");
        page.locator("#event-table button[data-choose='sort:chapter']").click();

        assertThat(page).hasURL(Pattern.compile("order=telling"));
        assertThat(page.locator("#event-table th[aria-sort='ascending']")).containsText("Chapter");
        List<String> chapters = page.locator("#event-table tbody tr td:nth-child(4)").allInnerTexts();
        assertThat(chapters).isSortedAccordingTo(java.util.Comparator.comparingInt(Integer::parseInt));
    }

    @Test
    void theAboutPageListsEverySourceWithItsAddress() {
        page.navigate(url("/never-let-me-go/about"));
        page.locator(".about-body").waitFor();

        assertThat(page.locator(".about-sources li")).hasCount(pack().sources().size());
        assertThat(page.locator(".about-body h3")).containsText(new String[] {"What the timeline covers",
                "How dates are shown", "Sources", "How to cite"});
        assertThat(page.locator(".about-link")).hasText(url("/never-let-me-go"));
    }

    @Test
    void theSkipLinkLeadsPastTheControls() {
        open("/never-let-me-go");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement?.id === 'content'");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.querySelector('#content').contains(document.activeElement)"))
                .isEqualTo(true);
    }

    @Test
    void thePrintStylesheetHidesTheControlsAndPrintsTheLink() {
        open("/never-let-me-go?event=dolly-born");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        for (String control : List.of("#search", "#phase-select", "#filters", "#share-button", "#zoom-in",
                "#person-select", ".skip-link")) {
            assertThat(page.locator(control)).isHidden();
        }
        assertThat(page.locator("#detail-title")).isVisible();
        assertThat(page.locator(".detail-sources a").first()).isVisible();
        assertThat(page.locator(".print-link")).hasText(url("/never-let-me-go?event=dolly-born"));
        assertThat(page.locator(".print-view-link").first()).hasText(url("/never-let-me-go/table?event=dolly-born"));
        // What the pictures show, in words, under them: made as the browser prepares to print, dropped after.
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        Locator events = page.locator(".print-copy .storyweb-timeline-row");
        assertThat(events).hasCount(pack().events().size());
        assertThat(page.locator(".print-copy").first()).containsText("Dolly");
        // Nothing redraws while a page prints: the timeline's picture keeps its screen layout, shrunk to the paper.
        com.microsoft.playwright.options.BoundingBox picture = page.locator(".timeline-section > .storyweb-timeline")
                .boundingBox();
        com.microsoft.playwright.options.BoundingBox drawn = page.locator(".timeline-section .vis-timeline")
                .boundingBox();
        assertThat(drawn.width).as("the drawing's width on A4 paper").isLessThanOrEqualTo(701.0);
        assertThat(drawn.x + drawn.width).as("the drawing's right edge").isLessThanOrEqualTo(picture.x + picture.width
                + 1);
        assertThat(page.locator(".print-copy li").first()).isVisible();
        assertThat(page.locator(".print-copy li", new Page.LocatorOptions().setHasText("Kathy H. and Ruth")))
                .hasCount(1);
        String background = (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(background).isIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
        screenshot("print-explorer");
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        assertThat(page.locator(".print-copy")).hasCount(0);
        // Chromium fires both events around a PDF too, so the PDF has the copies.
        page.pdf(new Page.PdfOptions().setPath(java.nio.file.Path.of("target", "screenshots", "print.pdf")));

        page.navigate(url("/never-let-me-go/table?upto=9"));
        page.locator("#event-table").waitFor();
        assertThat(page.locator(".view-switch")).isHidden();
        assertThat(page.locator("#event-table")).isVisible();
        screenshot("print-table");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
