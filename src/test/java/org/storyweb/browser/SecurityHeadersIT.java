package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storyweb.web.RawHttp;

/**
 * The OWASP secure headers on every kind of response (the page, its scripts and styles, the data downloads, error
 * pages and JSON errors), a policy the app really runs under in production mode, and embedding from another site.
 */
class SecurityHeadersIT extends BrowserTest {

    @LocalServerPort
    private int port;

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        RawHttp.Response html = RawHttp.get(port, "/never-let-me-go", "text/html", null);
        Matcher script = Pattern.compile("VAADIN/build/[^\"]+\\.js").matcher(html.body());
        assertThat(script.find()).isTrue();
        Map<String, RawHttp.Response> responses = new LinkedHashMap<>();
        responses.put("page", html);
        responses.put("script", RawHttp.get(port, "/" + script.group(), "*/*", null));
        responses.put("style", RawHttp.get(port, "/styles.css", "text/css", null));
        responses.put("icon", RawHttp.get(port, "/icons/favicon.svg", "image/*", null));
        responses.put("404 page", RawHttp.get(port, "/VAADIN/", "text/html", null));
        responses.put("400 page", RawHttp.get(port, "/%2e%2e/", "text/html", null));
        responses.put("500 page", RawHttp.get(port, "/test/fault", "text/html", null));
        responses.put("JSON error", RawHttp.get(port, "/VAADIN/", "application/json", null));

        responses.forEach((kind, response) -> assertSecurityHeaders(kind, response::header));
        assertThat(responses.get("500 page").status()).isEqualTo(500);
    }

    @Test
    void theDataDownloadsCarryTheHeaders() {
        page.navigate(url("/never-let-me-go"));
        page.locator("#analysis-section vaadin-details-summary").click();
        Locator links = page.locator("#downloads a[href]");
        links.first().waitFor();
        assertThat(links.count()).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < links.count(); i++) {
            String href = links.nth(i).getAttribute("href");
            APIResponse download = page.request().get(page.evaluate("href => new URL(href, document.baseURI).href",
                    href).toString());
            assertThat(download.status()).as(href).isEqualTo(200);
            assertSecurityHeaders("download " + links.nth(i).innerText(), download.headers()::get);
        }
    }

    @Test
    void theAppRunsUnderItsPolicyWithNoViolation() {
        page.addInitScript("window.violations = []; document.addEventListener('securitypolicyviolation', "
                + "e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });

        page.navigate(url("/never-let-me-go"));
        page.locator("#timeline .storyweb-timeline-text[data-item-id='madame-gallery']").click();
        assertThat(page.locator("#detail-title")).hasText(pack().event("madame-gallery").orElseThrow().title());
        choosePerson(page.locator("body"), "Tommy D.");
        assertThat(page.locator("#detail-title")).hasText("Tommy D.");
        page.locator("#analysis-section vaadin-details-summary").click();
        page.locator("#anachrony-section vaadin-details-summary").click();
        assertThat(page.locator("#anachrony-chart .scatter-point").first()).isVisible();
        page.locator("#share-button").click();
        assertThat(page.locator("#share-qr-image")).isVisible();
        page.keyboard().press("Escape");
        page.locator("#present-button").click();
        assertThat(page.locator("main.present")).isVisible();
        // A live class: the join screen's QR code, and a follower's page, which talks to the server through push.
        page.locator("#start-class").click();
        assertThat(page.locator("#join-qr")).isVisible();
        String code = page.locator("#join-code").textContent().strip();
        page.navigate(url("/join/" + code));
        assertThat(page.locator("#class-status")).hasText("Following the teacher.");
        waitUntilSettled(page);

        assertThat(page.evaluate("() => window.violations")).asList().isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aCoursePageOnAnotherSiteMayFrameTheEmbed() throws Exception {
        // A course page served by a server of its own at 127.0.0.1, another site than localhost.
        byte[] coursePage = ("<!doctype html><title>Week 3</title><h1>Week 3</h1><iframe id=sw title=Storyweb "
                + "width=1200 height=900 src=\"" + url("/never-let-me-go/embed") + "\"></iframe>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpServer course = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        course.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, coursePage.length);
            exchange.getResponseBody().write(coursePage);
            exchange.close();
        });
        course.start();
        try {
            page.navigate("http://127.0.0.1:" + course.getAddress().getPort() + "/week-3.html");

            // A frame the policy forbids stays empty; this one holds the embed (EmbedIT uses it).
            assertThat(page.frameLocator("#sw").locator("#embed-open")).isVisible();
            assertThat(page.frames().get(1).title()).isEqualTo("Never Let Me Go \u2014 Storyweb");
        } finally {
            course.stop(0);
        }
    }

    private static void assertSecurityHeaders(String kind, java.util.function.Function<String, String> header) {
        String policy = header.apply("content-security-policy");
        assertThat(policy).as(kind + ": Content-Security-Policy").isNotNull();
        Map<String, String> directives = Arrays.stream(policy.split(";")).map(String::strip)
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
        assertThat(directives).as(kind).containsEntry("default-src", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'")
                // What Vaadin Flow needs, and no more: no other site, no data: or blob: scripts.
                .containsEntry("script-src", "'self' 'unsafe-inline' 'unsafe-eval'")
                .containsEntry("style-src", "'self' 'unsafe-inline'")
                .containsEntry("frame-ancestors", "*");
        assertThat(header.apply("x-content-type-options")).as(kind).isEqualTo("nosniff");
        assertThat(header.apply("referrer-policy")).as(kind).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header.apply("permissions-policy")).as(kind).contains("camera=()", "microphone=()",
                "geolocation=()");
        // Only over HTTPS; a plain HTTP answer must not claim it.
        assertThat(header.apply("strict-transport-security")).as(kind).isNull();
    }
}
