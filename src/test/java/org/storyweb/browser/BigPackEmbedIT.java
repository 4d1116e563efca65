package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed of a pack of 5,000 events, as bench/synthetic-pack makes it: its page holds only the events in its opening
 * window, and panning far away brings and draws the events there, from the embed's items address.
 */
class BigPackEmbedIT extends BrowserTest {

    private static final int EVENTS = 5000;
    private static final Path CONTENT = createContent();

    // The pack and real-world events up to EVENTS, spread over 1950-2024 and the four non-story tracks.
    private static Path createContent() {
        try {
            Path root = Files.createTempDirectory("storyweb-big-pack");
            FileSystemUtils.copyRecursively(Path.of("content", "schemas"), root.resolve("schemas"));
            Path pack = root.resolve("never-let-me-go");
            FileSystemUtils.copyRecursively(Path.of("content", "never-let-me-go"), pack);
            List<String> tracks = List.of("ishiguro", "science", "culture", "reception");
            long have;
            try (var events = Files.list(pack.resolve("events"))) {
                have = events.count();
            }
            for (int i = 1; i <= EVENTS - have; i++) {
                String date = (1950 + (i * 37) % 75) + (i % 2 == 0 ? "" : "-%02d".formatted(1 + i % 12));
                Files.writeString(pack.resolve("events").resolve("synthetic-%05d.yaml".formatted(i)), """
                        id: synthetic-%05d
                        title: "Synthetic event %d"
                        date: "%s"
                        track: %s
                        text: A generated event.
                        sources: [roslin-dolly]
                        """.formatted(i, i, date, tracks.get(i % 4)));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("storyweb.content.dir", CONTENT::toString);
    }

    @Test
    void thePageSendsAtMost300KbAndSetsNoCookie() {
        Response answer = page.navigate(url("/never-let-me-go/embed?event=dolly-born"));
        page.locator("#timeline .vis-item").first().waitFor();

        // The document and whatever it fetched to draw, decoded, as bench/peers counts page data.
        double kb = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource').filter((entry) =>"
                + " ['fetch', 'xmlhttprequest'].includes(entry.initiatorType)))"
                + ".reduce((sum, entry) => sum + entry.decodedBodySize, 0) / 1000")).doubleValue();
        assertThat(kb).as("KB of page data").isGreaterThan(10).isLessThanOrEqualTo(300);
        assertThat(page.locator(".embed-lists summary").first().textContent())
                .matches("Events in the timeline's window \\(\\d+ of " + EVENTS + "\\)");
        assertThat(answer.headerValue("content-security-policy")).contains("connect-src 'self'");
        assertThat(context.cookies()).isEmpty();
    }

    @Test
    void panningFarAwayDrawsTheEventsThere() {
        page.navigate(url("/never-let-me-go/embed?event=dolly-born"));
        page.locator("#timeline .vis-item").first().waitFor();
        Set<String> inThePage = JsonMapper.builder().build().readTree(page.locator("#timeline-view").textContent())
                .get("items").valueStream().map(item -> item.get("text").asString()).collect(Collectors.toSet());

        // Dragged rightwards, a window's width at a time, as a reader pans back through the decades.
        BoundingBox rows = page.locator("#timeline .vis-panel.vis-center").boundingBox();
        double y = rows.y + 20;
        for (int drag = 0; drag < 4; drag++) {
            page.mouse().move(rows.x + 50, y);
            page.mouse().down();
            page.mouse().move(rows.x + rows.width - 50, y, new Mouse.MoveOptions().setSteps(10));
            page.mouse().up();
        }

        // The frame's address carries the window panned to (embed.js).
        page.waitForURL(Pattern.compile(".*window=19[5-7]\\d.*"));
        Locator drawnNow = page.locator("#timeline .vis-item .vis-item-content");
        page.waitForCondition(() -> drawnNow.allTextContents().stream().map(String::trim)
                .anyMatch(text -> text.startsWith("Synthetic event") && !inThePage.contains(text)));
        List<String> texts = drawnNow.allTextContents().stream().map(String::trim).toList();
        assertThat(texts).as("the events drawn after panning").isNotEmpty()
                .allMatch(text -> !inThePage.contains(text) || !text.startsWith("Synthetic"),
                        "not among the opening page's events");
    }
}
