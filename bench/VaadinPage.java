import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the app without a browser, for the benchmarks that need more pages than Chromium can run here: it makes
 * the requests that a browser's page makes, in Vaadin's own protocol, and draws nothing. Opening sends the init
 * request and the navigation to the address; {@link #listen} opens the push WebSocket; {@link #close} sends the
 * beacon a browser sends when a tab closes, and {@link #abandon} just drops the connection, as a phone that lost
 * its network does. It keeps every cookie it is given, as a browser does: behind HAProxy the proxy's own cookie
 * (which server the page is on) comes beside the session's.
 */
final class VaadinPage implements WebSocket.Listener {

    /** A push message as it reached the page: when, and its text. */
    record Heard(long at, String text) {
    }

    private static final Pattern FIELD =
            Pattern.compile("\"(Vaadin-Security-Key|Vaadin-Push-ID|syncId)\":\"?([^\",}]+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final HttpClient http;
    private final String url;
    // Name to value, in the order they were set; sent with every request.
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String csrfToken;
    private final String pushId;
    private final String firstAnswer;
    private final StringBuilder partial = new StringBuilder();
    private Consumer<String> onMessage = message -> { };
    private volatile int syncId;
    private int clientId = 1;
    private WebSocket socket;
    private volatile Runnable onGone = () -> { };

    private VaadinPage(HttpClient http, String url, String route, Map<String, String> kept) throws Exception {
        this.http = http;
        this.url = url;
        cookies.putAll(kept);
        int question = route.indexOf('?');
        String path = question < 0 ? route : route.substring(0, question);
        String query = question < 0 ? "" : route.substring(question + 1);
        HttpRequest.Builder first = HttpRequest.newBuilder(URI.create(url + "/?v-r=init&location=" + encode(path)
                + "&query=" + encode(query)));
        if (!cookies.isEmpty()) {
            first.header("Cookie", cookie());
        }
        HttpResponse<String> init = http.send(first.build(), HttpResponse.BodyHandlers.ofString());
        init.headers().allValues("set-cookie").forEach(this::keep);
        if (init.statusCode() != 200 || cookies.isEmpty()) {
            throw new IllegalStateException("No session for " + route + ": " + init.statusCode());
        }
        Map<String, String> fields = fields(init.body());
        csrfToken = fields.get("Vaadin-Security-Key");
        pushId = fields.get("Vaadin-Push-ID");
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(csrfToken, path, query);
        firstAnswer = send(navigate);
        syncId = Integer.parseInt(fields(firstAnswer).getOrDefault("syncId", "0"));
    }

    static VaadinPage open(HttpClient http, String url, String route) throws Exception {
        return new VaadinPage(http, url, route, Map.of());
    }

    /** Opens a page as a browser that already holds these cookies does (a reload, or another page of the site). */
    static VaadinPage open(HttpClient http, String url, String route, Map<String, String> cookies) throws Exception {
        return new VaadinPage(http, url, route, cookies);
    }

    /** The cookies this page's browser holds now. */
    Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Called once the push connection is gone (the server or the proxy closed it, or it failed). */
    void whenGone(Runnable listener) {
        onGone = listener;
    }

    /** The answer to the navigation: the page's first content. */
    String firstAnswer() {
        return firstAnswer;
    }

    /** The state node of the element with this id, from the page's first content. */
    String node(String elementId) {
        Matcher node = Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                + Pattern.quote(elementId) + "\"").matcher(firstAnswer);
        if (!node.find()) {
            throw new IllegalStateException("No element #" + elementId + " on the page");
        }
        return node.group(1);
    }

    /** Opens the push connection; each message is kept in {@link #heard} and handed to the listener. */
    void listen(Consumer<String> listener) {
        onMessage = listener;
        String push = url.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        socket = http.newWebSocketBuilder().header("Cookie", cookie()).buildAsync(URI.create(push), this).join();
    }

    /** Sends these calls (a JSON array of Vaadin's RPC calls) as the page's next request, without waiting. */
    void sendLater(String rpc) {
        http.sendAsync(request(body(rpc)), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends these calls as the page's next request and returns the server's answer. */
    String sendNow(String rpc) throws Exception {
        return send(body(rpc));
    }

    /** Closes the page as a browser's tab does: the unload beacon tells the server the page is gone. */
    void close() throws Exception {
        send(body("[]").replaceFirst("}$", ",\"UNLOAD\":true}"));
        abandon();
    }

    /** Leaves without a word. */
    void abandon() {
        if (socket != null) {
            socket.abort();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            heard.add(new Heard(System.currentTimeMillis(), text));
            Matcher sync = SYNC_ID.matcher(text);
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            onMessage.accept(text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onGone.run();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onGone.run();
    }

    private synchronized String body(String rpc) {
        return "{\"csrfToken\":\"%s\",\"rpc\":%s,\"syncId\":%d,\"clientId\":%d}".formatted(csrfToken, rpc, syncId,
                clientId++);
    }

    private String send(String body) throws Exception {
        HttpResponse<String> answer = http.send(request(body), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The server answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create(url + "/?v-r=uidl&v-uiId=0")).header("Cookie", cookie())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // A Set-Cookie header: its name and value; one that expires it (Max-Age=0) removes it.
    private void keep(String header) {
        String[] pair = header.split(";", 2)[0].split("=", 2);
        if (header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(pair[0].strip());
        } else if (pair.length == 2) {
            cookies.put(pair[0].strip(), pair[1].strip());
        }
    }

    private String cookie() {
        return cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> found = new HashMap<>();
        Matcher matcher = FIELD.matcher(body);
        while (matcher.find()) {
            found.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
