package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import java.util.Map;

/**
 * What a reader sees of the graph in its box, in the app (the connector) and in the embed alike: which people and
 * which shown edge labels lie outside the box, in the page's pixels as vis-network draws them.
 */
final class GraphBox {

    private static final String OUTSIDE = """
            () => {
              const element = document.querySelector('#graph');
              const c = element?.$connector;
              const network = c?.network ?? window.storywebEmbed?.network;
              if (!network || Object.keys(network.getPositions()).length === 0) {
                return null;
              }
              const box = element.getBoundingClientRect();
              const outside = [];
              const check = (name, left, top, right, bottom) => {
                const a = network.canvasToDOM({ x: left, y: top }), z = network.canvasToDOM({ x: right, y: bottom });
                if (a.x < -1 || a.y < -1 || z.x > box.width + 1 || z.y > box.height + 1) {
                  outside.push(name + ' at ' + [a.x, a.y, z.x, z.y].map(Math.round).join(','));
                }
              };
              const at = network.getPositions();
              for (const id of Object.keys(at)) {
                const b = network.getBoundingBox(id);
                check(id, b.left, b.top, b.right, b.bottom);
              }
              const labels = c
                ? c.edges.get().filter(e => e.baseLabel && e.labelShown !== false)
                    .map(e => ({ ...e, text: e.baseLabel, size: c.theme().edgeFont }))
                : JSON.parse(document.getElementById('graph-view').textContent).edges.filter(e => e.label).map(e => ({ ...e, text: e.label, size: 15 }));
              const context = document.createElement('canvas').getContext('2d');
              for (const e of labels) {
                context.font = e.size + 'px system-ui, sans-serif';
                const half = context.measureText(e.text).width / 2 - 1;
                const x = (at[e.from].x + at[e.to].x) / 2, y = (at[e.from].y + at[e.to].y) / 2;
                check('"' + e.text + '"', x - half, y - e.size / 2 + 1, x + half, y + e.size / 2 - 1);
              }
              return { people: Object.keys(at).length, outside, width: box.width, height: box.height };
            }""";

    private GraphBox() {
    }

    /** What lies outside the graph's box now: {people, outside, width, height}, or null before it is drawn. */
    static Map<?, ?> measure(Page page) {
        return (Map<?, ?>) page.evaluate(OUTSIDE);
    }

    /** Waits until everyone and every shown label is inside the box (it refits after a resize), else fails. */
    static Map<?, ?> assertEveryoneInside(Page page, String what) {
        try {
            page.waitForFunction("() => { const m = (" + OUTSIDE + ")(); return m !== null && m.outside.length === 0; }",
                    null, new Page.WaitForFunctionOptions().setTimeout(5000));
        } catch (PlaywrightException notYet) {
            // The measurement below says what is cut off.
        }
        Map<?, ?> seen = measure(page);
        assertThat(seen).as(what + ": the graph is drawn").isNotNull();
        assertThat((List<?>) seen.get("outside")).as(what + ": outside the graph's box").isEmpty();
        assertThat(((Number) seen.get("people")).intValue()).as(what).isPositive();
        return seen;
    }
}
