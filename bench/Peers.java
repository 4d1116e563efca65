import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how long Storyweb's explorer takes to draw, beside pages that draw the same pack's events without it:
 * TimelineJS 3 on our own timelinejs.json export, and a static page that draws the same timeline items and graph with
 * the same vis-timeline and vis-network builds and no server logic. Optionally more pages given by URL.
 * Each load is a fresh Chromium context (cold cache) at 1440x1000; the pages are loaded in turn (A B C A B C ...) so
 * that the machine's noise falls on all of them alike. The time is from navigation start until both drawings show:
 * for vis pages, a timeline item in #timeline visible on screen and ink on the #graph canvas (bench/PaintTime.java
 * counts an item as soon as it is in the DOM, which vis-timeline does before it shows them); for TimelineJS,
 * a time marker in its nav bar and its first slide's headline on screen (it has no graph).
 * The peers are served from files by a small local HTTP server; requests that leave this machine are refused, so no
 * page waits on the internet.
 * The last round's screenshots are in target/bench-peers/*.png.
 * Usage: java -cp CLASSPATH bench/Peers.java APP_BASE PACK EVENT [LOADS] [EXTRA] [LABEL]
 * EXTRA: more pages, each NAME=URL or a URL, separated by spaces; "-" for none.
 */
public class Peers {

    // The paint watcher, shared with BigPack.java.
    private static final String WATCH_PAINT = read("bench/paint-watch.js");

