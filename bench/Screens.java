import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Screenshots of views at the three sizes we judge every change at: a 1366x768 laptop, a 1920x1080 projector and a
 * 390x844 phone. Prints the files it writes; it measures nothing.
 * Usage: java -cp CLASSPATH bench/Screens.java BASE_URL OUT_DIR PATH...   (for example /never-let-me-go?event=dolly-born)
 */
public class Screens {

    private record Size(String name, int width, int height) {}

    private static final List<Size> SIZES = List.of(new Size("laptop", 1366, 768), new Size("projector", 1920, 1080),
            new Size("phone", 390, 844));

    public static void main(String[] args) {
        String base = args[0];
        Path out = Path.of(args[1]);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = Chromium.launch(playwright);
            for (int i = 2; i < args.length; i++) {
                for (Size size : SIZES) {
                    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size.width, size.height));
                    page.navigate(base + args[i]);
                    // Every view has a heading once the app has drawn it; then a moment for the drawings to settle.
                    page.locator("main h1, main h2").first().waitFor(new com.microsoft.playwright.Locator
                            .WaitForOptions().setTimeout(60000));
                    page.waitForTimeout(2500);
                    String name = args[i].replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
                    Path file = out.resolve(name + "-" + size.name + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file));
                    System.out.println(file);
                    page.close();
                }
            }
        }
    }
}
