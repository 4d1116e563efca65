package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (from the npm registry) checks the views a teacher and a student see, at desktop and phone size, for
 * WCAG 2.1 A and AA problems: contrast, names, roles, landmarks, keyboard traps.
 */
class AccessibilityIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/never-let-me-go", "/never-let-me-go?event=dolly-born",
            "/never-let-me-go?relationship=kathy-ruth&phase=cottages", "/never-let-me-go?order=telling&upto=12",
            "/never-let-me-go/present?character=tommy"})
    void theViewHasNoSeriousAccessibilityProblems(String location) throws IOException {
        for (int[] size : new int[][] {{1440, 1000}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url(location));
            page.locator("#timeline [data-item-id]").first().waitFor();
            waitUntilSettled(page);
            List<Map<String, Object>> violations = axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa").stream()
                    .filter(v -> List.of("serious", "critical").contains(v.get("impact"))).toList();
            assertThat(violations).as("%s at %dx%d", location, size[0], size[1]).isEmpty();
        }
    }

    /**
     * The views a student explores with, with nothing at all for axe to report, of any impact and including its
     * best practices (content outside landmarks, for one): the explorer, an open detail panel, both tables, the
     * page about the book, present mode, and the explorer on a phone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/never-let-me-go@1440x1000", "/never-let-me-go?event=dolly-born@1440x1000",
            "/never-let-me-go?relationship=kathy-ruth&phase=cottages@1440x1000",
            "/never-let-me-go/table?upto=12@1440x1000", "/never-let-me-go/relationships?phase=cottages@1440x1000",
            "/never-let-me-go/about@1440x1000", "/never-let-me-go/present?character=tommy@1440x1000",
            "/never-let-me-go@390x844", "/never-let-me-go/table?event=dolly-born@390x844"})
    void theExploringViewsHaveNoAccessibilityProblemsOfAnyImpact(String locationAndSize) throws IOException {
        String location = locationAndSize.substring(0, locationAndSize.indexOf('@'));
        String[] size = locationAndSize.substring(locationAndSize.indexOf('@') + 1).split("x");
        page.setViewportSize(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        page.navigate(url(location));
        page.locator(location.contains("/table") || location.contains("/relationships") ? ".text-table tbody tr"
                : location.contains("/about") ? ".about-body" : "#timeline [data-item-id]").first().waitFor();
        waitUntilSettled(page);

        List<Map<String, Object>> violations = axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "best-practice");

        assertThat(violations).as(locationAndSize).isEmpty();
    }
}
