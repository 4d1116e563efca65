import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
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
 * Prints what a live class costs: a presenter steps through a tour while FOLLOWERS students follow at /join/<code>,
 * each in its own browser context (a real page with push, as a phone would have; no lighter client speaks Vaadin's
 * protocol, so every follower is a real one). For each step, over all followers and steps, median and p95 of:
 * the time from the presenter's key press until the step's push message reaches each follower (the server's part),
 * and until each follower's page shows the step (which adds drawing it: here every follower draws on this one
 * machine, beside the server, where in a classroom each has its own device). Then the server's heap per follower.
 * Figures only: it never fails a build.
 * Usage: java -cp CLASSPATH bench/ClassFollow.java URL SERVER_PID FOLLOWERS [STEPS]
 */
public class ClassFollow {

    // Each follower notes the moment its step title changes, on the machine's clock that the presenter's page shares.
    private static final String WATCH = """
            () => {
              window.__changes = [];
              const title = () => document.querySelector('#detail-title')?.textContent;
              let last = title();
              new MutationObserver(() => {
                const now = title();
                if (now !== last) { last = now; window.__changes.push([Date.now(), now]); }
              }).observe(document.body, { subtree: true, childList: true, characterData: true });
            }""";

    // Each follower notes when each push message reaches its page, before the page applies it.
    private static final String NOTE_MESSAGES = """
            (() => {
              const Native = window.WebSocket;
              window.__messages = [];
              const Noting = function (...args) {
                const socket = new Native(...args);
                socket.addEventListener('message', (event) => window.__messages.push(
                  [Date.now(), typeof event.data === 'string' ? event.data : '']));
                return socket;
              };
              Noting.prototype = Native.prototype;
              Object.assign(Noting, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.WebSocket = Noting;
            })();""";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        int followers = Integer.parseInt(args[2]);
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-renderer-backgrounding", "--disable-background-timer-throttling")));
            Page teacher = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            teacher.navigate(url + "/never-let-me-go/present?tour=triangle&step=1");
            teacher.locator("main.present #timeline .vis-item").first().waitFor();
            teacher.locator("#start-class").click();
            String code = teacher.locator("#join-code").textContent().strip();
            teacher.locator("#class-join vaadin-button").click();

            long before = usedHeapAfterGc(pid);
            List<Page> students = new ArrayList<>();
            for (int i = 0; i < followers; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
                Page student = context.newPage();
                student.addInitScript(NOTE_MESSAGES);
                student.navigate(url + "/join/" + code);
                student.locator("#detail-title").waitFor();
                student.evaluate(WATCH);
                students.add(student);
            }
            long after = usedHeapAfterGc(pid);

            List<Long> delays = new ArrayList<>();
            List<Long> arrivals = new ArrayList<>();
            int missed = 0;
            for (int step = 2; step <= steps + 1; step++) {
                long pressed = ((Number) teacher.evaluate("() => Date.now()")).longValue();
                teacher.keyboard().press("ArrowRight");
                String expected = teacher.locator("#present-title").textContent();
                teacher.waitForFunction("t => document.querySelector('#present-title').textContent !== t",
                        expected);
                String title = teacher.locator("#present-title").textContent();
                for (Page student : students) {
                    try {
                        student.waitForFunction("t => window.__changes.some(c => c[1] === t)", title,
                                new Page.WaitForFunctionOptions().setTimeout(30000));
                        Number at = (Number) student.evaluate("t => window.__changes.find(c => c[1] === t)[0]",
                                title);
                        delays.add(at.longValue() - pressed);
                    } catch (RuntimeException e) {
                        missed++;
                    }
                }
                for (Page student : students) {
                    Number at = (Number) student.evaluate("([t, since]) => (window.__messages.find(m => m[0] >= since"
                            + " && m[1].includes(t)) || [null])[0]", List.of(title, (double) pressed));
                    if (at != null) {
                        arrivals.add(at.longValue() - pressed);
                    }
                }
            }
            delays.sort(Long::compare);
            arrivals.sort(Long::compare);
            System.out.printf("class: %d followers, %d steps: key press to the push message at each follower %d ms"
                    + " median, %d ms p95 (%d of %d messages seen)%n", followers, steps, percentile(arrivals, 50),
                    percentile(arrivals, 95), arrivals.size(), followers * steps);
            System.out.printf("class: %d followers, %d steps: key press to each follower's page showing the step %d ms median, %d ms"
                    + " p95, %d ms max (%d updates missed)%n", followers, steps, percentile(delays, 50),
                    percentile(delays, 95), delays.isEmpty() ? 0 : delays.getLast(), missed);
            System.out.printf("class: server heap per follower %.0f KB%n", (after - before) / 1024.0 / followers);
            browser.close();
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static long usedHeapAfterGc(String pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd, pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
