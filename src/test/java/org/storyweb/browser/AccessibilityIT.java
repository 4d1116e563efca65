package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (from the npm registry) checks the views a teacher and a student see, at desktop and phone size, for
 * WCAG 2.1 A and AA problems: contrast, names, roles, landmarks, keyboard traps.
 */
class AccessibilityIT extends BrowserTest {

    private static String axe() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: the build fetches it in generate-test-resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/never-let-me-go", "/never-let-me-go?event=dolly-born",
            "/never-let-me-go?relationship=kathy-ruth&phase=cottages", "/never-let-me-go?order=telling&upto=12",
            "/never-let-me-go?mode=present&character=tommy"})
    void theViewHasNoSeriousAccessibilityProblems(String location) throws IOException {
        for (int[] size : new int[][] {{1440, 1000}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url(location));
            // On a phone the timeline is an agenda, without vis-timeline's items.
            page.locator("#timeline [data-item-id]").first().waitFor();
            page.waitForTimeout(500);
            page.addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setContent(axe()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                    async () => {
                      const result = await axe.run(document, {
                        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                      });
                      return result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
                    }""");
            assertThat(violations).as("%s at %dx%d", location, size[0], size[1]).isEmpty();
        }
    }
}
