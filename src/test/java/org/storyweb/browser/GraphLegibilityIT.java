package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.components.network.Network;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Phase;

/**
 * The graph at the sizes the explorer gives it: no node's label meets another node's label or an edge's label, no
 * two edge labels meet, at any phase, and after fitting the labels are still large enough to read.
 */
class GraphLegibilityIT extends BrowserTest {

    /** The graph's size on a 1366x768 laptop, a 1920x1080 screen and a 390x844 phone. */
    private record Size(String name, int viewportWidth, int viewportHeight, int width, int height) {
    }

    private static final Size LAPTOP = new Size("laptop", 1366, 768, 820, 330);
    private static final Size DESKTOP = new Size("desktop", 1920, 1080, 1180, 470);
    private static final Size PHONE = new Size("phone", 390, 844, 370, 300);

    // Boxes in the page's pixels: nodes from vis-network, edge labels measured as drawn, level at each edge's middle.
    private static final String LABEL_BOXES = """
            ([edgeFont, face]) => {
              const c = document.querySelector('#graph').$connector;
              const network = c.network;
              const toPage = (left, top, right, bottom) => {
                const a = network.canvasToDOM({ x: left, y: top }), b = network.canvasToDOM({ x: right, y: bottom });
                return { left: a.x, top: a.y, right: b.x, bottom: b.y };
              };
              const nodes = c.nodes.getIds().map(id => {
                const box = network.getBoundingBox(id);
                return { name: id, ...toPage(box.left, box.top, box.right, box.bottom) };
              });
              const context = document.createElement('canvas').getContext('2d');
              const at = network.getPositions();
              const edges = c.edges.get().filter(e => e.label).map(e => {
                context.font = (network.getSelectedEdges().includes(e.id) ? 'bold ' : '') + edgeFont + 'px ' + face;
                const width = context.measureText(e.label).width;
                const x = (at[e.from].x + at[e.to].x) / 2, y = (at[e.from].y + at[e.to].y) / 2;
                return { name: e.id + ' "' + e.label + '"',
                  ...toPage(x - width / 2, y - edgeFont / 2, x + width / 2, y + edgeFont / 2) };
              });
              const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const overlaps = [];
              nodes.forEach((a, i) => [...nodes.slice(i + 1), ...edges].forEach(b => {
                if (meet(a, b)) overlaps.push(a.name + ' meets ' + b.name);
              }));
              edges.forEach((a, i) => edges.slice(i + 1).forEach(b => {
                if (meet(a, b)) overlaps.push(a.name + ' meets ' + b.name);
              }));
              return { overlaps, scale: network.getScale(), edges: c.edges.length };
            }""";

    /** A new page of this size, whose graph has the size it has in the one-screen explorer. */
    private void resize(Size size) {
        page.close();
        page = context.newPage();
        page.setViewportSize(size.viewportWidth(), size.viewportHeight());
        // Set before the graph draws, as the page's own layout would.
        page.addInitScript("""
                document.addEventListener('DOMContentLoaded', () => {
                  const style = document.createElement('style');
                  style.textContent = '#graph { width: %dpx !important; height: %dpx !important; flex: none !important;'
                    + ' max-width: none !important; box-sizing: border-box; }';
                  document.head.append(style);
                });""".formatted(size.width(), size.height()));
    }

    private void open(Size size, String location) {
        page.navigate(url("/never-let-me-go" + location));
        page.waitForFunction("() => document.querySelector('#graph')?.$connector?.nodes.length > 0");
        assertThat(page.locator("#graph").boundingBox().width).isEqualTo(size.width());
    }

    private Map<?, ?> boxes(int expectedEdges) {
        page.waitForFunction("n => document.querySelector('#graph').$connector.edges.length === n", expectedEdges);
        return (Map<?, ?>) page.evaluate(LABEL_BOXES, List.of(Network.EDGE_FONT_SIZE, "system-ui, sans-serif"));
    }

    private void graphScreenshot(String name) {
        page.locator("#graph").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void onALaptopNoLabelMeetsAnotherAtAnyPhaseAndAllAreReadable() {
        StoryGraph graph = StoryGraph.of(pack());
        resize(LAPTOP);
        for (Phase phase : pack().phases()) {
            open(LAPTOP, "?phase=" + phase.id());
            Map<?, ?> drawn = boxes(graph.atPhase(phase).edgeSet().size());

            assertThat((List<?>) drawn.get("overlaps")).as(phase.id()).isEmpty();
            double scale = ((Number) drawn.get("scale")).doubleValue();
            assertThat(scale * Network.NODE_FONT_SIZE).as("node labels in px, " + phase.id())
                    .isGreaterThanOrEqualTo(12);
            assertThat(scale * Network.EDGE_FONT_SIZE).as("edge labels in px, " + phase.id())
                    .isGreaterThanOrEqualTo(10);
        }
        graphScreenshot("graph-laptop-parting");
    }

    @Test
    void aSelectedRelationshipsBoldLabelMeetsNoOtherLabel() {
        resize(LAPTOP);
        open(LAPTOP, "?relationship=kathy-ruth&phase=cottages");
        page.waitForFunction("() => document.querySelector('#graph').$connector.network.getSelectedEdges().length > 0");

        Map<?, ?> drawn = boxes(StoryGraph.of(pack()).atPhase(pack().phase("cottages").orElseThrow()).edgeSet().size());

        assertThat((List<?>) drawn.get("overlaps")).isEmpty();
        graphScreenshot("graph-laptop-relationship-selected");
    }

    @Test
    void onAWideScreenAndOnAPhoneNoLabelMeetsAnotherAndEveryoneIsShown() {
        StoryGraph graph = StoryGraph.of(pack());
        Phase cottages = pack().phase("cottages").orElseThrow();
        for (Size size : List.of(DESKTOP, PHONE)) {
            resize(size);
            open(size, "?phase=" + cottages.id());
            Map<?, ?> drawn = boxes(graph.atPhase(cottages).edgeSet().size());

            assertThat((List<?>) drawn.get("overlaps")).as(size.name()).isEmpty();
            if (size == PHONE) {
                // A phone shows everyone, small (decision 015); two fingers zoom in.
                GraphBox.assertEveryoneInside(page, size.name());
            } else {
                assertThat(((Number) drawn.get("scale")).doubleValue() * Network.EDGE_FONT_SIZE).as(size.name())
                        .isGreaterThanOrEqualTo(9);
            }
            graphScreenshot("graph-" + size.name() + "-cottages");
        }
    }
}
