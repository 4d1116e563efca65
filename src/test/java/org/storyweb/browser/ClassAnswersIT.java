package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Tour;

/**
 * Students take part in a live class: a presenter and three followers (two phones and a laptop) answer a choice and
 * a short answer, the count rises on the projector, the teacher shows the answers on the projector and the phones,
 * hides one, and downloads the CSV; stale and forged answers are refused, and payloads stay text.
 */
class ClassAnswersIT extends BrowserTest {

    private static final String PAYLOAD = "<img src=x onerror=\"window.pwned=1\">";
    private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"x\")";
    private static final String NAME = "@Sam";
    private static final String PLUS = "+1: she keeps Tommy, and loses Kathy.";

    private Page phone() {
        return newVisitor(new Browser.NewContextOptions().setViewportSize(390, 844).setHasTouch(true)
                .setIsMobile(true).setDeviceScaleFactor(2));
    }

    private Page follow(Page student, String code) {
        student.navigate(url("/join/" + code));
        student.locator("#detail-title").waitFor();
        return student;
    }

    private Tour.Step step(String tour, int number) {
        return pack().tour(tour).orElseThrow().steps().get(number - 1);
    }

    private String name(String character) {
        return pack().character(character).orElseThrow().name();
    }

    private static Locator choice(Page student, String label) {
        return student.locator("#class-question .answer-choice", new Page.LocatorOptions().setHasText(label));
    }

