import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the server's heap per open browser session: opens SESSIONS explorer pages (each in its own context, so each
 * is its own Vaadin session), keeps them open, and compares the server's used heap after a full GC before and after;
 * then closes them and does it again, once Tomcat's pool of connection buffers is filled.
 * Usage: java -cp CLASSPATH bench/SessionHeap.java URL SERVER_PID [SESSIONS]
 */
public class SessionHeap {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        // BENCH_HISTOGRAM=1 also prints which classes the sessions' heap is made of, largest first.
        boolean histogram = "1".equals(System.getenv("BENCH_HISTOGRAM"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            // One visit first, so that class loading and caches are not counted as session cost.
            open(browser, url).close();
            long cold = usedHeapAfterGc(pid);
            List<BrowserContext> open = openPages(browser, url, sessions);
            long coldOpen = usedHeapAfterGc(pid);
            System.out.printf("heap: %d sessions open on a fresh server: %.0f KB per session%n", sessions,
                    (coldOpen - cold) / 1024.0 / sessions);
            // Part of that is Tomcat's, not the sessions': it keeps the buffers of closed connections for reuse, as
            // many as the most connections open at once, up to a bound for the whole server (its bufferPool, 500
            // connections). So a second round of as many sessions is measured with that pool already filled. Leaving
            // a page sends Vaadin's unload beacon, which ends its UI; what that frees is what a page holds.
            closePages(open);
            long warm = usedHeapAfterGc(pid);
            System.out.printf("heap: freed when those pages close: %.0f KB per page%n",
                    (coldOpen - warm) / 1024.0 / sessions);
            Map<String, ClassUse> classesBefore = histogram ? classHistogram(pid) : Map.of();
            open = openPages(browser, url, sessions);
            long warmOpen = usedHeapAfterGc(pid);
            if (histogram) {
                printGrowth(classesBefore, classHistogram(pid), sessions);
            }
            System.out.printf("heap: %d more sessions open, with Tomcat's buffer pool filled: %.0f KB per session%n",
                    sessions, (warmOpen - warm) / 1024.0 / sessions);
            closePages(open);
        }
    }

    private static List<BrowserContext> openPages(Browser browser, String url, int count) {
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            open.add(open(browser, url));
        }
        return open;
    }

    private static void closePages(List<BrowserContext> open) throws InterruptedException {
        for (BrowserContext context : open) {
            context.pages().getFirst().navigate("about:blank");
        }
        Thread.sleep(2000);
        open.forEach(BrowserContext::close);
    }

    private static BrowserContext open(Browser browser, String url) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(url);
        page.locator("#timeline .vis-item").first().waitFor();
        page.locator("#graph canvas").waitFor();
        return context;
    }

    private static long usedHeapAfterGc(String pid) throws IOException, InterruptedException {
        // The jcmd of the JDK running this script, which must match the server's JDK.
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, pid, "GC.run");
        run(jcmd, pid, "GC.run");
        String info = run(jcmd, pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info:\n" + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private record ClassUse(long instances, long bytes) {}

    // Instances and bytes per class name, from jcmd's class histogram (taken after a full GC).
    private static Map<String, ClassUse> classHistogram(String pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Map<String, ClassUse> uses = new java.util.HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)")
                .matcher(run(jcmd, pid, "GC.class_histogram"));
        while (row.find()) {
            uses.merge(row.group(3), new ClassUse(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                    (a, b) -> new ClassUse(a.instances + b.instances, a.bytes + b.bytes));
        }
        return uses;
    }

    // The classes that grew most, and the components a page is built of (instances per session).
    private static void printGrowth(Map<String, ClassUse> before, Map<String, ClassUse> after, int sessions) {
        Map<String, ClassUse> growth = new java.util.HashMap<>();
        after.forEach((name, use) -> {
            ClassUse old = before.getOrDefault(name, new ClassUse(0, 0));
            growth.put(name, new ClassUse(use.instances - old.instances, use.bytes - old.bytes));
        });
        growth.entrySet().stream()
                .filter(e -> e.getValue().bytes > 0)
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, ClassUse> e) -> e.getValue().bytes)
                        .reversed())
                .limit(30)
                .forEach(e -> System.out.printf("heap:   %8.2f KB per session  %s%n",
                        e.getValue().bytes / 1024.0 / sessions, e.getKey()));
        growth.entrySet().stream()
                .filter(e -> e.getKey().matches("(com\\.vaadin\\.flow\\.component|org\\.storyweb)\\..*")
                        && e.getValue().instances >= sessions)
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, ClassUse> e) -> e.getValue().instances)
                        .reversed())
                .forEach(e -> System.out.printf("heap:   %8.1f per session  %s%n",
                        e.getValue().instances / (double) sessions, e.getKey()));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
