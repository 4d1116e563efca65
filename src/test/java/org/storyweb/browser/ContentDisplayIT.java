package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate.Precision;

/** What the content looks like on screen: never more precise than it is known, uncertainty shown, sources linked. */
class ContentDisplayIT extends BrowserTest {

    private static final List<String> MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();

    private void openEvent(Event event) {
        page.navigate(url("/never-let-me-go?event=" + event.id()));
        page.locator("#detail-title").waitFor();
    }

    @Test
    void aDateKnownToTheYearOrLessNeverShowsAMonthOrADay() {
        List<Event> coarse = pack().events().stream()
                .filter(event -> event.date().precision() != Precision.DAY
                        && event.date().precision() != Precision.MONTH
                        && !(event.date().precision() == Precision.RANGE && event.date().label().matches(".*[A-Z].*")))
                .toList();
        assertThat(coarse).hasSizeGreaterThan(10);
        // Every third one, so that every kind of precision is met without opening all of them.
        for (int i = 0; i < coarse.size(); i += 3) {
            Event event = coarse.get(i);
            openEvent(event);
            String shown = page.locator("#detail-panel .detail-date").innerText();
            assertThat(shown).as(event.id()).contains(event.date().label());
            assertThat(MONTHS).as(event.id() + ": " + shown).noneMatch(shown::contains);
            assertThat(shown).as(event.id()).doesNotMatch(".*\\b\\d{1,2} (January|February|March|April|May|June"
                    + "|July|August|September|October|November|December).*");
            // On the timeline the event covers the whole time it may stand for, not a point.
            List<?> span = (List<?>) page.evaluate("id => { const i = document.querySelector('#timeline')"
                    + ".$connector.items.get(id); return [i.start, i.end ?? null]; }", event.id());
            assertThat(span.get(1)).as(event.id() + " is drawn as a span").isNotNull();
            LocalDate start = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(((Number) span.get(0)).longValue()),
                    ZoneOffset.UTC);
            assertThat(start).as(event.id()).isEqualTo(event.date().earliest());
        }
    }

    @Test
    void anUncertainFactSaysSoAndCitesItsSources() {
        Event uncertain = pack().events().stream().filter(Event::uncertain).findFirst().orElseThrow();

        openEvent(uncertain);

        assertThat(page.locator("#detail-panel .badge-uncertain")).hasText("Uncertain");
        assertThat(page.locator("#detail-panel .detail-note")).containsText(uncertain.note());
        assertThat(page.locator("#detail-panel .detail-sources li")).hasCount(uncertain.sourceIds().size());
        assertThat(page.locator("#timeline .vis-item.is-uncertain .storyweb-timeline-text[data-item-id='"
                + uncertain.id() + "']")).hasCount(1);
    }

    @Test
    void aGlossaryWordInAnEventLeadsToItsDefinitionWithoutLeavingTheEvent() {
        Event event = pack().event("kathy-becomes-ruths-carer").orElseThrow();
        openEvent(event);
        String address = page.url();

        page.locator("#detail-panel button.glossary-term[data-choose='term:carer']").click();

        assertThat(page.locator("#glossary-carer")).isFocused();
        assertThat(page.locator("#detail-title")).hasText(event.title());
        assertThat(page.url()).isEqualTo(address);
    }

    @Test
    void onAPhoneATappedGlossaryWordShowsItsWholeDefinitionOnScreen() {
        Event event = pack().event("kathy-becomes-ruths-carer").orElseThrow();
        Page phone = newVisitor(new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true)
                .setIsMobile(true));
        phone.navigate(url("/never-let-me-go?event=" + event.id()));
        Locator word = phone.locator("#detail-panel button.glossary-term[data-choose='term:carer']");
        word.scrollIntoViewIfNeeded();
        word.tap();

        assertThat(phone.locator("#glossary-carer")).isFocused();
        phone.waitForFunction("() => { const dd = document.querySelector('#glossary-carer + dd');"
                + " const box = dd.getBoundingClientRect(); const dt = document.querySelector('#glossary-carer')"
                + ".getBoundingClientRect(); return dt.top >= 0 && box.bottom <= window.innerHeight + 1; }");
    }

    @Test
    void theNarrationIsMarkedOnTheTimeline() {
        // The narration's span, the late 1990s, is in view from the phases of the carer years on.
        page.navigate(url("/never-let-me-go?window=1990..2005"));
        page.locator("#timeline .vis-item").first().waitFor();

        assertThat(page.locator("#timeline .vis-item.vis-background.narration")).hasCount(1);
        assertThat(page.locator("#timeline .vis-item.vis-background.narration")).containsText(
                pack().work().narrationLabel());
    }
}
