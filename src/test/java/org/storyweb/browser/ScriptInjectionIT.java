package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A pack whose every text field, in every kind of content file, carries script payloads: a script element, event
 * handler attributes, a {@code javascript:} link, SVG, CSS, an attribute break-out and Unicode direction overrides.
 * Every view and panel that shows them must show them as text, and run none of them.
 */
class ScriptInjectionIT extends BrowserTest {

    /** Every payload calls swfz(), which the page counts. */
    static final String PAYLOAD = String.join(" ", "<script>swfz()</script>", "<img src=x onerror=swfz()>",
            "<a href=\"javascript:swfz()\">link</a>", "<svg onload=swfz()><circle r=9></circle></svg>",
            "<style>*{display:none!important}</style>", "\" onmouseover=\"swfz()\" x=\"",
            "<iframe srcdoc=\"<script>parent.swfz()</script>\"></iframe>", "\u202Eevil\u202C");

    private static final Path CONTENT = createContent();

    private static Path createContent() {
        try {
            Path root = Files.createTempDirectory("storyweb-payloads").resolve("content");
            Files.createDirectories(root.resolve("schemas"));
            try (Stream<Path> schemas = Files.list(Path.of("content", "schemas"))) {
                for (Path schema : schemas.toList()) {
                    Files.copy(schema, root.resolve("schemas").resolve(schema.getFileName()));
                }
            }
            Map<String, String> files = Map.ofEntries(
                    Map.entry("work.yaml", """
                            id: payloads
                            title: %1$s
                            author: %1$s
                            published: 2001
                            description: %1$s
                            narration:
                              label: %1$s
                              date: 2000
                            groups:
                              - id: student
                                label: %1$s
                                background: "#dbe9ff"
                                border: "#1d4f91"
                                text: "#0b1f3a"
                                shape: box
                            """),
                    Map.entry("tracks.yaml", """
                            tracks:
                              - id: story
                                title: %1$s
                                description: %1$s
                                color: "#1d4f91"
                            """),
                    Map.entry("phases.yaml", """
                            phases:
                              - id: childhood
                                title: %1$s
                                chapters: [1, 2]
                                summary: %1$s
                            """),
                    Map.entry("structure.yaml", """
                            parts:
                              - id: part-one
                                title: %1$s
                                chapters:
                                  - number: 1
                                    summary: %1$s
                                  - number: 2
                                    summary: %1$s
                            """),
                    Map.entry("characters/anna.yaml", """
                            id: anna
                            name: %1$s
                            description: %1$s
                            group: student
                            """),
                    Map.entry("characters/ben.yaml", """
                            id: ben
                            name: Ben %1$s
                            description: %1$s
                            group: student
                            """),
                    Map.entry("sources/notes.yaml", """
                            id: notes
                            title: %1$s
                            citation: %1$s
                            url: https://example.org/notes
                            """),
                    Map.entry("events/meeting.yaml", """
                            id: meeting
                            title: %1$s
                            date: 1975-09
                            track: story
                            phase: childhood
                            chapter: 1
                            characters: [anna, ben]
                            text: %1$s
                            sources: [notes]
                            themes: [memory]
                            revealedInChapter: 1
                            uncertain: true
                            note: %1$s
                            prompts:
                              - %2$s
                            """),
                    Map.entry("relationships/anna-ben.yaml", """
                            id: anna-ben
                            between: [anna, ben]
                            states:
                              - from: childhood
                                to: childhood
                                kind: friendship
                                label: %1$s
                                evidence:
                                  - chapter: 2
                                    quote: %1$s
                                    paraphrase: %1$s
                                    sources: [notes]
                                prompts:
                                  - %2$s
                            """),
                    Map.entry("themes/memory.yaml", """
                            id: memory
                            title: %1$s
                            kind: theme
                            description: %1$s
                            sources: [notes]
                            """),
                    Map.entry("glossary/carer.yaml", """
                            id: carer
                            term: carer
                            forms: [carer]
                            definition: %1$s
                            firstChapter: 1
                            sources: [notes]
                            """),
                    Map.entry("tours/walk.yaml", """
                            id: walk
                            title: %1$s
                            summary: %1$s
                            steps:
                              - view:
                                  phase: childhood
                                  event: meeting
                                narration: %1$s
                                prompt: %2$s
                                sources: [notes]
                            """));
            for (var file : files.entrySet()) {
                Path path = root.resolve("payloads").resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue().formatted(quoted(PAYLOAD), quoted(PAYLOAD + " why?")));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("storyweb.content.dir", CONTENT::toString);
    }

    private final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void watchForScripts() {
        page.addInitScript("window.swfz = () => { window.swfzRan = (window.swfzRan || 0) + 1; }");
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    void everyViewAndPanelShowsThePayloadsAsTextAndRunsNone() {
        page.navigate(url("/payloads"));
        page.locator("#timeline .vis-item").first().waitFor();
        assertShownAsText("the bar", "h1");
        assertShownAsText("the timeline", "#timeline .storyweb-timeline-text");
        page.locator("#analysis-section vaadin-details-summary").click();
        page.locator("#anachrony-section vaadin-details-summary").click();
        page.locator("#anachrony-chart .scatter-point").first().waitFor();
        assertNothingRan("the folded sections");

        for (String view : List.of("event=meeting", "character=anna", "relationship=anna-ben")) {
            page.navigate(url("/payloads?" + view));
            page.locator("#detail-title").waitFor();
            assertShownAsText(view, "#detail-panel");
            page.locator("#detail-panel").hover();
        }
        page.locator("#filters").click();
        assertThat(page.locator("#track-filter")).isVisible();
        assertNothingRan("the filters");
        page.keyboard().press("Escape");
        page.locator("#share-button").click();
        assertThat(page.locator("#share-qr-image")).isVisible();
        assertNothingRan("the share dialog");
        page.keyboard().press("Escape");

        page.navigate(url("/payloads?tour=walk&step=1"));
        page.locator("#tour-step").waitFor();
        assertShownAsText("the tour's step", "#tour-guide");
        page.navigate(url("/payloads/present?tour=walk&step=1"));
        page.locator("#present-title").waitFor();
        assertShownAsText("the presentation", "#present-narration");
        // The embed is written by the server, outside Vaadin: the same content, the same rule.
        for (String view : List.of("event=meeting", "character=anna", "relationship=anna-ben")) {
            page.navigate(url("/payloads/embed?" + view));
            page.locator("#graph canvas").waitFor();
            assertShownAsText("the embed's details of " + view, "#detail-panel");
        }
        waitUntilSettled(page);
        screenshot("payloads");
        assertThat(dialogs).isEmpty();
    }

    private void assertShownAsText(String where, String selector) {
        String text = page.locator(selector).first().innerText();
        assertThat(text).as(where).contains("<script>swfz()</script>", "<img src=x onerror=swfz()>",
                "javascript:swfz()", "<svg onload=swfz()>", "<style>*{display:none!important}</style>",
                "onmouseover=\"swfz()\"");
        assertNothingRan(where);
    }

    private void assertNothingRan(String where) {
        assertThat(page.evaluate("() => window.swfzRan || 0")).as(where + ": payloads run").isEqualTo(0);
        assertThat(page.evaluate("() => document.querySelectorAll('img[src=\"x\"], svg[onload], "
                + "a[href^=\"javascript\"], iframe[srcdoc], [onmouseover]').length")).as(where + ": markup made")
                .isEqualTo(0);
        assertThat(page.evaluate("() => [...document.querySelectorAll('style')].filter(s => "
                + "s.textContent.includes('display:none!important')).length")).as(where + ": style made")
                .isEqualTo(0);
    }
}
