package org.storyweb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ten thousand generated bad addresses, sent over HTTP to the real app: none may answer with a server error, a stack
 * trace, a framework's default page or markup from the address, and none may log an error. The seed is printed;
 * run again with {@code -Dfuzz.seed=N} to reproduce a failure, and {@code -Dfuzz.count=N} for more or fewer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AddressFuzzIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<String> DEFAULT_PAGES = List.of("Whitelabel", "HTTP Status", "Apache Tomcat",
            "There was an exception", "Could not navigate", "Internal error");
    private static final List<String> STACK_TRACES = List.of("Exception", "\tat ", "at org.", "at java.",
            "Caused by");

    @LocalServerPort
    private int port;

    @Test
    void noGeneratedAddressBreaksTheServerShowsAForeignPageOrEchoesMarkup(CapturedOutput output) throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261202L);
        int count = Integer.getInteger("fuzz.count", 10_000);
        List<String> addresses = BadAddresses.generate(seed, count);
        int logStart = output.getOut().length();
        long started = System.nanoTime();

        // One visitor: the session cookie of the first page goes with every address, as a browser would send it.
        String cookie = RawHttp.get(port, "/never-let-me-go", BROWSER_ACCEPT, null).header("Set-Cookie")
                .split(";")[0];
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                String address = addresses.get(i);
                String accept = i % 10 == 0 ? "application/json" : BROWSER_ACCEPT;
                sent.add(pool.submit(() -> {
                    RawHttp.Response response = RawHttp.get(port, address, accept, cookie);
                    statuses.merge(response.status(), 1, Integer::sum);
                    check(address, accept, response).forEach(problem -> problems.add(problem + " \u2014 GET "
                            + shorten(address)));
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Address fuzz: %d addresses, seed %d, %.1f s, statuses %s%n", count, seed, seconds,
                statuses);

        assertThat(problems).as("seed " + seed).isEmpty();
        assertThat(output.getOut().substring(logStart).lines().filter(line -> line.contains(" ERROR "))
                .toList()).as("errors logged, seed " + seed).isEmpty();
    }

    /** The app's own page, which says in its preview which view of a book it opens. */
    private static final String NEAREST_VIEW = "<meta property=\"og:site_name\" content=\"Storyweb\">";

    private static List<String> check(String address, String accept, RawHttp.Response response) {
        List<String> problems = new ArrayList<>();
        String body = response.body();
        if (response.status() >= 500) {
            problems.add("status " + response.status());
        }
        STACK_TRACES.stream().filter(body::contains).forEach(text -> problems.add("stack trace: " + text));
        DEFAULT_PAGES.stream().filter(body::contains).forEach(text -> problems.add("default page: " + text));
        BadAddresses.ECHOES.stream().filter(body::contains).forEach(text -> problems.add("echoed: " + text));
        // A JSON client gets the page too when its request was too large for its headers to be read. A link to a
        // book or view that does not exist is a 404 that opens the nearest view, with a notice.
        if (response.status() >= 400) {
            boolean json = accept.equals("application/json") && body.startsWith("{");
            boolean nearestView = response.status() == 404 && body.contains(NEAREST_VIEW);
            if (json ? !body.startsWith("{\"status\":" + response.status())
                    : !body.contains("<main class=\"error-page\">") && !nearestView) {
                problems.add("status " + response.status() + " without our error page: " + shorten(body));
            }
        }
        if (response.header("Content-Security-Policy") == null) {
            problems.add("no Content-Security-Policy");
        }
        return problems;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "\u2026 (" + text.length() + " chars)";
    }
}
