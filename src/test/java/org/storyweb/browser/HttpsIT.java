package org.storyweb.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar over HTTPS, with a certificate made for the test: every kind of answer tells the browser to
 * keep to HTTPS (Strict-Transport-Security), and the app works there. Over plain HTTP no answer claims it
 * (SecurityHeadersIT).
 */
class HttpsIT extends BrowserTest {

    private static final String PASSWORD = "storyweb-test";

    @TempDir
    Path folder;

    @Test
    void everyAnswerOverHttpsAsksBrowsersToKeepToHttpsAndTheAppWorksThere() throws Exception {
        Path keyStore = certificate();
        try (RunningJar server = RunningJar.start("--server.ssl.key-store=" + keyStore,
                "--server.ssl.key-store-password=" + PASSWORD, "--server.ssl.key-store-type=PKCS12");
                HttpClient https = HttpClient.newBuilder().sslContext(trusting(keyStore)).build()) {
            String origin = "https://localhost:" + server.port();
            for (String[] answer : List.of(new String[] {"/never-let-me-go", "text/html", "200"},
                    new String[] {"/styles.css", "text/css", "200"},
                    new String[] {"/api/packs/never-let-me-go/events.json?upto=9", "application/json", "200"},
                    new String[] {"/no-such-book", "text/html", "404"},
                    new String[] {"/VAADIN/", "text/html", "404"},
                    new String[] {"/VAADIN/", "application/json", "404"})) {
                HttpResponse<String> response = https.send(HttpRequest.newBuilder(URI.create(origin + answer[0]))
                        .header("Accept", answer[1]).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(answer[0]).hasToString(answer[2]);
                assertThat(response.headers().firstValue("Strict-Transport-Security")).as(answer[0])
                        .contains("max-age=31536000");
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(answer[0]).isPresent();
            }

            try (BrowserContext secure = page.context().browser().newContext(new Browser.NewContextOptions()
                    .setIgnoreHTTPSErrors(true))) {
                Page reader = secure.newPage();
                reader.navigate(origin + "/never-let-me-go?character=ruth");
                assertThat(reader.locator("#detail-title")).hasText("Ruth");
                choosePerson(reader.locator("body"), "Tommy D.");
                assertThat(reader.locator("#detail-title")).hasText("Tommy D.");
            }
            assertThat(server.log()).doesNotContain(" ERROR ");
        }
    }

    // A self-signed certificate for localhost, made with the JDK's own keytool.
    private Path certificate() throws Exception {
        Path keyStore = folder.resolve("storyweb.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "storyweb", "-keyalg",
                "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return keyStore;
    }

    // Trusts that certificate and no other, so the client checks the server as a browser would.
    private static SSLContext trusting(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
