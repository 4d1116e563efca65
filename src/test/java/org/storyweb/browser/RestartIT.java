package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The server restarts while a page is open, and comes back without the page's session. On the next click the page
 * opens the same view again from its link, with no "session expired" dead end and no error dialog: both when the
 * sessions are simply gone, and when the production jar really stops and starts again, with a choice made while it
 * was down.
 */
class RestartIT extends BrowserTest {

    @Autowired
    private WebServerApplicationContext application;

    @Test
    void aPageOpenDuringARestartComesBackToItsViewOnTheNextClick() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(url("/never-let-me-go?character=ruth&upto=9"));
        assertThat(page.locator("#detail-title")).hasText("Ruth");
        page.evaluate("() => window.beforeRestart = true");

        restartServer();
        // Any choice will do: typing into the person list asks the server, which no longer knows the page.
        page.locator("#person-select input").fill("Tommy D.");
        page.locator("#person-select input").press("Enter");

        // The page reloads from its link: the same view, with nothing of the old page left.
        page.waitForCondition(this::reloaded);
        assertThat(page.locator("#detail-title")).hasText("Ruth");
        assertThat(page).hasURL(url("/never-let-me-go?character=ruth&upto=9"));
        assertThat(page.locator(".v-system-error")).hasCount(0);
        screenshot("after-restart");
        // And it works: the next click is answered.
        choosePerson(page.locator("body"), "Tommy D.");
        assertThat(page.locator("#detail-title")).hasText("Tommy D.");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aChoiceMadeWhileTheServerIsDownIsAnsweredWithTheSameViewOnceItIsBack() throws Exception {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        try (RunningJar server = RunningJar.start()) {
            String link = "http://localhost:" + server.port() + "/never-let-me-go?character=ruth&upto=9";
            page.navigate(link);
            assertThat(page.locator("#detail-title")).hasText("Ruth");
            page.evaluate("() => window.beforeRestart = true");

            server.stop();
            page.locator("#person-select input").fill("Tommy D.");
            page.locator("#person-select input").press("Enter");
            // The page says that it lost the server and keeps trying, rather than failing the choice.
            assertThat(page.locator("vaadin-connection-indicator[reconnecting]")).hasCount(1);
            screenshot("server-down");
            // The server stays down a while, as it does in a restart: a fixed time, since what is checked is that
            // nothing gives up during it (no error, no dialog, the same view once the server is back).
            page.waitForTimeout(3000);
            server.startAgain();

            page.waitForCondition(this::reloaded, new Page.WaitForConditionOptions().setTimeout(60000));
            assertThat(page.locator("#detail-title")).hasText("Ruth");
            assertThat(page).hasURL(link);
            assertThat(page.locator(".v-system-error")).hasCount(0);
            choosePerson(page.locator("body"), "Tommy D.");
            assertThat(page.locator("#detail-title")).hasText("Tommy D.");
            assertThat(dialogs).isEmpty();
            assertThat(server.log()).doesNotContain(" ERROR ");
        }
    }

    private boolean reloaded() {
        try {
            return Boolean.TRUE.equals(page.evaluate("() => window.beforeRestart === undefined"));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            return false; // The page is between the old document and the new one.
        }
    }

    /**
     * What a restart does to an open page's next request: the server knows no session. (The moment in which it
     * refuses connections is not played: a stopped Tomcat connector cannot take its port again in the same JVM.)
     */
    private void restartServer() {
        Tomcat tomcat = ((TomcatWebServer) application.getWebServer()).getTomcat();
        Context context = (Context) tomcat.getHost().findChildren()[0];
        for (Session session : context.getManager().findSessions()) {
            session.expire();
        }
    }
}