    // A page sends what it likes: the event the form's buttons send, with any question and answer.
    private static void forge(Page student, String question, String answer) {
        student.evaluate("([question, answer]) => document.getElementById('class-question').dispatchEvent("
                + "new CustomEvent('answer-send', { detail: { question, answer } }))", List.of(question, answer));
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

    @Test
    void aClassAnswersAChoiceAndAShortAnswerAndTheTeacherShowsHidesAndDownloadsThem() throws IOException {
        Page teacher = page;
        teacher.setViewportSize(1920, 1080);
        teacher.navigate(url("/never-let-me-go/present?tour=triangle&step=1"));
        teacher.locator("main.present #timeline .vis-item").first().waitFor();
        teacher.locator("#start-class").click();
        String code = teacher.locator("#join-code").textContent().strip();
        teacher.locator("#class-join vaadin-button").click();

        Page first = follow(phone(), code);
        Page second = follow(phone(), code);
        Page laptop = follow(newVisitor(new Browser.NewContextOptions().setViewportSize(1366, 768)), code);
        // A first name for the teacher that a spreadsheet would take for a formula.
        laptop.locator("#student-name input").fill(NAME);
        laptop.locator("#give-name").click();
        assertThat(laptop.locator("#student-name-status")).hasText("Your teacher sees your answers as " + NAME + ".");
        Tour.Step choiceStep = step("triangle", 1);
        for (Page student : List.of(first, second, laptop)) {
            // The step comes first: its counter, narration and prompt, then its question.
            assertThat(student.locator("#class-step-counter")).containsText("Step 1 of 8");
            assertThat(student.locator("#class-narration")).hasText(choiceStep.narration());
            assertThat(student.locator("#class-prompt")).hasText("Discuss: " + choiceStep.prompt());
            assertThat(student.locator("#question-text")).hasText(choiceStep.question().text());
        }
        // The projector counts the students who joined, and shows no answer yet.
        assertThat(teacher.locator("#answer-count")).hasText("0 of 3 answered");
        assertThat(teacher.locator("#answer-results")).isHidden();
        shoot(first, "answers-phone-question");

        choice(first, name("tommy")).click();
        assertThat(first.locator("#answer-status")).containsText("Sent \u2713");
        assertThat(choice(first, name("tommy"))).hasAttribute("aria-pressed", "true");
        assertThat(teacher.locator("#answer-count")).hasText("1 of 3 answered");
        shoot(first, "answers-phone-sent");
        shoot(teacher, "answers-projector-count");

        // A changed answer is counted once.
        choice(second, name("kathy")).click();
        assertThat(teacher.locator("#answer-count")).hasText("2 of 3 answered");
        choice(second, name("tommy")).click();
        assertThat(choice(second, name("tommy"))).hasAttribute("aria-pressed", "true");
        assertThat(choice(second, name("kathy"))).hasAttribute("aria-pressed", "false");
        choice(laptop, name("ruth")).click();
        assertThat(teacher.locator("#answer-count")).hasText("3 of 3 answered");

        // A choice that is not an option is refused and changes nothing.
        forge(laptop, "triangle/1", "miss-emily");
        assertThat(laptop.locator("#answer-status")).hasText("That is not one of the choices; choose one of them.");
        assertThat(teacher.locator("#answer-count")).hasText("3 of 3 answered");

        // A student who breaks away is told a question waits, and comes back to it.
        shoot(laptop, "answers-laptop-question");
        Locator ruth = laptop.locator("#detail-panel [data-choose='character:ruth']").first();
        ruth.scrollIntoViewIfNeeded();
        ruth.click();
        assertThat(laptop.locator("#question-waiting")).isVisible();
        assertThat(laptop.locator("#class-question")).isHidden();
        laptop.locator("#follow-teacher").click();
        assertThat(choice(laptop, name("ruth"))).hasAttribute("aria-pressed", "true");

        teacher.locator("#show-answers").click();
        Locator bars = teacher.locator("#answer-results .answer-bars li");
        assertThat(bars).hasCount(3);
        assertThat(bars.filter(new Locator.FilterOptions().setHasText(name("tommy"))).locator(".answer-count"))
                .hasText("2");
        assertThat(bars.filter(new Locator.FilterOptions().setHasText(name("ruth"))).locator(".answer-count"))
                .hasText("1");
        assertThat(bars.filter(new Locator.FilterOptions().setHasText(name("kathy"))).locator(".answer-count"))
                .hasText("0");
        shoot(teacher, "answers-projector-bars");
        for (Page student : List.of(first, second, laptop)) {
            assertThat(student.locator("#class-question .answer-bars li").filter(new Locator.FilterOptions()
                    .setHasText(name("tommy"))).locator(".answer-count")).hasText("2");
            assertThat(choice(student, name("kathy"))).isDisabled();
        }
        shoot(first, "answers-phone-results");

        // The teacher hides one vote for Tommy: the tally falls everywhere, and the CSV marks that vote hidden.
        teacher.locator("#answer-results .answer-votes summary").click();
        Locator votes = teacher.locator("#answer-results .answer-votes li");
        assertThat(votes).hasCount(3);
        votes.filter(new Locator.FilterOptions().setHasText(name("tommy"))).first().locator(".answer-hide").click();
        assertThat(votes).hasCount(2);
        assertThat(teacher.locator("#answer-results .answer-summary")).hasText("2 answers, 1 hidden");
        for (Page any : List.of(teacher, first, second, laptop)) {
            assertThat(any.locator(".answer-bars li").filter(new Locator.FilterOptions()
                    .setHasText(name("tommy"))).locator(".answer-count")).hasText("1");
        }
        shoot(teacher, "answers-projector-vote-hidden");
        List<Map<String, Object>> onProjector = axeViolations("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "wcag2aaa", "best-practice");
        assertThat(onProjector).as("the results in present mode").isEmpty();

        // Moving on hides the results; an answer to the step that is no longer current is refused; back again,
        // the results show again.
        teacher.keyboard().press("ArrowRight");
        assertThat(teacher.locator("#present-step")).hasText("Step 2 of 8");
        assertThat(teacher.locator("#answer-results")).isHidden();
        assertThat(teacher.locator("#answer-count")).hasText("0 of 3 answered");
        assertThat(first.locator("#class-step-counter")).containsText("Step 2 of 8");
        forge(first, "triangle/1", "kathy");
        assertThat(first.locator("#answer-status")).hasText("The teacher has moved on, so this answer was not sent.");
        teacher.keyboard().press("ArrowLeft");
        assertThat(teacher.locator("#answer-results .answer-bars li")).hasCount(3);
        assertThat(teacher.locator("#answer-count")).hasText("3 of 3 answered");

        // A short answer: a payload, a formula and a sentence.
        for (int i = 0; i < 3; i++) {
            teacher.keyboard().press("ArrowRight");
        }
        assertThat(teacher.locator("#present-step")).hasText("Step 4 of 8");
        assertThat(first.locator("#question-text")).hasText(step("triangle", 4).question().text());
        Map<Page, String> written = Map.of(first, PAYLOAD, second, FORMULA, laptop, PLUS);
        written.forEach((student, text) -> {
            student.locator("#answer-text").fill(text);
            student.locator("#class-question .answer-send").click();
            assertThat(student.locator("#answer-status")).containsText("Sent \u2713");
        });
        assertThat(teacher.locator("#answer-count")).hasText("3 of 3 answered");
        teacher.locator("#show-answers").click();
        Locator cards = teacher.locator("#answer-results .answer-card");
        assertThat(cards).hasCount(3);
        assertThat(cards.filter(new Locator.FilterOptions().setHasText(PAYLOAD))).hasCount(1);
        for (Page student : List.of(first, second, laptop)) {
            assertThat(student.locator("#class-question .answer-card")).hasCount(3);
            assertThat(student.locator("#class-question .answer-card p").filter(new Locator.FilterOptions()
                    .setHasText(FORMULA))).hasCount(1);
        }
        // The teacher hides the payload: it leaves the projector and every phone.
        cards.filter(new Locator.FilterOptions().setHasText(PAYLOAD)).locator(".answer-hide").click();
        assertThat(cards).hasCount(2);
        assertThat(teacher.locator("#answer-results .answer-summary")).hasText("2 answers, 1 hidden");
        for (Page student : List.of(first, second, laptop)) {
            assertThat(student.locator("#class-question .answer-card")).hasCount(2);
            assertThat(student.locator("#class-question .answer-results")).not().containsText(PAYLOAD);
        }
        // Only its writer still sees it, in their own greyed box.
        assertThat(first.locator("#answer-text")).hasValue(PAYLOAD);
        assertThat(second.locator("#class-question")).not().containsText(PAYLOAD);
        shoot(teacher, "answers-projector-wall");
        for (Page any : List.of(teacher, first, second, laptop)) {
            assertThat(any.evaluate("() => window.pwned === undefined && !document.querySelector("
                    + "'#answer-results img, #class-question img')")).isEqualTo(true);
        }

        // The CSV, downloaded as the teacher's browser does, is what was sent: the formulas defused, the hidden
        // answers marked, each student a number or the first name they gave.
        Download download = teacher.waitForDownload(() -> teacher.locator("#answers-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("answers.csv");
        Path csv = Path.of("target", "screenshots", "answers.csv");
        download.saveAs(csv);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).isEqualTo("step,question,answer,student,time,hidden");
        assertThat(rows).hasSize(1 + 3 + 3);
        List<String> voteRows = rows.subList(1, 4);
        assertThat(voteRows).allMatch(row -> row.startsWith("\"The triangle through time, step 1\",\""
                + choiceStep.question().text() + "\","));
        assertThat(voteRows).filteredOn(row -> row.contains(",\"" + name("tommy") + "\",")).extracting(row -> row
                .substring(row.lastIndexOf(',') + 1)).containsExactlyInAnyOrder("\"hidden\"", "\"shown\"");
        assertThat(voteRows).filteredOn(row -> row.contains(",\"" + name("ruth") + "\",")).singleElement()
                .satisfies(row -> assertThat(row).contains(",\"'" + NAME + "\",").endsWith(",\"shown\""));
        List<String> shortRows = rows.subList(4, 7);
        assertThat(shortRows).allMatch(row -> row.startsWith("\"The triangle through time, step 4\",\""
                + step("triangle", 4).question().text().replace("\"", "\"\"") + "\","));
        assertThat(shortRows).filteredOn(row -> row.contains("onerror")).singleElement().satisfies(row ->
                assertThat(row).contains(",\"" + PAYLOAD.replace("\"", "\"\"") + "\",").endsWith(",\"hidden\""));
        assertThat(shortRows).filteredOn(row -> row.contains("HYPERLINK")).singleElement().satisfies(row ->
                assertThat(row).contains(",\"'" + FORMULA.replace("\"", "\"\"") + "\",").endsWith(",\"shown\""));
        assertThat(shortRows).filteredOn(row -> row.contains("keeps Tommy")).singleElement().satisfies(row ->
                assertThat(row).contains(",\"'" + PLUS + "\",\"'" + NAME + "\",").endsWith(",\"shown\""));
        assertThat(rows.subList(1, 7)).allMatch(row -> row.matches(".*,\"(Student [123]|'@Sam)\",\"20\\d\\d-.*"));
    }

    @Test
    void aPhonesQuestionHasNoAccessibilityProblemsAndAStudentAloneOnlyThinksAboutIt() throws IOException {
        page.navigate(url("/never-let-me-go/present?tour=memory&step=4"));
        page.locator("main.present #timeline .vis-item").first().waitFor();
        page.locator("#start-class").click();
        String code = page.locator("#join-code").textContent().strip();

        Page student = follow(phone(), code);
        assertThat(student.locator("#class-question .answer-choice")).hasCount(3);
        waitUntilSettled(student);
        assertThat(axeViolations(student, "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .as("the question on a phone").isEmpty();
        // Large touch targets: every choice is at least 48 px high and most of the screen wide.
        for (Object box : (List<?>) student.evaluate("() => [...document.querySelectorAll('.answer-choice')]"
                + ".map(b => [b.getBoundingClientRect().height, b.getBoundingClientRect().width])")) {
            List<?> size = (List<?>) box;
            assertThat(((Number) size.get(0)).doubleValue()).isGreaterThanOrEqualTo(48);
            assertThat(((Number) size.get(1)).doubleValue()).isGreaterThanOrEqualTo(300);
        }
        // By keyboard alone: the student answers with Enter, and the focus stays on their choice as it is drawn again.
        Locator second = student.locator("#class-question .answer-choice").nth(1);
        second.focus();
        student.keyboard().press("Enter");
        assertThat(student.locator("#answer-status")).containsText("Sent \u2713");
        assertThat(second).hasAttribute("aria-pressed", "true");
        assertThat(second).isFocused();

        Page alone = phone();
        alone.navigate(url("/never-let-me-go?tour=memory&step=4"));
        alone.locator("#timeline [data-item-id]").first().waitFor();
        assertThat(alone.locator("#tour-question")).hasText("Think about: "
                + step("memory", 4).question().text());
        assertThat(alone.locator(".tour-choices li")).hasCount(3);
        assertThat(alone.locator(".answer-choice, .answer-send")).hasCount(0);
    }
}
