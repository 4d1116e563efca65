package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.BoundingBox;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;

/** The graph through story time, the order of telling and the spoiler limit, in a real browser. */
class StoryTimeIT extends BrowserTest {

    private void open(String location) {
        page.navigate(url("/" + location));
        page.locator("#timeline .vis-item").first().waitFor();
        page.waitForFunction("() => document.querySelector('#graph').$connector?.nodes.length > 0");
    }

    /** Opens one of the folded sections below the first screen, which are built when opened. */
    private void openSection(String id) {
        page.locator("#" + id + " vaadin-details-summary").click();
    }

    private List<String> drawnEdges() {
        return ((List<?>) page.evaluate("() => document.querySelector('#graph').$connector.edges.getIds()"))
                .stream().map(String::valueOf).sorted().toList();
    }

    private List<String> expectedEdges(Phase phase) {
        return StoryGraph.of(pack()).atPhase(phase).edgeSet().stream().map(edge -> edge.id()).sorted().toList();
    }

    @Test
    void steppingThePhaseRedrawsTheEdgesAndKeepsTheNodesInPlace() {
        open("never-let-me-go");
        List<Phase> phases = pack().phases();
        assertThat(drawnEdges()).isEqualTo(expectedEdges(phases.get(0)));
        Object before = page.evaluate("() => document.querySelector('#graph').$connector.network.getPositions()");

        page.locator("#next-phase").click();
        page.waitForURL(Pattern.compile(".*phase=" + phases.get(1).id() + ".*"));
        page.waitForFunction("ids => { const e = document.querySelector('#graph').$connector.edges.getIds().sort();"
                + " return JSON.stringify(e) === JSON.stringify(ids); }", expectedEdges(phases.get(1)));

        Object after = page.evaluate("() => document.querySelector('#graph').$connector.network.getPositions()");
        assertThat(after).isEqualTo(before);
        openSection("analysis-section");
        assertThat(page.locator("#outsider")).not().isEmpty();
        screenshot("graph-" + phases.get(1).id());
    }

