package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Graph:" flag on the timeline is read whole: never under the zoom buttons, never cut at the window's edge. */
class TimelineMarkerIT extends BrowserTest {

    private static final String FLAG_HIDDEN = """
            () => {
              const flag = document.querySelector('#timeline .vis-custom-time.story-moment .vis-custom-time-marker');
              const panel = document.querySelector('#timeline .vis-panel.vis-center');
              if (!flag || !panel) {
                return ['no flag'];
              }
              const f = flag.getBoundingClientRect(), p = panel.getBoundingClientRect();
              const hidden = [];
              if (f.left < p.left - 1 || f.right > p.right + 1) {
                hidden.push('cut at ' + Math.round(f.left) + '..' + Math.round(f.right));
              }
              for (const tool of document.querySelectorAll('.timeline-tools vaadin-button')) {
                const t = tool.getBoundingClientRect();
                if (f.left < t.right && t.left < f.right && f.top < t.bottom && t.top < f.bottom) {
                  hidden.push('under ' + tool.textContent.trim());
                }
              }
              return hidden;
            }""";

    @Test
    void theGraphsFlagStaysClearOfTheZoomButtonsAndTheWindowsEdges() {
        page.setViewportSize(1366, 768);
        // The phase starts in 1970: at the window's right end, then just left of the window.
        for (String window : List.of("1960..1970", "1971..1980")) {
            page.navigate(url("/never-let-me-go?phase=hailsham-childhood&window=" + window));
            page.locator("#timeline .vis-item").first().waitFor();
            try {
                page.waitForFunction("() => (" + FLAG_HIDDEN + ")().length === 0", null,
                        new Page.WaitForFunctionOptions().setTimeout(5000));
            } catch (PlaywrightException notYet) {
                // The assertion below says how the flag is hidden.
            }
            assertThat((List<?>) page.evaluate(FLAG_HIDDEN)).as(window).isEmpty();
        }
    }
}
