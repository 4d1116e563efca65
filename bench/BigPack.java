import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
import java.util.TreeMap;

/**
 * Prints, for the explorer on a big pack, the cold first paint (a timeline item visible on screen and ink on the graph) and the time from a click on a
 * timeline item until the details panel shows that event's title and the item is selected, as medians; then where
 * the time goes: the server's answers (UIDL bytes, and the wait for the first byte), and from a Chromium trace of one
 * cold load and one click, the main thread's time per kind of work (script, style, layout, paint, GC).
 * Usage: java -cp CLASSPATH bench/BigPack.java URL [LOADS] [CLICKS]
 */
public class BigPack {

    // The paint watcher, shared with Peers.java: a timeline item visible on screen and ink on the graph.
    private static final String WATCH_PAINT = read("bench/paint-watch.js");

    // The server's answers so far: [start, wait for first byte, end, bytes] per UIDL request.
    private static final String UIDL = """
            (since) => performance.getEntriesByType('resource').filter((e) => e.name.includes('v-r=uidl')
                && e.startTime >= since).map((e) => [e.startTime, e.responseStart - e.requestStart, e.responseEnd,
                e.decodedBodySize])""";

    // Resolves with the ms from pointer down until the clicked event's title is in the details panel and its item
    // is selected, checked at every frame.
    private static final String WATCH_CLICK = """
            ([id, title]) => {
              window.__settled = new Promise((resolve) => {
                addEventListener('pointerdown', () => {
                  const t0 = performance.now();
                  const check = () => {
                    const heading = document.querySelector('#detail-panel #detail-title');
                    const selected = document.querySelector(`#timeline .vis-item.vis-selected [data-item-id="${id}"]`);
                    if (selected && heading && heading.textContent.trim() === title) {
                      resolve([t0, performance.now() - t0]);
                    } else {
                      requestAnimationFrame(check);
                    }
                  };
                  requestAnimationFrame(check);
                }, { once: true, capture: true });
              });
            }""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int clicks = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            open(browser, url).context().close(); // warms the server
            List<Double> paints = new ArrayList<>();
            Page page = null;
            for (int i = 0; i < loads; i++) {
                if (page != null) {
                    page.context().close();
                }
                page = open(browser, url);
                paints.add(((Number) page.evaluate("() => window.__bothPainted")).doubleValue());
            }
            Collections.sort(paints);
            System.out.printf("bigpack: first paint (timeline items and graph), ms from navigation start: median %.0f,"
                    + " min..max %.0f..%.0f (%d cold loads); target <= 2000%n", median(paints), paints.getFirst(),
                    paints.getLast(), loads);
            // The last load's parts: the page, the server's answers, how many items the timeline put in the DOM.
            Map<?, ?> parts = (Map<?, ?>) page.evaluate("""
                    () => { const n = performance.getEntriesByType('navigation')[0];
                      return { html: n.responseEnd, htmlBytes: n.decodedBodySize, htmlWire: n.transferSize,
                               items: document.querySelectorAll('#timeline .vis-item').length,
                               js: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js'))
                                 .reduce((s, e) => s + e.decodedBodySize, 0) }; }""");
            System.out.printf("  load parts: page HTML %.0f KB at %.0f ms; JavaScript %.0f KB unpacked; %s%n",
                    num(parts.get("htmlBytes")) / 1024, num(parts.get("html")), num(parts.get("js")) / 1024,
                    uidl((List<?>) page.evaluate(UIDL, 0)));
            page.waitForTimeout(1500);
            // vis-timeline keeps only the items in its window (and a margin) in the DOM.
            System.out.printf("  timeline items in the DOM: %.0f at first paint, %s 1.5 s later%n", num(parts.get("items")),
                    page.evaluate("() => document.querySelectorAll('#timeline .vis-item').length"));

            List<Double> settled = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                double[] result = click(page, i);
                if (result == null) {
                    break;
                }
                settled.add(result[0]);
                answers.add(uidl((List<?>) page.evaluate(UIDL, result[1])));
                page.waitForTimeout(300);
            }
            if (!settled.isEmpty()) {
                List<Double> sorted = new ArrayList<>(settled);
                Collections.sort(sorted);
                System.out.printf("bigpack: click on a timeline item to details shown and item selected: median %.0f"
                        + " ms, min..max %.0f..%.0f (%d clicks); target <= 100%n", median(sorted), sorted.getFirst(),
                        sorted.getLast(), sorted.size());
                System.out.printf("  first click's %s%n", answers.getFirst());
            }
            page.context().close();

            // One more cold load, watched: when the timeline's items come into the DOM (vis-timeline adds the
            // window's items over several redraws, so the first paint is not the whole picture).
            BrowserContext watchedContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
            Page watched = watchedContext.newPage();
            watched.addInitScript("""
                    window.__counts = [];
                    const timer = setInterval(() => {
                      const n = document.querySelectorAll('#timeline .vis-item').length;
                      const last = window.__counts[window.__counts.length - 1];
                      if (n > 0 && (!last || last[1] !== n)) window.__counts.push([Math.round(performance.now()), n]);
                    }, 20);
                    setTimeout(() => clearInterval(timer), 8000);""");
            watched.navigate(url);
            watched.waitForTimeout(8500);
            System.out.printf("  timeline items in the DOM over one cold load [ms, items]: %s%n",
                    watched.evaluate("() => JSON.stringify(window.__counts)"));
            watchedContext.close();

            // One traced cold load and one traced click: main-thread time per kind of work.
            Path trace = Path.of("target/bench-bigpack-load.json");
            Page traced = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000)).newPage();
            traced.addInitScript(WATCH_PAINT);
            browser.startTracing(traced, new Browser.StartTracingOptions().setPath(trace)
                    .setCategories(List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink")));
            traced.navigate(url);
            traced.waitForFunction("() => window.__bothPainted !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            browser.stopTracing();
            System.out.printf("  traced cold load (until painted, %.0f ms): %s%n",
                    num(traced.evaluate("() => window.__bothPainted")), mainThread(trace));
            traced.waitForTimeout(1500);
            Path clickTrace = Path.of("target/bench-bigpack-click.json");
            browser.startTracing(traced, new Browser.StartTracingOptions().setPath(clickTrace)
                    .setCategories(List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink")));
            double[] one = click(traced, 1);
            browser.stopTracing();
            if (one != null) {
                System.out.printf("  traced click (%.0f ms): %s%n", one[0], mainThread(clickTrace));
            }
        }
    }

    /** Clicks the i-th timeline item on screen; returns [ms to settled, click time], or null if none is there. */
    private static double[] click(Page page, int i) {
        List<?> ids = (List<?>) page.evaluate("""
                () => [...document.querySelectorAll('#timeline [data-item-id]')].filter((el) => {
                  const r = el.getBoundingClientRect();
                  const hit = document.elementFromPoint(r.left + Math.min(8, r.width / 2), r.top + r.height / 2);
                  return r.width > 0 && !el.closest('.vis-selected') && (el.contains(hit) || hit === el);
                }).map((el) => [el.dataset.itemId, el.textContent.trim()])""");
        if (ids.isEmpty()) {
            return null;
        }
        List<?> chosen = (List<?>) ids.get(i % ids.size());
        String id = String.valueOf(chosen.get(0));
        var box = page.locator("#timeline [data-item-id='" + id + "']").first().boundingBox();
        page.evaluate(WATCH_CLICK, List.of(id, String.valueOf(chosen.get(1))));
        page.mouse().click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
        List<?> result = (List<?>) page.evaluate("() => window.__settled");
        return new double[] {num(result.get(1)), num(result.get(0))};
    }

    private static String uidl(List<?> answers) {
        StringBuilder out = new StringBuilder("UIDL answers:");
        for (Object a : answers) {
            List<?> e = (List<?>) a;
            out.append(String.format(" [%.0f KB, server wait %.0f ms, done at %.0f ms]", num(e.get(3)) / 1024,
                    num(e.get(1)), num(e.get(2))));
        }
        return answers.isEmpty() ? "no UIDL request" : out.toString();
    }

    /**
     * Main-thread time of the renderer by kind: the top-level tasks, and within them script, style, layout, paint
     * and GC (summed by event name, so script includes the layout it forces; the parts overlap).
     */
    private static String mainThread(Path trace) throws Exception {
        JsonObject json = new Gson().fromJson(Files.readString(trace), JsonObject.class);
        var events = json.has("traceEvents") ? json.getAsJsonArray("traceEvents") : new Gson().fromJson(
                Files.readString(trace), com.google.gson.JsonArray.class);
        // The renderer's main thread: the one that runs the most "Layout" events.
        Map<String, Integer> layouts = new TreeMap<>();
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            if ("Layout".equals(str(o, "name"))) {
                layouts.merge(str(o, "pid") + "/" + str(o, "tid"), 1, Integer::sum);
            }
        }
        String main = layouts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<String, Double> ms = new TreeMap<>();
        Map<String, String> kinds = Map.of("RunTask", "tasks", "ThreadControllerImpl::RunTask", "tasks",
                "EvaluateScript", "script", "FunctionCall", "script", "TimerFire", "script", "FireAnimationFrame",
                "script", "v8.compile", "compile", "UpdateLayoutTree", "style", "Layout", "layout", "Paint", "paint");
        double layoutCount = 0;
        for (JsonElement e : events) {
            JsonObject o = e.getAsJsonObject();
            if (!"X".equals(str(o, "ph")) || !main.equals(str(o, "pid") + "/" + str(o, "tid")) || !o.has("dur")) {
                continue;
            }
            String name = str(o, "name");
            String kind = kinds.get(name);
            if (kind == null && name.contains("GC")) {
                kind = "gc";
            }
            if (kind != null) {
                ms.merge(kind, o.get("dur").getAsDouble() / 1000, Double::sum);
            }
            if (name.equals("Layout")) {
                layoutCount++;
            }
        }
        StringBuilder out = new StringBuilder("main thread");
        ms.forEach((kind, t) -> out.append(String.format(" %s %.0f ms,", kind, t)));
        return out.append(String.format(" (%.0f layouts)", layoutCount)).toString();
    }

    private static Page open(Browser browser, String url) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        Page page = context.newPage();
        page.addInitScript(WATCH_PAINT);
        page.navigate(url);
        page.waitForFunction("() => window.__bothPainted !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        return page;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsString() : "";
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
