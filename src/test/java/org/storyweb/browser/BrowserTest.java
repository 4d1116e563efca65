package org.storyweb.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the whole app on a random port and drives it with Playwright in the system's Chromium (never a downloaded
 * browser). Each test gets a fresh browser context, as a new visitor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private StoryPacks packs;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("No Chromium found. Install it (apt-get install chromium) or set "
                + "CHROMIUM_PATH to its binary.");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        visitors.forEach(BrowserContext::close);
        context.close();
    }

    private final List<BrowserContext> visitors = new java.util.ArrayList<>();

    /** A page in a new browser context: someone else, with no cookies or history from this test. */
    protected Page newVisitor() {
        return newVisitor(new Browser.NewContextOptions().setViewportSize(1440, 1000));
    }

    /** A page in a new browser context with these options, such as a phone's screen and touch. */
    protected Page newVisitor(Browser.NewContextOptions options) {
        BrowserContext visitor = browser.newContext(options);
        visitors.add(visitor);
        return visitor.newPage();
    }

    /** The pack the tests look at, as the app loaded it: expectations come from the content, not from the test. */
    protected StoryPack pack() {
        return packs.find("never-let-me-go").orElseThrow();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Chooses a person from the list under the graph, by keyboard, as a reader would. */
    protected static void choosePerson(com.microsoft.playwright.Locator root, String name) {
        com.microsoft.playwright.Locator field = root.locator("#person-select input");
        field.fill(name);
        // The list is filtered on the server: wait for the person to be offered before choosing them.
        root.locator("vaadin-combo-box-item", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(name))
                .first().click();
    }

    // The page as a reader sees it once it has done what they asked: the server has answered (no Vaadin request is
    // under way), no drawing waits for its first data, the fonts are in, no animation or transition is running, and
    // the timeline's window, the graph's view and present mode's stage are the same one animation frame later as
    // they are now (vis-timeline steps its glides every 20 ms; present-stage.js fits the stage in the next frame).
    private static final String SETTLED = """
            () => new Promise(done => {
              const busy = Object.values(window.Vaadin?.Flow?.clients ?? {}).some(client => client.isActive?.());
              const waiting = [...document.querySelectorAll('div')].some(element => element.$waitingPatches);
              const moving = document.getAnimations().some(animation => animation.playState === 'running'
                && animation.effect?.getComputedTiming().iterations !== Infinity);
              if (busy || waiting || moving || document.fonts.status !== 'loaded') {
                done(false);
                return;
              }
              const shown = () => {
                const timeline = document.querySelector('#timeline')?.$connector?.timeline?.getWindow();
                const graph = document.querySelector('#graph')?.$connector;
                const network = graph?.network ?? window.storywebEmbed?.network;
                const stage = document.querySelector('main.present');
                return JSON.stringify([timeline?.start?.valueOf(), timeline?.end?.valueOf(), graph?.fade,
                  network?.getViewPosition(), network?.getScale(), stage?.style.getPropertyValue('--present-type'),
                  stage?.querySelector('.present-stage')?.className]);
              };
              const before = shown();
              requestAnimationFrame(() => requestAnimationFrame(() => done(shown() === before)));
            })""";

    /**
     * Waits until the page has settled as a reader would see it: the server has answered, the drawings are drawn and
     * nothing on it moves any more. Use it before measuring or checking a whole page, instead of a fixed wait.
     */
    protected static void waitUntilSettled(Page page) {
        page.waitForFunction(SETTLED);
    }

    /** Saves a screenshot under target/screenshots, for people to look at after a run. */
    protected Path screenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** axe-core's script, to add to a page before running it. */
    protected static String axe() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: the build fetches it in generate-test-resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What axe-core finds wrong on the page as it is now, for the given WCAG tags: each rule, its impact and where. */
    protected List<Map<String, Object>> axeViolations(String... tags) throws IOException {
        return axeViolations(page, tags);
    }

    /** What axe-core finds wrong on this page, as {@link #axeViolations(String...)} does on the test's own page. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> axeViolations(Page page, String... tags) throws IOException {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        return (List<Map<String, Object>>) page.evaluate("""
                async (tags) => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                  return result.violations.map(v => ({ id: v.id, impact: v.impact,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')) }));
                }""", List.of(tags));
    }
}
