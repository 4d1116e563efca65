package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** A student walks a guided tour alone in the explorer: every step is a link, and the tour is left as easily. */
class TourIT extends BrowserTest {

    @Test
    void aStudentFindsATourAndWalksItStepByStep() {
        page.setViewportSize(1366, 768);
        page.navigate(url("/never-let-me-go"));
        page.locator("#timeline [data-item-id]").first().waitFor();

        page.locator("#tour-guide a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("The triangle through time")).click();

        page.waitForURL(url("/never-let-me-go?tour=triangle&step=1"));
        assertThat(page.locator("#tour-step")).hasText("The triangle through time \u00b7 step 1 of 8");
        assertThat(page.locator("#detail-title")).hasText("Ruth and Kathy become friends");
        assertThat(page.locator("#tour-previous")).hasCount(0);

        page.locator("#tour-next").click();
        page.waitForURL(url("/never-let-me-go?tour=triangle&step=2"));
        assertThat(page.locator("#tour-step")).containsText("step 2 of 8");
        assertThat(page.locator("#detail-title")).hasText("Ruth and Tommy get back together");
        page.locator("#tour-previous").click();
        page.waitForURL(url("/never-let-me-go?tour=triangle&step=1"));

        page.locator("#tour-leave").click();
        page.waitForURL(url("/never-let-me-go?event=kathy-ruth-friends&phase=hailsham-childhood"));
        assertThat(page.locator("#tour-guide")).isHidden();
        assertThat(page.locator("#detail-title")).hasText("Ruth and Kathy become friends");
    }

    @Test
    void aTourStepCanBePresentedFromTheExplorer() {
        page.setViewportSize(1920, 1080);
        page.navigate(url("/never-let-me-go?tour=memory&step=3"));
        page.locator("#tour-present").click();

        page.waitForURL(url("/never-let-me-go/present?tour=memory&step=3"));
        assertThat(page.locator("#present-step")).hasText("Step 3 of 5");
    }
}
