package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.storyweb.web.BadAddresses;

/**
 * Three hundred generated bad addresses opened in Chromium: each shows the explorer or our error page, with no
 * dialog, no console error, no script from the address run and nothing logged as an error. The addresses come from
 * the same generator as the HTTP fuzz ({@code AddressFuzzIT}), from a printed seed; {@code -Dfuzz.seed=N} and
 * {@code -Dfuzz.browser=N} reproduce or widen a run.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadLinkFuzzIT extends BrowserTest {

    @Test
    void badAddressesOpenTheExplorerOrOurErrorPageWithNoScriptRun(CapturedOutput output) {
        long seed = Long.getLong("fuzz.seed", 20261202L);
        int count = Integer.getInteger("fuzz.browser", 300);
        List<String> addresses = BadAddresses.generate(seed + 1, count);
        int logStart = output.getOut().length();
        long started = System.nanoTime();
        // Every payload calls swfz(): if any of them runs, this counts it.
        page.addInitScript("window.swfz = () => { window.swfzRan = (window.swfzRan || 0) + 1; }");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !isTheErrorPagesOwnStatus(message)) {
                consoleErrors.add(message.text() + " " + message.location());
            }
        });

        for (String address : addresses) {
            page.navigate(url(address));
            Locator shown = page.locator("main.explorer h1, main.error-page h1").first();
            try {
                shown.waitFor(new Locator.WaitForOptions().setTimeout(15000));
            } catch (PlaywrightException e) {
                screenshot("bad-link-failed");
                throw new AssertionError("Neither the explorer nor our error page for " + address + " (seed " + seed
                        + "): " + page.locator("body").innerText(), e);
            }
            assertThat(shown.innerText()).as(address).matches("Never Let Me Go.*|This address could not be read"
                    + "|Nothing here");
            assertThat(page.locator("body").innerText()).as(address)
                    .doesNotContain("Exception", "Internal error", "Could not navigate", "stack trace");
            assertThat(page.evaluate("() => window.swfzRan || 0")).as(address).isEqualTo(0);
            assertThat(consoleErrors).as(address).isEmpty();
        }
        // The last page's requests are answered, so that any error they caused is in the log.
        waitUntilSettled(page);
        System.out.printf("Browser fuzz: %d addresses, seed %d, %.1f s%n", count, seed + 1,
                (System.nanoTime() - started) / 1e9);
        assertThat(dialogs).isEmpty();
        assertThat(output.getOut().substring(logStart).lines().filter(line -> line.contains(" ERROR ")).toList())
                .isEmpty();
    }

    // Chromium reports the 400 or 404 of the page itself as a console error; that is the page working: our error
    // page, or the nearest view that a link to a book or view that does not exist opens.
    private boolean isTheErrorPagesOwnStatus(ConsoleMessage message) {
        return message.text().startsWith("Failed to load resource: the server responded with a status of 4")
                && message.location().startsWith(page.url());
    }
}
