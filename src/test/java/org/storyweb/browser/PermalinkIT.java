package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;

/** Links reopen views exactly, in a new browser context, in history and inside an iframe. */
class PermalinkIT extends BrowserTest {

    /** Opens a link in a fresh context, as someone who was sent it would. */
    private Page openFresh(String location) {
        Page visitor = newVisitor();
        visitor.navigate(url("/" + location));
        visitor.locator("#timeline .vis-item").first().waitFor();
        return visitor;
    }

    private static String path(Page page) {
        URI uri = URI.create(page.url());
        return uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void anEventLinkReopensTheEventItsPhaseAndItsHighlights() {
        Event event = pack().event("visit-to-madame").orElseThrow();
        String phaseTitle = pack().phase(event.phaseId()).orElseThrow().title();

        Page shared = openFresh("never-let-me-go?event=" + event.id() + "&phase=" + event.phaseId());

        assertThat(shared.locator("#detail-title")).hasText(event.title());
        assertThat(shared.locator("#timeline .vis-item.vis-selected .storyweb-timeline-text"))
                .hasAttribute("data-item-id", event.id());
        assertThat(shared.locator("#phase-select")).containsText(phaseTitle);
        shared.waitForFunction("ids => { const h = document.querySelector('#graph').$connector.highlighted;"
                + " return ids.every(id => h.has(id)) && h.size === ids.length; }", event.characterIds());
        assertThat(path(shared)).isEqualTo("never-let-me-go?event=" + event.id() + "&phase=" + event.phaseId());
        assertThat(shared.title()).startsWith(event.title());
    }

    @Test
    void characterAndRelationshipLinksReopenTheirPanels() {
        Page character = openFresh("never-let-me-go?character=ruth");
        assertThat(character.locator("#detail-title")).hasText("Ruth");
        assertThat(character.locator("#person-select input")).hasValue("Ruth");

        Page relationship = openFresh("never-let-me-go?relationship=kathy-tommy");
        assertThat(relationship.locator("#detail-title")).hasText("Kathy H. and Tommy D.");
        assertThat(relationship.locator("#detail-panel .detail-states > li"))
                .hasCount(pack().relationship("kathy-tommy").orElseThrow().states().size());
    }

    @Test
    void aWindowTracksThemesAndSpoilerLimitAreRestored() {
        Page shared = openFresh("never-let-me-go?window=1995..2006&tracks=ishiguro,science&themes=memory&upto=9");

        Object window = shared.evaluate("() => { const w = document.querySelector('#timeline').$connector"
                + ".timeline.getWindow(); return [w.start.valueOf(), w.end.valueOf()]; }");
        List<?> bounds = (List<?>) window;
        assertThat(LocalDate.ofInstant(java.time.Instant.ofEpochMilli(((Number) bounds.get(0)).longValue()),
                ZoneOffset.UTC)).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(LocalDate.ofInstant(java.time.Instant.ofEpochMilli(((Number) bounds.get(1)).longValue()),
                ZoneOffset.UTC)).isEqualTo(LocalDate.of(2007, 1, 1));
        assertThat(shared.locator("#timeline .vis-labelset .vis-label")).hasText(new String[] {
                pack().track("ishiguro").orElseThrow().title(), pack().track("science").orElseThrow().title()});
        List<String> shown = strings(shared.evaluate("() => document.querySelector('#timeline').$connector.items"
                + ".getIds().filter(id => !String(id).startsWith('background:'))"));
        assertThat(shown).isNotEmpty().allSatisfy(id -> {
            Event event = pack().event(id).orElseThrow();
            assertThat(event.trackId()).isIn("ishiguro", "science");
            assertThat(event.themeIds()).contains("memory");
        });
        assertThat(shared.locator("#filters")).hasAttribute("title", Pattern.compile("up to chapter 9"));
        shared.locator("#filters").click();
        assertThat(shared.locator("#spoiler-limit")).containsText("Chapter 9");
        assertThat(shared.locator("#track-filter vaadin-checkbox[checked]")).hasCount(2);
    }

    @Test
    void theOrderOfTellingIsRestored() {
        Page shared = openFresh("never-let-me-go?order=telling");

        assertThat(shared.locator("#order-choice")).containsText("By chapter");
        shared.locator("#timeline .vis-time-axis .vis-text.vis-minor",
                new Page.LocatorOptions().setHasText("Ch. 1")).first().waitFor();
        assertThat(shared.locator(".order-note")).isVisible();
    }

    @Test
    void presentAndEmbedModesAreRestored() {
        Page present = openFresh("never-let-me-go/present?character=tommy");
        assertThat(present.locator("main.present")).isVisible();
        assertThat(present.locator("#present-title")).hasText("Tommy D.");

        Page embedded = openFresh("never-let-me-go/embed?character=tommy");
        assertThat(embedded.locator("#detail-title")).hasText("Tommy D.");
        assertThat(embedded.locator("#present-button")).hasCount(0);
    }

    @Test
    void linksFromBeforeViewsHadTheirOwnPathStillWork() {
        Page present = openFresh("never-let-me-go?mode=present&phase=cottages");
        present.waitForURL(url("/never-let-me-go/present?phase=cottages"));
        assertThat(present.locator("main.present #present-title")).hasText("The Cottages");

        Page embedded = openFresh("never-let-me-go?mode=embed&event=dolly-born");
        embedded.waitForURL(url("/never-let-me-go/embed?event=dolly-born"));
        assertThat(embedded.locator("#detail-title")).hasText(pack().event("dolly-born").orElseThrow().title());
        Page older = openFresh("never-let-me-go?event=dolly-born&embed=1");
        older.waitForURL(url("/never-let-me-go/embed?event=dolly-born"));
    }

    @Test
    void choicesMakeHistoryAndBackAndForwardWalkThroughIt() {
        page.navigate(url("/never-let-me-go"));
        page.locator("#timeline .vis-item").first().waitFor();
        // An event of the first phase, which the timeline opens on.
        Event event = pack().event("tommy-tantrum").orElseThrow();

        page.locator("#timeline .storyweb-timeline-text[data-item-id='" + event.id() + "']").click();
        page.waitForURL(Pattern.compile(".*event=" + event.id() + ".*"));
        choosePerson(page.locator("body"), "Ruth");
        page.waitForURL(Pattern.compile(".*character=ruth.*"));
        assertThat(page.locator("#detail-title")).hasText("Ruth");

        page.goBack();
        page.waitForURL(Pattern.compile(".*event=" + event.id() + ".*"));
        assertThat(page.locator("#detail-title")).hasText(event.title());

        page.goBack();
        page.waitForURL(url("/never-let-me-go"));
        assertThat(page.locator("#detail-title")).hasCount(0);

        page.goForward();
        page.goForward();
        page.waitForURL(Pattern.compile(".*character=ruth.*"));
        assertThat(page.locator("#detail-title")).hasText("Ruth");
    }

    @Test
    void panningReplacesTheLinkWithoutAddingHistory() {
        page.navigate(url("/never-let-me-go"));
        page.locator("#timeline .vis-item").first().waitFor();
        Object before = page.evaluate("() => history.length");

        page.locator("#timeline .vis-center").hover();
        page.mouse().down();
        page.mouse().move(300, 300, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();

        page.waitForURL(Pattern.compile(".*window=\\d{4}(-\\d\\d-\\d\\d)?\\.\\.\\d{4}(-\\d\\d-\\d\\d)?.*"));
        assertThat(page.evaluate("() => history.length")).isEqualTo(before);
    }

    @Test
    void aBadLinkOpensTheNearestViewWithAGentleNotice() {
        Page shared = openFresh("never-let-me-go?event=no-such-thing&phase=cottages&window=banana");

        assertThat(shared.locator(".notices")).containsText("No event called \u201cno-such-thing\u201d");
        assertThat(shared.locator(".notices")).containsText("could not be read");
        assertThat(shared.locator("#phase-select")).containsText(pack().phase("cottages").orElseThrow().title());
        shared.waitForURL(url("/never-let-me-go?phase=cottages"));
    }

    @Test
    void theShareDialogGivesTheLinkAQrCodeAndAnEmbedSnippet() {
        page.navigate(url("/never-let-me-go?character=tommy"));
        page.locator("#timeline .vis-item").first().waitFor();

        page.locator("#share-button").click();

        assertThat(page.locator("#share-link input")).hasValue(url("/never-let-me-go?character=tommy"));
        assertThat(page.locator("#share-qr-image")).isVisible();
        assertThat(page.locator("#share-qr-image")).hasAttribute("alt", "QR code of the link to this view");
        assertThat(page.locator("#share-embed textarea").inputValue())
                .startsWith("<iframe src=\"" + url("/never-let-me-go/embed?character=tommy") + "\"");
        page.locator("#share-copy").click();
        assertThat(page.locator("#share-status")).hasText(Pattern.compile("Copied\\.|press Ctrl\\+C.*"));
        screenshot("share-dialog");
    }

    @Test
    void theFirstHtmlCarriesALinkPreviewAndAllowsFraming() throws Exception {
        Event event = pack().event("dolly-born").orElseThrow();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/never-let-me-go?event=" + event.id()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(response.body());
        assertThat(html.select("meta[property=og:title]").attr("content")).startsWith(event.title());
        assertThat(html.select("meta[property=og:description]").attr("content"))
                .startsWith(event.text().substring(0, 30));
        assertThat(html.select("meta[property=og:url]").attr("content"))
                .isEqualTo(url("/never-let-me-go?event=" + event.id()));
        assertThat(html.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).endsWith("; frame-ancestors *"));
        assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    private static List<String> strings(Object jsArray) {
        return ((List<?>) jsArray).stream().map(String::valueOf).toList();
    }
}
