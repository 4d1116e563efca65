import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Prints how long Chromium takes from starting to open the explorer to both components painted: the timeline with
 * its items and the graph's canvas with ink on it. Each load is a fresh context (cold browser cache).
 * Usage: java -cp CLASSPATH bench/PaintTime.java URL [LOADS]
 */
public class PaintTime {

    private static final String WATCH_PAINT = """
            (() => {
              const inked = (canvas) => {
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < data.length; i += 16) { if (data[i] > 0) return true; }
                return false;
              };
              const check = () => {
                const item = document.querySelector('#timeline .vis-item');
                const canvas = document.querySelector('#graph canvas');
                if (item && canvas && canvas.width > 0 && inked(canvas)) {
                  window.__bothPainted = performance.now();
                } else {
                  requestAnimationFrame(check);
                }
              };
              requestAnimationFrame(check);
            })();
            """;

    public static void main(String[] args) {
        String url = args[0];
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1440, 1000));
                Page page = context.newPage();
                page.addInitScript(WATCH_PAINT);
                page.navigate(url);
                page.waitForFunction("() => window.__bothPainted !== undefined");
                times.add(((Number) page.evaluate("() => window.__bothPainted")).doubleValue());
                context.close();
            }
            Collections.sort(times);
            // The first load also warms the server; the median is the figure to compare.
            System.out.printf("paint: both components painted, ms from navigation start: median %.0f, min %.0f,"
                    + " max %.0f (%d loads)%n", times.get(times.size() / 2), times.getFirst(), times.getLast(), loads);
        }
    }
}
