import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The browser side of bench/load: a few Chromium pages make the choices the load driver makes (open a link, click a
 * timeline event, step the phase, click a person and a relationship in the graph, go Back, close the tab), while the
 * driver runs, and the UIDL requests they send are compared with the first request of each kind the driver sent
 * (bench/gatling's Students writes them): the same RPC types, events, properties and data keys, in the same order.
 * It also prints the round trip of those requests as the browser saw them under the driver's load.
 * Usage: java -cp CLASSPATH bench/LoadCheck.java URL DRIVER_SENT_FILE [PAGES]
 */
public class LoadCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<String, List<String>> browser = new LinkedHashMap<>();
        List<Double> roundTrips = Collections.synchronizedList(new ArrayList<>());
        // Debian's Chromium only: never let Playwright download a browser.
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = Chromium.launch(playwright);
            for (int i = 0; i < pages; i++) {
                BrowserContext context =
                        chromium.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
                List<String> sent = Collections.synchronizedList(new ArrayList<>());
                context.onRequest(request -> {
                    if (request.url().contains("v-r=uidl")) {
                        sent.add(request.postData());
                    }
                });
                context.onRequestFinished(request -> {
                    if (request.url().contains("v-r=uidl") && request.timing().responseEnd > 0) {
                        roundTrips.add(request.timing().responseEnd);
                    }
                });
                Page page = context.newPage();
                act(page, browser, sent, "navigate", "drawn", () -> {
                    page.navigate(url + "/never-let-me-go?event=dolly-born");
                    page.waitForSelector("#timeline [data-item-id]");
                    // The timeline and the graph settle (a click during the first animation is lost).
                    page.waitForTimeout(1500);
                });
                act(page, browser, sent, "timeline-select", "echo", () -> {
                    // An event other than the selected one whose title is on top where it is drawn.
                    String id = (String) page.evaluate("""
                            () => [...document.querySelectorAll('#timeline [data-item-id]')].map((el) => {
                              const r = el.getBoundingClientRect();
                              const hit = document.elementFromPoint(r.left + Math.min(8, r.width / 2),
                                r.top + r.height / 2);
                              return r.width > 0 && el.contains(hit) && el.dataset.itemId !== 'dolly-born'
                                ? el.dataset.itemId : null; }).filter((id) => id)[0]""");
                    var box = page.locator("#timeline [data-item-id='" + id + "']").first().boundingBox();
                    page.mouse().click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
                });
                act(page, browser, sent, "phase-step", "echo", () -> page.locator(
                        page.locator("#next-phase").isEnabled() ? "#next-phase" : "#previous-phase").click());
                act(page, browser, sent, "graph-node", "echo", () -> clickGraph(page, "nodes", "kathy"));
                act(page, browser, sent, "graph-edge", "echo", () -> clickGraph(page, "edges", null));
                act(page, browser, sent, "filter", "echo", page::goBack);
                act(page, browser, sent, "unload", "unload", () -> page.navigate(url + "/favicon.ico"));
                context.close();
            }
        }
        // The driver writes the first request of each kind when its run ends.
        for (int wait = 0; wait < 900 && !Files.exists(Path.of(args[1])); wait++) {
            Thread.sleep(1000);
        }
        Map<String, List<String>> driver = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] kindAndBody = line.split("\t", 2);
            driver.put(kindAndBody[0], shape(kindAndBody[1]));
        }
        List<String> same = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        browser.forEach((kind, shape) -> {
            // An echo names each select the answer set: compare which events, not how many.
            if (shape.equals(driver.get(kind)) || kind.equals("echo") && driver.containsKey(kind)
                    && new TreeSet<>(shape).equals(new TreeSet<>(driver.get(kind)))) {
                same.add(kind);
            } else {
                differ.add(kind + " (browser " + shape + ", driver " + driver.get(kind) + ")");
            }
        });
        List<Double> sorted = new ArrayList<>(roundTrips);
        Collections.sort(sorted);
        System.out.printf("check: %d Chromium pages beside the driver; RPCs of the same shape: %s; different: %s%n",
                pages, String.join(", ", same), differ.isEmpty() ? "none" : String.join("; ", differ));
        // Chromium sends the unload beacon as the page goes, where Playwright no longer reports it.
        System.out.printf("check: not seen from the browser: %s%n", driver.keySet().stream()
                .filter(kind -> !browser.containsKey(kind)).toList());
        if (!sorted.isEmpty()) {
            System.out.printf("check: the browser's UIDL round trip under load: %.0f ms median, %.0f ms max (%d)%n",
                    sorted.get(sorted.size() / 2), sorted.getLast(), sorted.size());
        }
    }

    /** Runs one user action and files its requests: the first under its kind, the ones after it under the echo. */
    private static void act(Page page, Map<String, List<String>> shapes, List<String> sent, String kind,
            String after, Runnable action) {
        sent.clear();
        action.run();
        // The choice's request (vis-timeline waits to tell a click from a double click), then the echoes.
        // Playwright hands events over only while it is called: wait through it, not with Thread.sleep.
        for (int wait = 0; wait < 50 && sent.isEmpty(); wait++) {
            page.waitForTimeout(100);
        }
        page.waitForTimeout(1000);
        List<String> requests = new ArrayList<>(sent);
        for (int i = 0; i < requests.size(); i++) {
            // Back's navigation stands for the driver's filter change: the same ui-navigate, with another query.
            shapes.merge(i == 0 ? kind : after, shape(requests.get(i)), (old, now) -> old);
        }
    }

    /** Clicks a graph node by id, or the middle of the first edge. */
    private static void clickGraph(Page page, String what, String id) {
        List<?> at = (List<?>) page.evaluate("""
                ([what, id]) => {
                  const net = document.querySelector('#graph').$connector.network;
                  const box = document.querySelector('#graph canvas').getBoundingClientRect();
                  const pos = net.getPositions();
                  let p;
                  if (what === 'nodes') { p = pos[id]; } else {
                    const edge = net.body.data.edges.get()[0];
                    const a = pos[edge.from], b = pos[edge.to];
                    p = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
                  }
                  const dom = net.canvasToDOM(p);
                  return [box.left + dom.x, box.top + dom.y];
                }""", List.of(what, id == null ? "" : id));
        page.mouse().click(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());
    }

    /** What the server reads from a request: each RPC's type, event or property, and its data's keys. */
    private static List<String> shape(String body) {
        List<String> shape = new ArrayList<>();
        JsonNode json = JSON.readTree(body);
        for (JsonNode rpc : json.get("rpc")) {
            String name = rpc.has("event") ? rpc.get("event").asString() : rpc.path("property").asString();
            shape.add(rpc.get("type").asString() + " " + name
                    + (rpc.has("data") ? " " + new TreeSet<>(rpc.get("data").propertyNames()) : ""));
        }
        if (json.has("UNLOAD")) {
            shape.add("UNLOAD");
        }
        return shape;
    }
}
