package org.storyweb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text answers travel compressed to a browser that accepts it, and decompress to the same bytes; Vaadin's JSON,
 * which carries the session's CSRF token, does not (docs/decisions/012).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionIT {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageAndItsStylesheetsAreCompressedAndVaadinsJsonIsNot() throws Exception {
        String page = new String(get("/never-let-me-go", false).body());
        assertThat(get("/never-let-me-go", true).headers().firstValue("Content-Encoding")).contains("gzip");
        Matcher stylesheet = Pattern.compile("href=\"\\./(lumo/lumo\\.css[^\"]*)\"").matcher(page);
        assertThat(stylesheet.find()).as("the theme's stylesheet in the page").isTrue();
        for (String address : new String[] {"/" + stylesheet.group(1), "/styles.css"}) {
            byte[] plain = get(address, false).body();
            HttpResponse<byte[]> compressed = get(address, true);

            assertThat(compressed.headers().firstValue("Content-Encoding")).as(address).contains("gzip");
            assertThat(compressed.body().length).as(address).isLessThan(plain.length / 3);
            assertThat(gunzip(compressed.body())).as(address).isEqualTo(plain);
        }

        HttpResponse<byte[]> init = get("/?v-r=init&location=never-let-me-go&query=", true);
        assertThat(new String(init.body())).contains("Vaadin-Security-Key");
        assertThat(init.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String address, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