    private static final String STATIC_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Static vis reference</title>
            <link rel="stylesheet" href="/lib/vis-timeline-graph2d.min.css">
            <link rel="stylesheet" href="/lib/vis-network.min.css">
            <style>body{margin:0;font-family:system-ui,sans-serif} #timeline{height:55vh} #graph{height:45vh}</style>
            </head><body>
            <div id="timeline"></div><div id="graph"></div>
            <script src="/lib/vis-timeline-graph2d.min.js"></script>
            <script src="/lib/vis-network.min.js"></script>
            <script>
            // The same data the explorer draws, from a file: one row per track, one box per person, one line per tie.
            fetch('static-data.json').then((r) => r.json()).then((d) => {
              // The window is set after construction, as embed.js does: as start and end options it delays the first
              // draw by about a second (vis-timeline issue 1340).
              const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(d.items),
                new vis.DataSet(d.groups), { height: '100%', stack: true, verticalScroll: true,
                  orientation: { axis: 'top', item: 'top' }, margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
                  showCurrentTime: false });
              timeline.initialFitDone = true;
              timeline.setWindow(d.window.start, d.window.end, { animation: false });
              new vis.Network(document.getElementById('graph'),
                { nodes: new vis.DataSet(d.nodes), edges: new vis.DataSet(d.edges) },
                { nodes: { shape: 'box', borderWidth: 2, margin: { top: 6, bottom: 6, left: 10, right: 10 } },
                  edges: { smooth: false, width: 2, font: { align: 'horizontal' } }, physics: false,
                  interaction: { zoomView: false } });
            });
            </script></body></html>
            """;

    private static final String TIMELINEJS_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>TimelineJS reference</title>
            <link rel="stylesheet" href="/lib/timeline.css">
            <style>html,body{margin:0;height:100%} #timeline-embed{width:100%;height:100%}</style>
            </head><body>
            <div id="timeline-embed"></div>
            <script src="/lib/timeline.js"></script>
            <script>new TL.Timeline('timeline-embed', 'timelinejs.json');</script>
            </body></html>
            """;

    public static void main(String[] args) throws Exception {
        String app = args[0].replaceAll("/$", "");
        String pack = args[1];
        String event = args[2];
        int loads = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        // More pages, as NAME=URL or a URL (named "extra"), separated by spaces.
        List<String> extras = args.length > 4 && !args[4].equals("-") ? List.of(args[4].trim().split("\\s+")) : List.of();
        String label = args.length > 5 ? args[5] : "";

        // The peers' files: written under target/ from the running app's own data addresses (docs/api.md).
        HttpClient http = HttpClient.newHttpClient();
        String api = app + "/api/packs/" + pack;
        Path site = Files.createDirectories(Path.of("target/bench-peers/site"));
        String timelineJs = get(http, api + "/timelinejs.json");
        Files.writeString(site.resolve("timelinejs.json"), timelineJs);
        Files.writeString(site.resolve("static-data.json"),
                staticData(get(http, api + "/events.json"), timelineJs, get(http, api + "/graph.graphml"), event));
        Files.writeString(site.resolve("static.html"), STATIC_PAGE);
        Files.writeString(site.resolve("timelinejs.html"), TIMELINEJS_PAGE);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : List.of("static.html", "static-data.json", "timelinejs.html", "timelinejs.json")) {
            files.put("/" + name, site.resolve(name));
        }
        files.put("/lib/vis-timeline-graph2d.min.js", Path.of("node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"));
        files.put("/lib/vis-timeline-graph2d.min.css", Path.of("node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"));
        files.put("/lib/vis-network.min.js", Path.of("node_modules/vis-network/standalone/umd/vis-network.min.js"));
        files.put("/lib/vis-network.min.css", Path.of("node_modules/vis-network/styles/vis-network.min.css"));
        Path tl = Files.list(Path.of(".node")).filter(p -> p.getFileName().toString().startsWith("timelinejs-"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no .node/timelinejs-*: run mvn package once"));
        files.put("/lib/timeline.js", tl.resolve("timeline.js"));
        files.put("/lib/timeline.css", tl.resolve("timeline.css"));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Virtual threads do not keep the JVM alive once the runs are done.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            Path file = files.get(exchange.getRequestURI().getPath());
            byte[] body = file == null ? new byte[0] : Files.readAllBytes(file);
            String name = exchange.getRequestURI().getPath();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".json") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(file == null ? 404 : 200, file == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String local = "http://127.0.0.1:" + server.getAddress().getPort();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("storyweb", app + "/" + pack + "?event=" + event);
        pages.put("static vis", local + "/static.html");
        pages.put("timelinejs", local + "/timelinejs.html");
        for (String extra : extras.stream().filter(e -> !e.isBlank()).toList()) {
            boolean named = extra.matches("[\\w-]+=http.*");
            String name = named ? extra.substring(0, extra.indexOf('=')) : "extra";
            String url = named ? extra.substring(name.length() + 1) : extra;
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 404) {
                System.out.printf("peers%s: %s %s: n/a (404)%n", label, name, url);
            } else {
                pages.put(name, url);
            }
        }

        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> firstContent = new LinkedHashMap<>();
        Map<String, List<Double>> pageData = new LinkedHashMap<>();
        pages.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        pages.keySet().forEach(name -> firstContent.put(name, new ArrayList<>()));
        pages.keySet().forEach(name -> pageData.put(name, new ArrayList<>()));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            // One unmeasured round warms the servers (class loading, JIT) and the OS file cache.
            for (int round = -1; round < loads; round++) {
                for (Map.Entry<String, String> entry : pages.entrySet()) {
                    // The last round keeps a screenshot of each page, to see that each drew what it should.
                    Path shot = round == loads - 1 ? site.resolveSibling(entry.getKey().replace(' ', '-') + ".png") : null;
                    double[] ms = paint(browser, entry.getValue(), shot);
                    if (round >= 0) {
                        times.get(entry.getKey()).add(ms[0]);
                        firstContent.get(entry.getKey()).add(ms[1]);
                        pageData.get(entry.getKey()).add(ms[2]);
                    }
                }
            }
        } finally {
            server.stop(0);
        }

        System.out.printf("peers%s: ms from navigation start to timeline and graph drawn (TimelineJS: first slide and"
                + " marker), %d cold loads each, interleaved%n", label, loads);
        print(times);
        System.out.printf("  targets (issue 24): storyweb and embed <= 1.2x static vis and <= 1.0x timelinejs (the pack),"
                + " <= 0.5x timelinejs (1,000 events)%n");
        System.out.printf("peers%s: ms from navigation start to the first content painted (Chromium's"
                + " first-contentful-paint), same loads%n", label);
        print(firstContent);
        System.out.printf("peers%s: KB of page data when drawn (the document and what it fetched or asked, decoded;"
                + " scripts, styles and fonts, the same for every page, left out), same loads%n", label);
        pageData.forEach((name, kb) -> System.out.printf("  %-13s median %7.1f KB%n", name, median(kb)));
        System.out.printf("  target (issue 24): embed <= 300 KB at 5,000 events%n");
    }

    // Each page's median over the static page's and TimelineJS's.
    private static void print(Map<String, List<Double>> times) {
        double fast = median(times.get("static vis"));
        double timelineJs = median(times.get("timelinejs"));
        for (Map.Entry<String, List<Double>> entry : times.entrySet()) {
            List<Double> t = entry.getValue();
            Collections.sort(t);
            System.out.printf("  %-13s median %5.0f  p25..p75 %5.0f..%-5.0f  min..max %5.0f..%-5.0f  /static %.2fx"
                    + "  /timelinejs %.2fx%n", entry.getKey(), median(t), t.get(t.size() / 4), t.get(t.size() * 3 / 4),
                    t.getFirst(), t.getLast(), median(t) / fast, median(t) / timelineJs);
        }
    }

    /**
     * Milliseconds from navigation start until the page's drawings show, and until its first content painted; and the
     * KB of page data by then (Resource Timing's decoded sizes of the document and its fetches and XHRs).
     */
    private static double[] paint(Browser browser, String url, Path shot) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        // Only this machine: TimelineJS and others may reach for fonts or analytics on the internet.
        // Only requests that would leave this machine are intercepted, so local ones pay no interception cost.
        context.route(u -> u.startsWith("http") && !u.startsWith("http://localhost:")
                && !u.startsWith("http://127.0.0.1:"), route -> route.abort());
        Page page = context.newPage();
        page.addInitScript(WATCH_PAINT);
        page.navigate(url);
        page.waitForFunction("() => window.__bothPainted !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        double ms = ((Number) page.evaluate("() => window.__bothPainted")).doubleValue();
        // The entry comes a frame after the paint it times: wait for it.
        double firstContent = ((Number) page.evaluate("() => new Promise((done) => new PerformanceObserver((list) =>"
                + " list.getEntriesByName('first-contentful-paint').forEach((entry) => done(entry.startTime)))"
                + ".observe({type: 'paint', buffered: true}))")).doubleValue();
        double kb = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource').filter((entry) =>"
                + " ['fetch', 'xmlhttprequest'].includes(entry.initiatorType)))"
                + ".reduce((sum, entry) => sum + entry.decodedBodySize, 0) / 1000")).doubleValue();
        if (shot != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        }
        try {
            context.close();
        } catch (RuntimeException e) {
            // A late route event can race with closing; the figure is already taken.
        }
        return new double[] {ms, firstContent, kb};
    }

    /** The explorer's items (a point for a known day, a span otherwise; one group per track) and the graph. */
    static String staticData(String eventsJson, String timelineJs, String graphml, String event) {
        Gson gson = new Gson();
        Map<String, String> trackTitles = new LinkedHashMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (JsonElement e : gson.fromJson(timelineJs, JsonObject.class).getAsJsonArray("events")) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("group")) {
                groupOf.put(o.get("unique_id").getAsString(), o.get("group").getAsString());
            }
        }
        JsonArray items = new JsonArray();
        JsonObject window = new JsonObject();
        for (JsonElement e : gson.fromJson(eventsJson, JsonArray.class)) {
            JsonObject ev = e.getAsJsonObject();
            String id = ev.get("id").getAsString();
            String track = ev.get("track").getAsString();
            trackTitles.putIfAbsent(track, unescape(groupOf.getOrDefault(id, track)));
            JsonObject item = new JsonObject();
            item.addProperty("id", id);
            item.addProperty("group", track);
            item.addProperty("content", ev.get("title").getAsString());
            String earliest = ev.get("earliest").getAsString();
            String latest = ev.get("latest").getAsString();
            item.addProperty("start", earliest);
            if (!earliest.equals(latest)) {
                item.addProperty("end", LocalDate.parse(latest).plusDays(1).toString());
            }
            items.add(item);
            // The explorer opens a permalink on about a decade around its event; so does this page.
            if (id.equals(event)) {
                window.addProperty("start", LocalDate.parse(earliest).minusYears(5).withDayOfYear(1).toString());
                window.addProperty("end", LocalDate.parse(latest).plusYears(6).withDayOfYear(1).toString());
            }
        }
        JsonArray groups = new JsonArray();
        trackTitles.forEach((id, title) -> {
            JsonObject group = new JsonObject();
            group.addProperty("id", id);
            group.addProperty("content", title);
            groups.add(group);
        });
        // The graph at the pack's first phase, placed on a circle: the explorer's nodes come placed by its server.
        JsonArray nodes = new JsonArray();
        Matcher node = Pattern.compile("<node id=\"([^\"]+)\">\\s*<data key=\"node-label\">([^<]*)<").matcher(graphml);
        List<String[]> found = new ArrayList<>();
        while (node.find()) {
            found.add(new String[] {node.group(1), node.group(2)});
        }
        for (int i = 0; i < found.size(); i++) {
            JsonObject n = new JsonObject();
            n.addProperty("id", found.get(i)[0]);
            n.addProperty("label", unescape(found.get(i)[1]));
            n.addProperty("x", Math.round(450 * Math.cos(2 * Math.PI * i / found.size())));
            n.addProperty("y", Math.round(180 * Math.sin(2 * Math.PI * i / found.size())));
            nodes.add(n);
        }
        JsonArray edges = new JsonArray();
        Matcher edge = Pattern.compile("<edge id=\"([^\"]+)\" source=\"([^\"]+)\" target=\"([^\"]+)\">"
                + "(?:(?!</edge>).)*?<data key=\"edge-label\">([^<]*)<", Pattern.DOTALL).matcher(graphml);
        while (edge.find()) {
            JsonObject ed = new JsonObject();
            ed.addProperty("id", edge.group(1));
            ed.addProperty("from", edge.group(2));
            ed.addProperty("to", edge.group(3));
            ed.addProperty("label", unescape(edge.group(4)));
            edges.add(ed);
        }
        JsonObject data = new JsonObject();
        data.add("window", window);
        data.add("items", items);
        data.add("groups", groups);
        data.add("nodes", nodes);
        data.add("edges", edges);
        return gson.toJson(data);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
