package org.storyweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.storyweb.explore.ViewStateCodec;

/**
 * A few hundred generated bad links: none may cause a server error, show a stack trace, run a script or log an
 * error. Generated from a fixed seed, so a failure can be reproduced.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadLinkFuzzIT extends BrowserTest {

    private static final List<String> NASTY = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "javascript:alert(3)",
            "'};alert(4);//", "<svg onload=alert(5)>", "%00", "%", "%%", "%E0%A4%A", "../../etc/passwd",
            "-1", "0", "99999999999999999999", "1e308", "NaN", "Infinity", "2147483648", "0..0", "9999..0",
            "1990-13-45..2000", "..", "1990..", "x".repeat(3000), "\u202Eevil", "\uD83D\uDE00", "null",
            "undefined", "{}", "[]", "a,b,,c,", ",,,", " ", "\t", "kathy<b>", "never-let-me-go");

    private static List<String> badLinks() {
        Random random = new Random(20251121);
        List<String> names = new ArrayList<>(ViewStateCodec.PARAMETERS);
        names.addAll(List.of("utm_source", "__proto__", "constructor", "v-r", "<b>", ""));
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder link = new StringBuilder("/");
            link.append(random.nextInt(4) == 0 ? encode(pick(random, NASTY)) : "never-let-me-go");
            int parameters = 1 + random.nextInt(4);
            for (int p = 0; p < parameters; p++) {
                link.append(p == 0 ? '?' : '&')
                        .append(encode(pick(random, names))).append('=')
                        .append(random.nextInt(5) == 0 ? asTyped(pick(random, NASTY)) : encode(pick(random, NASTY)));
            }
            links.add(link.toString());
        }
        return links;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** As a browser sends a value typed or pasted into the address bar: only some characters get encoded. */
    private static String asTyped(String text) {
        StringBuilder sent = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '#' || c == '&' || c > 126) {
                sent.append(encode(Character.toString(c)));
            } else {
                sent.appendCodePoint(c);
            }
        });
        return sent.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void noBadLinkBreaksTheServerOrTheLog(CapturedOutput output) throws Exception {
        int logStart = output.getOut().length();
        HttpClient client = HttpClient.newHttpClient();
        for (String link : badLinks()) {
            URI uri;
            try {
                uri = URI.create(url(link));
            } catch (IllegalArgumentException e) {
                continue; // Not a URI a browser would send.
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(link).isLessThan(500);
            assertThat(response.body()).as(link).doesNotContain("Exception", "\tat org.", "<script>alert");
        }
        assertThat(errorLines(output, logStart)).isEmpty();
    }

    @Test
    void badLinksOpenAViewWithNoScriptRunAndNoStackTrace(CapturedOutput output) {
        int logStart = output.getOut().length();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        List<String> links = badLinks().stream().filter(link -> link.startsWith("/never-let-me-go")).limit(40)
                .toList();
        for (String link : links) {
            page.navigate(url(link));
            try {
                page.locator("#timeline .vis-item").first().waitFor(
                        new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(15000));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                screenshot("bad-link-failed");
                throw new AssertionError("The explorer did not open for " + link + ": " + page.locator("body")
                        .innerText(), e);
            }
            String text = page.locator("body").innerText();
            assertThat(text).as(link).doesNotContain("Exception", "Internal error", "stack trace");
            assertThat(page.locator("h1").innerText()).as(link).contains("Never Let Me Go");
        }
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
        assertThat(errorLines(output, logStart)).isEmpty();
        screenshot("bad-link");
    }

    private static List<String> errorLines(CapturedOutput output, int from) {
        return output.getOut().substring(from).lines()
                .filter(line -> line.contains(" ERROR ") || line.contains("Exception")).toList();
    }

}
