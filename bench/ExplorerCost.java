import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Prints what the explorer costs a user, for one running server:
 * <ul>
 * <li>layout at 1366x768, 1920x1080 and 390x844: pixels of the timeline and of the graph inside the first screen,
 * and how many of the timeline titles on that screen are clipped;</li>
 * <li>per selection click and per phase change: the bytes of the server's answer (the UIDL response body) and the
 * time from the click until the answer is applied and painted, median and p95.</li>
 * </ul>
 * It looks only at what any version of the explorer shows (ids #timeline, #graph, #next-phase, #previous-phase and
 * the data-item-id of each event's title), so the same script measures an old jar and a new one.
 * Usage: java -cp CLASSPATH bench/ExplorerCost.java URL [CLICKS] [SCREENSHOT_DIR]
 */
public class ExplorerCost {

    // Visible titles of timeline items, and whether each is cut: its text runs past a box that clips it.
    private static final String LAYOUT = """
            () => {
              const vw = window.innerWidth, vh = window.innerHeight;
              const onScreen = (el) => {
                if (!el) return 0;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') return 0;
                const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
                const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
                return w > 0 ? Math.round(h) : 0;
              };
              const root = document.querySelector('#timeline');
              const texts = [...document.querySelectorAll('[data-item-id]')];
              let visible = 0, clipped = 0, scrolledPart = 0;
              const examples = [];
              for (const text of texts) {
                let box = text.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                // The part of the page that is shown: the viewport cut by every clipping ancestor.
                let clip = { left: 0, top: 0, right: vw, bottom: vh };
                for (let el = text.parentElement; el && el !== document.body; el = el.parentElement) {
                  const style = getComputedStyle(el);
                  if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
                    const r = el.getBoundingClientRect();
                    clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top),
                             right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
                  }
                }
                const shownWidth = Math.min(box.right, clip.right) - Math.max(box.left, clip.left);
                const shownHeight = Math.min(box.bottom, clip.bottom) - Math.max(box.top, clip.top);
                if (shownWidth <= 2 || shownHeight <= 2) continue;
                visible++;
                // A title cut short at either end; a row half scrolled out of its list is counted apart.
                const cut = box.left < clip.left - 1 || box.right > clip.right + 1
                  || text.scrollWidth > text.clientWidth + 1;
                if (!cut && (box.top < clip.top - 1 || box.bottom > clip.bottom + 1)) {
                  scrolledPart++;
                }
                if (cut) {
                  clipped++;
                  if (examples.length < 4) examples.push(text.textContent.slice(0, 40));
                }
              }
              return { timeline: onScreen(root), graph: onScreen(document.querySelector('#graph')),
                       visible, clipped, scrolledPart, examples,
                       sideways: document.documentElement.scrollWidth > vw };
            }""";

    // Resolves with [ms, bytes] once the server's answer to the next click is applied and painted.
    private static final String WATCH_ANSWER = """
            () => {
              window.__answer = new Promise((resolve) => {
                let t0;
                addEventListener('pointerdown', (e) => { t0 = performance.now(); }, { once: true, capture: true });
                addEventListener('click', (e) => { if (t0 === undefined) t0 = performance.now(); }, { once: true, capture: true });
                const observer = new PerformanceObserver((list) => {
                  for (const entry of list.getEntries()) {
                    if (t0 !== undefined && entry.name.includes('v-r=uidl') && entry.startTime >= t0 - 5) {
                      observer.disconnect();
                      const idle = () => Object.values(window.Vaadin.Flow.clients).every((c) => !c.isActive());
                      const settle = () => idle()
                        ? requestAnimationFrame(() => requestAnimationFrame(
                            () => resolve([performance.now() - t0, entry.decodedBodySize])))
                        : setTimeout(settle, 5);
                      settle();
                      return;
                    }
                  }
                });
                observer.observe({ type: 'resource', buffered: false });
              });
            }""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int clicks = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path shots = args.length > 2 ? Path.of(args[2]) : null;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            // A first visit warms the server, so that class loading is not counted.
            open(browser, url, 1366, 768).context().close();
            for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {390, 844}}) {
                Page page = open(browser, url, size[0], size[1]);
                @SuppressWarnings("unchecked")
                Map<String, Object> layout = (Map<String, Object>) page.evaluate(LAYOUT);
                System.out.printf("layout %dx%d: timeline %s px and graph %s px on the first screen; clipped titles "
                        + "%s of %s visible (%s more partly scrolled out of view)%s%s%n", size[0], size[1],
                        layout.get("timeline"), layout.get("graph"), layout.get("clipped"), layout.get("visible"),
                        layout.get("scrolledPart"),
                        ((List<?>) layout.get("examples")).isEmpty() ? "" : " (e.g. " + layout.get("examples") + ")",
                        Boolean.TRUE.equals(layout.get("sideways")) ? "; scrolls sideways" : "");
                if (shots != null) {
                    Files.createDirectories(shots);
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(shots.resolve("first-screen-" + size[0] + "x" + size[1] + ".png")));
                }
                page.context().close();
            }
            Page page = open(browser, url, 1366, 768);
            List<double[]> selections = new ArrayList<>();
            String lastClicked = null;
            for (int i = 0; i < clicks; i++) {
                List<?> ids = (List<?>) page.evaluate("""
                        () => [...document.querySelectorAll('#timeline [data-item-id]')].filter((el) => {
                          const r = el.getBoundingClientRect();
                          const hit = document.elementFromPoint(r.left + Math.min(8, r.width / 2), r.top + r.height / 2);
                          return r.width > 0 && el.contains(hit) || hit === el;
                        }).map((el) => el.dataset.itemId)""");
                if (ids.isEmpty()) {
                    break;
                }
                // A different event each time: choosing the selected one again changes nothing.
                String id = String.valueOf(ids.get(i % ids.size()));
                if (id.equals(lastClicked) && ids.size() > 1) {
                    id = String.valueOf(ids.get((i + 1) % ids.size()));
                }
                lastClicked = id;
                var box = page.locator("#timeline [data-item-id='" + id + "']").first().boundingBox();
                page.evaluate(WATCH_ANSWER);
                page.mouse().click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
                selections.add(answer(page));
            }
            report("selection click", selections);
            List<double[]> phases = new ArrayList<>();
            boolean forward = true;
            for (int i = 0; i < clicks; i++) {
                String button = forward ? "#next-phase" : "#previous-phase";
                if (page.locator(button).isDisabled()) {
                    forward = !forward;
                    button = forward ? "#next-phase" : "#previous-phase";
                }
                page.evaluate(WATCH_ANSWER);
                page.locator(button).click();
                phases.add(answer(page));
            }
            report("phase change", phases);
        }
    }

    private static Page open(Browser browser, String url, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.navigate(url);
        page.waitForFunction("() => document.querySelector('[data-item-id]')"
                + " && document.querySelector('#graph canvas')");
        // The timeline's opening animation and the graph's layout settle.
        page.waitForTimeout(1500);
        return page;
    }

    private static double[] answer(Page page) {
        List<?> result = (List<?>) page.evaluate("() => window.__answer");
        page.waitForTimeout(150);
        return new double[] {((Number) result.get(0)).doubleValue(), ((Number) result.get(1)).doubleValue()};
    }

    private static void report(String what, List<double[]> samples) {
        if (samples.isEmpty()) {
            System.out.printf("%s: nothing to click%n", what);
            return;
        }
        List<Double> ms = new ArrayList<>(samples.stream().map(s -> s[0]).toList());
        List<Double> bytes = new ArrayList<>(samples.stream().map(s -> s[1]).toList());
        Collections.sort(ms);
        Collections.sort(bytes);
        System.out.printf("%s (%d): answer %.1f KB median, %.1f KB p95; click to settled %.0f ms median, %.0f ms"
                + " p95%n", what, samples.size(), median(bytes) / 1024, p95(bytes) / 1024, median(ms), p95(ms));
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> sorted) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
