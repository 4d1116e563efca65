package org.storyweb.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storyweb.browser.BrowserTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer that is not a success is our own page, in the app's look, with a sentence and a link to the book's
 * start; a readable view is recovered where the address allows. The addresses are the ones that showed Tomcat's or
 * Spring's default pages before.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT extends BrowserTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    private int port;

    @Test
    void addressesTomcatRefusesGetOurPageSayingItCouldNotBeRead(CapturedOutput output) {
        int logStart = output.getOut().length();
        for (String address : List.of("/%2e%2e/", "/nothing%00", "/a%2Fb", "/a%5Cb", "/x y")) {
            RawHttp.Response response = RawHttp.get(port, address, BROWSER_ACCEPT, null);

            assertThat(response.status()).as(address).isEqualTo(400);
            assertOurPage(address, response, "This address could not be read");
        }
        assertThat(errorLines(output, logStart)).isEmpty();
    }

    @Test
    void anOverlongEncodingInAParameterOpensTheViewWithoutThatParameter(CapturedOutput output) {
        int logStart = output.getOut().length();
        RawHttp.Response response = RawHttp.get(port, "/never-let-me-go?upto=%C0%AF&character=ruth", BROWSER_ACCEPT,
                null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/never-let-me-go?character=ruth");
        assertThat(errorLines(output, logStart)).isEmpty();
    }

    @Test
    void anAddressThatStartsWithABookButHasANulOpensThatBook() {
        RawHttp.Response response = RawHttp.get(port, "/never-let-me-go%00?upto=3", BROWSER_ACCEPT, null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/never-let-me-go?upto=3");
    }

    @Test
    void aRequestTooLargeToReadGetsOurPageAndNoRedirectToItself() {
        RawHttp.Response response = RawHttp.get(port, "/never-let-me-go?upto=3", BROWSER_ACCEPT,
                "crumbs=" + "c".repeat(9000));

        assertThat(response.status()).isEqualTo(400);
        assertOurPage("a huge cookie", response, "This address could not be read");
    }

    @Test
    void unknownFrameworkResourcesGetOurPageSayingNothingIsThere(CapturedOutput output) {
        int logStart = output.getOut().length();
        for (String address : List.of("/VAADIN/", "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/x",
                "/VAADIN/build/missing.js", "/favicon.ico")) {
            RawHttp.Response response = RawHttp.get(port, address, BROWSER_ACCEPT, null);

            assertThat(response.status()).as(address).isEqualTo(404);
            assertOurPage(address, response, "Nothing here");
        }
        assertThat(errorLines(output, logStart)).isEmpty();
    }

    @Test
    void aLinkToABookViewOrClassThatDoesNotExistIsNotFoundButStillOpensTheNearestView() {
        for (String address : List.of("/no-such-book?event=dolly", "/never-let-me-go/nothing", "/nobook/present",
                "/join/ZZZZZ")) {
            assertThat(RawHttp.get(port, address, BROWSER_ACCEPT, null).status()).as(address).isEqualTo(404);
        }
        for (String address : List.of("/", "/never-let-me-go?event=no-such-thing", "/never-let-me-go/present")) {
            assertThat(RawHttp.get(port, address, BROWSER_ACCEPT, null).status()).as(address).isEqualTo(200);
        }

        assertThat(page.navigate(url("/no-such-book?event=dolly")).status()).isEqualTo(404);
        assertThat(page.locator(".notices")).containsText("There is no book called \u201cno-such-book\u201d");
        assertThat(page.locator("#detail-title")).containsText("Dolly");
    }

    @Test
    void jsonClientsGetASmallJsonError() {
        for (var expected : List.of(new Object[] {"/VAADIN/", 404}, new Object[] {"/%2e%2e/", 400},
                new Object[] {"/test/fault", 500}, new Object[] {"/no-such-book", 404})) {
            String address = (String) expected[0];
            RawHttp.Response response = RawHttp.get(port, address, "application/json", null);

            assertThat(response.status()).as(address).isEqualTo(expected[1]);
            assertThat(response.header("Content-Type")).as(address).startsWith("application/json");
            JsonNode error = JsonMapper.builder().build().readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(expected[1]);
            assertThat(error.get("message").asString()).endsWith(".");
            assertThat(error.get("start").asString()).isEqualTo("/never-let-me-go");
            assertThat(response.body()).doesNotContain("Exception", "planted", "swfz");
        }
    }

    @Test
    void aFaultInTheServerGivesOurPageAndNoStackTrace() {
        RawHttp.Response response = RawHttp.get(port, "/test/fault", BROWSER_ACCEPT, null);

        assertThat(response.status()).isEqualTo(500);
        assertOurPage("/test/fault", response, "Something went wrong");
    }

    @Test
    void aFaultWhileAViewOpensShowsOurPageInTheApp() {
        page.navigate(url("/test/faulty-view"));

        assertThat(page.locator("main.error-page h1")).hasText("Something went wrong");
        assertThat(page.locator("main.error-page a.start")).hasText("Open Never Let Me Go");
        assertThat(page.locator("body")).not().containsText("xception");
        assertThat(page.locator("body")).not().containsText("planted");
        screenshot("error-view");
        page.locator("main.error-page a.start").click();
        assertThat(page.locator("h1")).containsText("Never Let Me Go");
    }

    @Test
    void theErrorPageLooksLikeTheAppInABrowser() {
        page.navigate(url("/VAADIN/"));

        assertThat(page).hasTitle("Nothing here \u2014 Storyweb");
        assertThat(page.locator("h1")).hasText("Nothing here");
        screenshot("error-page");
        page.locator("a.start").click();
        assertThat(page.locator("h1")).containsText("Never Let Me Go");
    }

    private static void assertOurPage(String address, RawHttp.Response response, String title) {
        assertThat(response.header("Content-Type")).as(address).startsWith("text/html");
        Document html = Jsoup.parse(response.body());
        assertThat(html.select("main.error-page h1").text()).as(address).isEqualTo(title);
        assertThat(html.select("main.error-page p.what").text()).as(address).endsWith(".");
        assertThat(html.select("a.start").attr("href")).as(address).isEqualTo("/never-let-me-go");
        assertThat(html.select("a.start").text()).as(address).isEqualTo("Open Never Let Me Go");
        assertThat(response.body()).as(address).doesNotContain("Whitelabel", "HTTP Status", "Tomcat", "Exception",
                "\tat ", "planted", "swfz");
    }

    private static List<String> errorLines(CapturedOutput output, int from) {
        return output.getOut().substring(from).lines().filter(line -> line.contains(" ERROR ")).toList();
    }
}