    @Test
    void newEdgesFadeInBrieflyUnlessTheReaderPrefersReducedMotion() {
        for (boolean reduce : new boolean[] {false, true}) {
            page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions().setReducedMotion(reduce
                    ? com.microsoft.playwright.options.ReducedMotion.REDUCE
                    : com.microsoft.playwright.options.ReducedMotion.NO_PREFERENCE));
            open("never-let-me-go");
            // Watch the fade of appearing edges on every frame while the phase changes.
            page.evaluate("() => { window.__minFade = 1; const c = document.querySelector('#graph').$connector;"
                    + " const watch = () => { window.__minFade = Math.min(window.__minFade, c.fade);"
                    + " requestAnimationFrame(watch); }; requestAnimationFrame(watch); }");
            page.locator("#next-phase").click();
            page.waitForURL(Pattern.compile(".*phase=.*"));
            // The next phase's edges are drawn, and their fade, if any, is over.
            page.waitForFunction("ids => { const c = document.querySelector('#graph').$connector;"
                    + " return JSON.stringify(c.edges.getIds().sort()) === JSON.stringify(ids) && c.fade === 1; }",
                    expectedEdges(pack().phases().get(1)));
            double minFade = ((Number) page.evaluate("() => window.__minFade")).doubleValue();
            if (reduce) {
                assertThat(minFade).as("no fade with reduced motion").isEqualTo(1.0);
            } else {
                assertThat(minFade).as("a fade without reduced motion").isLessThan(1.0);
            }
            assertThat(page.evaluate("() => document.querySelector('#graph').$connector.fade")).isEqualTo(1);
        }
    }

    @Test
    void draggingTheStoryMomentMovesTheGraphToALaterPhase() {
        open("never-let-me-go");
        // The timeline opens with a short animation: the marker is taken where it comes to rest.
        waitUntilSettled(page);
        BoundingBox marker = page.locator("#timeline .vis-custom-time.story-moment").boundingBox();

        page.mouse().move(marker.x + marker.width / 2, marker.y + 40);
        page.mouse().down();
        // To the right end of the timeline, which opens on the first phase: later phases lie beyond it.
        BoundingBox timeline = page.locator("#timeline .vis-center").boundingBox();
        page.mouse().move(timeline.x + timeline.width - 5, marker.y + 40,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        page.waitForURL(Pattern.compile(".*phase=.*"));
        String shownPhase = page.url().replaceAll(".*phase=([a-z-]+).*", "$1");
        Phase phase = pack().phase(shownPhase).orElseThrow();
        assertThat(phase.index()).isGreaterThan(0);
        assertThat(page.locator("#phase-select")).containsText(phase.title());
        page.waitForFunction("ids => { const e = document.querySelector('#graph').$connector.edges.getIds().sort();"
                + " return JSON.stringify(e) === JSON.stringify(ids); }", expectedEdges(phase));
        assertThat(page.locator("#timeline .vis-custom-time-marker")).containsText(phase.title());
    }

    @Test
    void clickingAnEdgeShowsTheRelationshipsHistoryAndItsEvents() {
        open("never-let-me-go?phase=cottages");
        Object position = page.evaluate("""
                () => {
                  const c = document.querySelector('#graph').$connector;
                  const edge = c.edges.get().find(e => e.id.startsWith('kathy-ruth@'));
                  const p = c.network.getPositions([edge.from, edge.to]);
                  const a = c.network.canvasToDOM(p[edge.from]), b = c.network.canvasToDOM(p[edge.to]);
                  return [(a.x * 2 + b.x) / 3, (a.y * 2 + b.y) / 3];
                }""");
        List<?> xy = (List<?>) position;
        page.locator("#graph canvas").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(
                ((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()));

        assertThat(page.locator("#detail-title")).hasText("Kathy H. and Ruth");
        assertThat(page.locator("#detail-panel .detail-states > li"))
                .hasCount(pack().relationship("kathy-ruth").orElseThrow().states().size());
        long shared = pack().events().stream().filter(e -> e.involves("kathy") && e.involves("ruth")).count();
        assertThat(shared).isPositive();
        page.waitForFunction("() => document.querySelectorAll('#timeline .vis-item.is-related').length > 0");
    }

    @Test
    void aSelectedRelationshipStandsOutNotByColourAlone() {
        open("never-let-me-go?relationship=kathy-ruth&phase=cottages");
        String edge = StoryGraph.of(pack()).history("kathy-ruth").stream()
                .filter(e -> e.holdsDuring(pack().phase("cottages").orElseThrow())).findFirst().orElseThrow().id();
        page.waitForFunction("id => document.querySelector('#graph').$connector.selection.edge === id", edge);

        Map<?, ?> drawn = (Map<?, ?>) page.evaluate("""
                id => {
                  const c = document.querySelector('#graph').$connector;
                  const e = c.edges.get(id);
                  const others = c.edges.get().filter(o => o.id !== id);
                  return {
                    selectedInNetwork: c.network.getSelectedEdges().includes(id),
                    width: e.width, baseWidth: e.baseWidth, halo: e.background.enabled, haloSize: e.background.size,
                    othersFaded: others.length > 0 && others.every(o => o.color.opacity < 0.5),
                    endBorders: [c.nodes.get(e.from).borderWidth, c.nodes.get(e.to).borderWidth],
                    othersNodesFaded: c.nodes.get().filter(n => n.id !== e.from && n.id !== e.to)
                        .every(n => n.opacity < 0.5)
                  };
                }""", edge);
        assertThat(drawn.get("selectedInNetwork")).as("vis-network draws it selected: bold label").isEqualTo(true);
        double width = ((Number) drawn.get("width")).doubleValue();
        double baseWidth = ((Number) drawn.get("baseWidth")).doubleValue();
        assertThat(width).as("much wider").isGreaterThanOrEqualTo(2 * baseWidth);
        assertThat(drawn.get("halo")).as("a dark halo").isEqualTo(true);
        assertThat(((Number) drawn.get("haloSize")).doubleValue()).isGreaterThan(width);
        assertThat(drawn.get("othersFaded")).isEqualTo(true);
        assertThat(drawn.get("endBorders")).isEqualTo(List.of(5, 5));
        assertThat(drawn.get("othersNodesFaded")).isEqualTo(true);
        page.locator("#graph").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "graph-relationship-selected.png")));

        // Choosing a person instead clears it.
        choosePerson(page.locator("body"), "Tommy D.");
        page.waitForFunction("() => document.querySelector('#graph').$connector.edges.get()"
                + ".every(e => !e.background?.enabled)");
    }

    @Test
    void theOrderSwitchPutsEventsInTheOrderOfTellingAndKeepsTheSelection() {
        Event event = pack().event("tommy-tantrum").orElseThrow();
        open("never-let-me-go?event=" + event.id());

        page.locator("#order-choice").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("By chapter")).click();
        page.waitForURL(Pattern.compile(".*order=telling.*"));
        page.locator("#timeline .vis-time-axis .vis-text.vis-minor",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Ch. 1")).first().waitFor();

        assertThat(page.locator("#detail-title")).hasText(event.title());
        // Left to right is now chapter order: compare two events told in different chapters.
        List<Event> told = pack().events().stream().filter(e -> e.toldInChapter().isPresent()).toList();
        Event early = told.stream().min(Comparator.comparing(e -> e.toldInChapter().get())).orElseThrow();
        Event late = told.stream().filter(e -> e.date().earliest().isBefore(early.date().earliest()))
                .max(Comparator.comparing(e -> e.toldInChapter().get())).orElseThrow();
        double earlyX = page.locator("#timeline .storyweb-timeline-text[data-item-id='" + early.id() + "']")
                .boundingBox().x;
        double lateX = page.locator("#timeline .storyweb-timeline-text[data-item-id='" + late.id() + "']")
                .boundingBox().x;
        assertThat(lateX).as("%s (ch. %s, happens first) is right of %s (ch. %s)", late.id(),
                late.toldInChapter().get(), early.id(), early.toldInChapter().get()).isGreaterThan(earlyX);
        assertThat(page.locator("#timeline .vis-item.vis-selected .storyweb-timeline-text"))
                .hasAttribute("data-item-id", event.id());
        screenshot("order-of-telling");
    }

    @Test
    void theAnachronyChartHasAPointPerStoryEventAndSelectsEverywhere() {
        open("never-let-me-go");
        assertThat(page.locator("#anachrony-chart")).hasCount(0);
        openSection("anachrony-section");
        List<Event> told = pack().events().stream().filter(e -> e.toldInChapter().isPresent()).toList();
        assertThat(page.locator("#anachrony-chart .scatter-point")).hasCount(told.size());
        // The only event told in chapter 21, so no other dot lies on top of it (chapter 22's late-1990s events share
        // one place).
        Event event = pack().event("madame-in-littlehampton").orElseThrow();

        page.locator("#anachrony-chart .scatter-point[data-point-id='" + event.id() + "']").click();

        page.waitForURL(Pattern.compile(".*event=" + event.id() + ".*"));
        assertThat(page.locator("#detail-title")).hasText(event.title());
        assertThat(page.locator("#phase-select")).containsText(pack().phase(event.phaseId()).orElseThrow().title());
        assertThat(page.locator("#anachrony-chart .scatter-point.is-selected"))
                .hasAttribute("data-point-id", event.id());
        page.locator("#anachrony").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "anachrony.png")));
    }

    @Test
    void aSpoilerLimitHidesLaterEventsPhasesAndAnalysis() {
        open("never-let-me-go?upto=9");

        List<String> loaded = ((List<?>) page.evaluate("() => document.querySelector('#timeline').$connector.items"
                + ".getIds().filter(id => !String(id).startsWith('background:'))")).stream().map(String::valueOf)
                .toList();
        assertThat(loaded).isNotEmpty().allSatisfy(id ->
                assertThat(pack().event(id).orElseThrow().isRevealedBy(9)).as(id).isTrue());
        assertThat(loaded).doesNotContain("tommy-completes", "ruth-completes", "visit-to-madame");
        assertThat(page.locator("#phase-select vaadin-select-list-box vaadin-select-item")).hasCount(
                (int) pack().phases().stream().filter(p -> p.firstChapter() <= 9).count());
        openSection("analysis-section");
        // The downloads obey the limit themselves, at addresses that work outside this page.
        assertThat(page.locator("#downloads a")).hasCount(5);
        assertThat(page.locator("#downloads a").first()).hasAttribute("href",
                "api/packs/never-let-me-go/graph.graphml?phase=hailsham-childhood&upto=9");
        // Growing up at Hailsham ends at chapter 9, so its reading shows; at chapter 8 it would wait.
        page.navigate(url("/never-let-me-go?phase=hailsham-adolescence&upto=8"));
        openSection("analysis-section");
        assertThat(page.locator("#outsider")).containsText("appears once you have read up to chapter");
        assertThat(page.locator("#analysis table")).hasCount(0);
        page.navigate(url("/never-let-me-go?phase=hailsham-adolescence&upto=9"));
        openSection("analysis-section");
        assertThat(page.locator("#outsider")).not().containsText("appears once");
        assertThat(page.locator("#analysis table")).hasCount(1);
        openSection("anachrony-section");
        assertThat(page.locator("#anachrony-chart .scatter-point")).hasCount((int) pack().events().stream()
                .filter(e -> e.toldInChapter().isPresent() && e.isRevealedBy(9)).count());
        screenshot("spoiler-limited");
    }

    @Test
    void everyControlIsReachableByKeyboard() {
        // A middle phase, so that both phase steps are enabled.
        open("never-let-me-go?phase=cottages");
        assertThat(tabTo(List.of("phase-select", "previous-phase", "next-phase", "order-choice", "filters",
                "present-button", "share-button", "whole-timeline", "analysis-section", "anachrony-section")))
                .isTrue();

        // The filters fold into a popover; Enter on their button opens it, and its fields come next.
        page.locator("#filters").focus();
        page.keyboard().press("Enter");
        assertThat(tabTo(List.of("spoiler-limit", "track-filter", "theme-filter"))).isTrue();
    }

    private boolean tabTo(List<String> wanted) {
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 300 && !reached.containsAll(wanted); i++) {
            page.keyboard().press("Tab");
            Object inside = page.evaluate("ids => ids.filter(id => document.activeElement?.closest('#' + id))",
                    wanted);
            ((List<?>) inside).forEach(id -> reached.add(String.valueOf(id)));
        }
        assertThat(reached).containsAll(wanted);
        return true;
    }
}
