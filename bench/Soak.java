import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens and closes SESSIONS sessions, in waves, and prints whether the server's heap comes back to where it was:
 * most are explorer and present-mode pages at permalinks, and a fifth follow a live class through server push. Half
 * of the pages close as a browser's tab does (Vaadin's unload beacon), half just vanish, as a phone that lost its
 * network does: those end only when their heartbeats stop and their sessions time out, which bench/soak shortens
 * for the run. Pages are light clients ({@link VaadinPage}); the teacher is a real browser page. Figures only.
 * Usage: java -cp CLASSPATH bench/Soak.java URL SERVER_PID [SESSIONS [WAVE]]
 */
public class Soak {

    private static String pidOfServer;

    private static final List<String> LINKS = List.of(
            "never-let-me-go",
            "never-let-me-go?phase=cottages&event=tape-found",
            "never-let-me-go?phase=hailsham-adolescence&person=ruth",
            "never-let-me-go?order=telling&upto=12",
            "never-let-me-go/present?tour=triangle&step=3",
            "never-let-me-go/present?tour=real-world&step=2",
            "no-such-book?event=nothing");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        pidOfServer = pid;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int wave = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            Page teacher = browser.newPage();
            teacher.navigate(url + "/never-let-me-go/present?tour=triangle&step=1");
            teacher.locator("#start-class").click();
            String code = teacher.locator("#join-code").textContent().strip();
            teacher.locator("#class-join vaadin-button").click();

            // The first wave warms the server (classes, caches, pools); it ends before the baseline is taken.
            runWave(pool, http, url, code, wave, 0);
            Snapshot baseline = settle(pid, Long.MAX_VALUE);
            System.out.printf("soak: baseline after a first wave of %d: %s%n", wave, baseline);
            AtomicInteger failed = new AtomicInteger();
            Snapshot peak = baseline;
            for (int opened = 0; opened < sessions; opened += wave) {
                failed.addAndGet(runWave(pool, http, url, code, Math.min(wave, sessions - opened), opened,
                        opened == 0 ? baseline : null));
                Snapshot now = snapshot(pid);
                peak = now.heapKb() > peak.heapKb() ? now : peak;
            }
            System.out.printf("soak: %d sessions opened and closed in waves of %d, %d failed to open; highest: %s%n",
                    sessions, wave, failed.get(), peak);
            Snapshot after = settle(pid, baseline.heapKb() * 11 / 10);
            System.out.printf("soak: after the sessions ended: %s, heap %+.1f%% from the baseline%n", after,
                    100.0 * (after.heapKb() - baseline.heapKb()) / baseline.heapKb());
            teacher.close();
            browser.close();
        } finally {
            pool.shutdownNow();
            http.shutdownNow();
        }
    }

    // Opens a wave of pages at once, keeps them open a moment, then closes half and abandons half. The first wave
    // after the baseline also prints what each open session holds.
    private static int runWave(ExecutorService pool, HttpClient http, String url, String code, int size, int first)
            throws Exception {
        return runWave(pool, http, url, code, size, first, null);
    }

    private static int runWave(ExecutorService pool, HttpClient http, String url, String code, int size, int first,
            Snapshot baseline) throws Exception {
        List<Future<VaadinPage>> opening = new ArrayList<>();
        for (int i = first; i < first + size; i++) {
            int n = i;
            opening.add(pool.submit(() -> {
                boolean follower = n % 5 == 4;
                VaadinPage page = VaadinPage.open(http, url, follower ? "join/" + code : LINKS.get(n % LINKS.size()));
                if (follower) {
                    page.listen(message -> { });
                }
                return page;
            }));
        }
        int failed = 0;
        List<VaadinPage> open = new ArrayList<>();
        for (Future<VaadinPage> page : opening) {
            try {
                open.add(page.get());
            } catch (Exception e) {
                failed++;
            }
        }
        Thread.sleep(1000);
        if (baseline != null) {
            Snapshot held = snapshot(pidOfServer);
            System.out.printf("soak: %d sessions open at once: %.0f KB of heap each (%s)%n", open.size(),
                    (double) (held.heapKb() - baseline.heapKb()) / open.size(), held);
        }
        for (int i = 0; i < open.size(); i++) {
            VaadinPage page = open.get(i);
            if (i % 2 == 0) {
                pool.submit(() -> {
                    page.close();
                    return null;
                });
            } else {
                page.abandon();
            }
        }
        return failed;
    }

    /** What the server holds: its used heap after a full GC, and how many sessions and UIs are alive. */
    record Snapshot(long heapKb, long sessions, long uis) {
        @Override
        public String toString() {
            return "%d KB heap, %d HTTP sessions, %d UIs".formatted(heapKb, sessions, uis);
        }
    }

    // Waits, a GC every 15 s, until the heap is at most the target and no session of the waves is left, or 6 min.
    private static Snapshot settle(String pid, long targetKb) throws Exception {
        long deadline = System.currentTimeMillis() + 6 * 60_000;
        Snapshot now = snapshot(pid);
        while (System.currentTimeMillis() < deadline && (now.heapKb() > targetKb || now.sessions() > 1)) {
            Thread.sleep(15_000);
            now = snapshot(pid);
            System.out.printf("soak:   %s%n", now);
        }
        return now;
    }

    private static Snapshot snapshot(String pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String histogram = run(jcmd, pid, "GC.class_histogram");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd, pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info");
        }
        return new Snapshot(Long.parseLong(used.group(1)), instances(histogram,
                "org.apache.catalina.session.StandardSession"), instances(histogram, "com.vaadin.flow.component.UI"));
    }

    private static long instances(String histogram, String className) {
        Matcher row = Pattern.compile("\\s(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "\\s").matcher(histogram);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
