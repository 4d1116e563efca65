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
 * Prints the server's heap per open browser session: opens SESSIONS explorer pages (each in its own context, so each
 * is its own Vaadin session), keeps them open, and compares the server's used heap after a full GC before and after.
 * Usage: java -cp CLASSPATH bench/SessionHeap.java URL SERVER_PID [SESSIONS]
 */
public class SessionHeap {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // One visit first, so that class loading and caches are not counted as session cost.
            open(browser, url).close();
            long before = usedHeapAfterGc(pid);
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                open.add(open(browser, url));
            }
            long after = usedHeapAfterGc(pid);
            System.out.printf("heap: %d sessions open; used heap after GC %d KB before, %d KB after: %.0f KB per"
                    + " session%n", sessions, before / 1024, after / 1024, (after - before) / 1024.0 / sessions);
            // The browser's keep-alive connections hold the server's socket buffers too; they are not session state
            // and close after the server's keep-alive timeout, while the sessions stay.
            Thread.sleep(Long.parseLong(System.getenv().getOrDefault("BENCH_IDLE_MS", "65000")));
            long idle = usedHeapAfterGc(pid);
            System.out.printf("heap: the same sessions once their connections are idle and closed: %.0f KB per"
                    + " session%n", (idle - before) / 1024.0 / sessions);
            open.forEach(BrowserContext::close);
        }
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

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
