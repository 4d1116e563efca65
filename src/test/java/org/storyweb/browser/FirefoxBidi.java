package org.storyweb.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Firefox, driven over WebDriver BiDi, the protocol Firefox speaks itself. Playwright can only drive its
 * own patched Firefox, which cannot be downloaded here, and geckodriver is not packaged; BiDi needs neither: Firefox
 * started with {@code --remote-debugging-port} listens for it on {@code ws://127.0.0.1:<port>/session}. Only what
 * the browser tests use is here: each command is JSON over a WebSocket, and its answer is a {@link JsonNode}.
 */
final class FirefoxBidi implements AutoCloseable {

    static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    /** Every event Firefox sent since the session began, such as the responses it received. */
    final List<JsonNode> events = new CopyOnWriteArrayList<>();
    /** Firefox's version, as the session reports it. */
    private String version;

    private FirefoxBidi(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    String version() {
        return version;
    }

    /**
     * Starts a headless Firefox with a fresh profile whose user.js holds these preferences (on top of Firefox's own
     * defaults and the ones its remote agent sets for automation), and opens a BiDi session on it.
     */
    static FirefoxBidi launch(Map<String, Object> prefs) throws Exception {
        Path profile = Files.createTempDirectory("storyweb-firefox-");
        StringBuilder userJs = new StringBuilder();
        prefs.forEach((name, value) -> userJs.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String text ? "\"" + text + "\"" : value).append(");\n"));
        Files.writeString(profile.resolve("user.js"), userJs);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // A port is all BiDi needs: remote.active-protocols' default is BiDi alone (Firefox has dropped CDP), and
        // Firefox says on stderr when it listens. No user.js pref is needed for it.
        Process process = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote",
                "--remote-debugging-port=" + port, "--profile", profile.toString(), "about:blank")
                .redirectErrorStream(true).start();
        CountDownLatch listening = new CountDownLatch(1);
        List<String> output = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    if (line.contains("WebDriver BiDi listening on")) {
                        listening.countDown();
                    }
                }
            } catch (IOException ended) {
                // Firefox was closed.
            }
        });
        if (!listening.await(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Firefox did not start its WebDriver BiDi server: " + output);
        }
        try {
            return connect(process, profile, port);
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static FirefoxBidi connect(Process process, Path profile, int port) throws Exception {
        FirefoxBidi[] self = new FirefoxBidi[1];
        StringBuilder partial = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/session"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String message = partial.toString();
                            partial.setLength(0);
                            self[0].received(JSON.readTree(message));
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        FirefoxBidi firefox = new FirefoxBidi(process, profile, socket);
        self[0] = firefox;
        JsonNode session = firefox.send("session.new", Map.of("capabilities", Map.of()));
        firefox.version = session.path("capabilities").path("browserVersion").asString();
        // The responses, to find any Set-Cookie header, and the tabs a page opens.
        firefox.send("session.subscribe", Map.of("events", List.of("network.responseCompleted",
                "browsingContext.contextCreated")));
        return firefox;
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = waiting.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Sends a command and waits for its result; an error from Firefox is thrown, with its message. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("id", id);
        command.put("method", method);
        command.put("params", params);
        socket.sendText(JSON.writeValueAsString(command), true).join();
        JsonNode message;
        try {
            message = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer in " + TIMEOUT, e);
        }
        if ("error".equals(message.path("type").asString())) {
            throw new BidiError(method + ": " + message.path("error").asString() + ": "
                    + message.path("message").asString());
        }
        return message.path("result");
    }

    static final class BidiError extends RuntimeException {
        BidiError(String message) {
            super(message);
        }
    }

    /** The first tab's context. */
    String tab() {
        return send("browsingContext.getTree", Map.of()).path("contexts").get(0).path("context").asString();
    }

    /** A new tab's context. */
    String newTab() {
        return send("browsingContext.create", Map.of("type", "tab")).path("context").asString();
    }

    void close(String context) {
        send("browsingContext.close", Map.of("context", context));
    }

    /** The context of the first frame in a page: an iframe is a child in the tree of contexts. */
    String frameOf(String context) {
        JsonNode children = send("browsingContext.getTree", Map.of("root", context)).path("contexts").get(0)
                .path("children");
        if (children.size() == 0) {
            throw new IllegalStateException("The page has no frame");
        }
        return children.get(0).path("context").asString();
    }

    /** Opens an address and waits for its load event. */
    void navigate(String context, String url) {
        send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    void setViewport(String context, int width, int height) {
        send("browsingContext.setViewport", Map.of("context", context,
                "viewport", Map.of("width", width, "height", height)));
    }

    /**
     * The value of a script in the context, as JSON: the script's value goes through JSON.stringify in the page, so
     * the answer is plain JSON rather than BiDi's typed remote values. Promises are awaited.
     */
    JsonNode evaluate(String context, String expression) {
        JsonNode result = send("script.callFunction", Map.of(
                "functionDeclaration", "async () => JSON.stringify(await (" + expression + ") ?? null)",
                "target", Map.of("context", context), "awaitPromise", true));
        if ("exception".equals(result.path("type").asString())) {
            throw new BidiError("script threw: " + result.path("exceptionDetails").path("text").asString()
                    + " in " + expression);
        }
        return JSON.readTree(result.path("result").path("value").asString());
    }

    /**
     * Polls a script in the context until its value passes the test, across the frame's navigations (a script in a
     * document being replaced fails, and is tried again), and returns that value.
     */
    JsonNode waitFor(String context, String expression, Predicate<JsonNode> test) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode last = null;
        RuntimeException failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = evaluate(context, expression);
                failure = null;
                if (test.test(last)) {
                    return last;
                }
            } catch (BidiError e) {
                failure = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s for " + expression + "; last value " + last,
                failure);
    }

    /** Waits for the script's value to be this text. */
    void waitForText(String context, String expression, String expected) {
        waitFor(context, expression, value -> expected.equals(value.asString()));
    }

    /**
     * A real pointer's click, as a reader's mouse: it moves to the element found by the selector (the first whose
     * text contains {@code text}, if given), offset from the element's centre by dx, dy, and presses and releases
     * the left button. The element is scrolled into view first, as Playwright does (BiDi refuses a move outside
     * the viewport). Firefox dispatches the click in the frame's own context.
     */
    void click(String context, String selector, String text, double dx, double dy) {
        JsonNode element = send("script.callFunction", Map.of(
                "functionDeclaration", """
                        (selector, text) => {
                          const element = [...document.querySelectorAll(selector)]
                              .find(e => text === null || e.textContent.includes(text));
                          element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                          return element;
                        }""",
                "arguments", List.of(Map.of("type", "string", "value", selector),
                        text == null ? Map.of("type", "null") : Map.of("type", "string", "value", text)),
                "target", Map.of("context", context), "awaitPromise", false)).path("result");
        if (!"node".equals(element.path("type").asString())) {
            throw new AssertionError("No element " + selector + (text == null ? "" : " with " + text));
        }
        Map<String, Object> origin = Map.of("type", "element",
                "element", Map.of("sharedId", element.path("sharedId").asString()));
        send("input.performActions", Map.of("context", context, "actions", List.of(Map.of(
                "type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(
                        Map.of("type", "pointerMove", "x", (int) Math.round(dx), "y", (int) Math.round(dy),
                                "origin", origin),
                        Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0))))));
        send("input.releaseActions", Map.of("context", context));
    }

    /** Back (-1) or Forward (1) in the tab's joint history, as the browser's own buttons. */
    void traverseHistory(String context, int delta) {
        send("browsingContext.traverseHistory", Map.of("context", context, "delta", delta));
    }

    /** The names of the cookies Firefox holds for this partition ({@code Map.of()}: without one). */
    List<String> cookieNames(Map<String, ?> partition) {
        List<String> names = new ArrayList<>();
        for (JsonNode cookie : send("storage.getCookies", partition.isEmpty() ? Map.of()
                : Map.of("partition", partition)).path("cookies")) {
            names.add(cookie.path("name").asString());
        }
        return names;
    }

    /** A PNG of the whole page in the context (beyond the viewport too), saved to this file. */
    Path screenshot(String context, Path file) throws IOException {
        String png = send("browsingContext.captureScreenshot", Map.of("context", context, "origin", "document"))
                .path("data").asString();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
        return file;
    }

    /** The headers of the responses Firefox received that set a cookie, with their addresses. */
    List<String> setCookieHeaders() {
        List<String> found = new ArrayList<>();
        for (JsonNode event : events) {
            if ("network.responseCompleted".equals(event.path("method").asString())) {
                JsonNode response = event.path("params").path("response");
                for (JsonNode header : response.path("headers")) {
                    if ("set-cookie".equalsIgnoreCase(header.path("name").asString())) {
                        found.add(response.path("url").asString() + ": " + header.path("value").path("value")
                                .asString());
                    }
                }
            }
        }
        return found;
    }

    /** The tab a page opened (as a link to a new tab), after the event numbered {@code since}. */
    String tabOpenedSince(int since) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : events.subList(since, events.size())) {
                JsonNode params = event.path("params");
                if ("browsingContext.contextCreated".equals(event.path("method").asString())
                        && params.path("parent").isNull()) {
                    return params.path("context").asString();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No tab was opened in " + TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            send("browser.close", Map.of());
        } catch (RuntimeException alreadyGone) {
            // Firefox may close the socket before it answers.
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
