package storyweb;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Students exploring the novel, in Vaadin's own protocol (the sequence of bench/VaadinPage.java): each opens a
 * permalink (init request, then the ui-navigate the browser sends, then the batch of property events its components
 * send once drawn), makes ACTIONS choices with 2-5 s to think before each, and closes the tab (the unload beacon).
 * Every choice is the RPC that Chromium sends for the click (bench/LoadCheck.java compares them); node ids, item ids,
 * syncId and clientId come from the server's answers. The explorer has no push, so there is no WebSocket here.
 * Properties: base, users, ramp and hold (seconds), actions, sent (a file for the first body of each kind).
 */
public class Students extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:18100");
    static final int USERS = Integer.getInteger("users", 100);
    static final int RAMP = Integer.getInteger("ramp", 30);
    static final int HOLD = Integer.getInteger("hold", 60);
    static final int ACTIONS = Integer.getInteger("actions", 10);
    static final String ROUTE = "never-let-me-go";
    // Links a teacher hands out: an event, a person, a relationship in a phase, a later event in a phase.
    static final List<String> LINKS = List.of("event=dolly-born", "character=tommy",
            "relationship=miss-lucy-kathy&phase=hailsham-adolescence", "event=madame-in-littlehampton&phase=cottages");
    static final List<String> FILTERS =
            List.of("tracks=novel", "tracks=novel,science", "part=part-two", "part=part-one");
    // The web components that answer a value the server sets with a value-changed event, as the browser shows.
    static final List<String> SELECTS = List.of("phase", "order", "person", "tie");
    // The events Chromium sends once the explorer is drawn, by node and event, in its order.
    static final List<String> DRAWN = List.of("phase opened-changed", "phase value-changed", "order opened-changed",
            "order value-changed", "popover opened-changed", "person value-changed", "person opened-changed",
            "person filter-changed", "tie value-changed", "tie opened-changed", "tie filter-changed",
            "analysis opened-changed", "anachrony opened-changed");
    // The first body of each kind, for the browser check.
    static final Map<String, String> SENT = new ConcurrentHashMap<>();

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("storyweb-load (Gatling)").disableCaching();

    /** A node's id, by the id attribute the page gives its element. */
    static CheckBuilder node(String elementId, String key) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + elementId
                + "\"").saveAs(key);
    }

    /** What every UIDL answer must have, and what the next request takes from it. */
    static CheckBuilder[] answer(CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(
                status().is(200),
                substring("appError").notExists(),
                substring("sessionExpired").notExists(),
                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId"),
                // Values the server set (the selects echo them) and buttons it enabled or disabled.
                regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"value\"").findAll().optional().saveAs("valued"),
                regex("\"node\":(\\d+,\"type\":\"(?:put|remove))\",\"key\":\"disabled\"").findAll().optional()
                        .saveAs("toggled")));
        checks.addAll(List.of(more));
        return checks.toArray(CheckBuilder[]::new);
    }

    static String body(Session session, String kind, String rpc) {
        return body(session, kind, rpc, "");
    }

    static String body(Session session, String kind, String rpc, String more) {
        String body = "{\"csrfToken\":\"%s\",\"rpc\":%s,\"syncId\":%s,\"clientId\":%s%s}".formatted(
                session.getString("csrf"), rpc, session.getString("syncId"), session.getString("clientId"), more);
        SENT.putIfAbsent(kind, body);
        return body;
    }

    static String event(Session session, String node, String event, String data) {
        return "{\"type\":\"event\",\"node\":%s,\"event\":\"%s\",\"data\":%s}".formatted(session.getString(node),
                event, data);
    }

    static String navigate(String query, String trigger) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"%s\",\"query\":\"%s\","
                .formatted(ROUTE, query) + "\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"" + trigger
                + "\"}}]";
    }

    static String pick(Session session, String list) {
        List<String> ids = session.getList(list);
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** Remembers which phase buttons are disabled and which selects will echo a value, from the last answer. */
    static Session read(Session session) {
        Set<String> disabled = new HashSet<>(session.contains("disabled") ? session.getList("disabled") : List.of());
        for (Object toggle : session.contains("toggled") ? session.getList("toggled") : List.of()) {
            String[] parts = toggle.toString().split(",\"type\":\"");
            if (parts[1].equals("put")) {
                disabled.add(parts[0]);
            } else {
                disabled.remove(parts[0]);
            }
        }
        List<?> valued = session.contains("valued") ? session.getList("valued") : List.of();
        List<String> echoes = SELECTS.stream().map(session::getString).filter(valued::contains).toList();
        return session.set("disabled", new ArrayList<>(disabled)).set("echoes", echoes).remove("toggled")
                .remove("valued");
    }

    /** A request for a choice, then the echo of the selects the answer set, as the browser sends it. */
    static ChainBuilder choose(String kind, java.util.function.Function<Session, String> rpc) {
        return exec(http(kind).post("/?v-r=uidl&v-uiId=0").header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> body(session, kind, rpc.apply(session)))).check(answer()))
                .exec(Students::read)
                .doIf(session -> !session.getList("echoes").isEmpty()).then(
                        exec(http("echo").post("/?v-r=uidl&v-uiId=0")
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(session -> body(session, "echo", session.<String>getList("echoes")
                                        .stream().map(node -> "{\"type\":\"event\",\"node\":" + node
                                                + ",\"event\":\"value-changed\",\"data\":{}}")
                                        .collect(Collectors.joining(",", "[", "]")))))
                                .check(answer()))
                        .exec(Students::read));
    }

    static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":844,\"event.clientY\":27,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":124,\"event.screenX\":854}";

    ChainBuilder open = exec(session -> session.set("link", LINKS.get(ThreadLocalRandom.current()
            .nextInt(LINKS.size()))))
            .exec(session -> session.set("selection", session.getString("link").split("&")[0]))
            // The page itself first, as a browser asks for it: the server writes the first screen into it.
            .exec(http("page").get(session -> "/" + ROUTE + "?" + session.getString("link")).check(status().is(200)))
            .exec(http("init").get(session -> "/?v-r=init&location=" + ROUTE + "&query="
                            + URLEncoder.encode(session.getString("link"), StandardCharsets.UTF_8)
                            + "&v-sh=768&v-sw=1366&v-wh=768&v-ww=1366&v-bh=768&v-bw=1366&v-tzo=0&v-tzid=UTC&v-pr=1")
                    .check(regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf")))
            .exec(session -> session.set("syncId", "0").set("clientId", "0"))
            .exec(http("navigate").post("/?v-r=uidl&v-uiId=0")
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .body(StringBody(session -> body(session, "navigate", navigate(session.getString("link"), ""))))
                    .check(answer(node("timeline", "timeline"), node("graph", "graph"), node("next-phase", "next"),
                            node("previous-phase", "previous"), node("phase-select", "phase"),
                            node("order-choice", "order"), node("person-select", "person"),
                            node("relationship-select", "tie"), node("anachrony-section", "anachrony"),
                            node("analysis-section", "analysis"),
                            regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,"
                                    + "\"value\":\"vaadin-popover\"").saveAs("popover"),
                            regex("\\{\"id\":\"([a-z0-9-]+)\",\"text\":").findAll().saveAs("events"),
                            regex("\\{\"id\":\"([a-z0-9-]+)\",\"label\":\"[^\"]*\",\"group\"").findAll()
                                    .saveAs("people"),
                            regex("\\{\"id\":\"([a-z0-9-]+@\\d+)\",\"from\"").findAll().saveAs("edges"))))
            .exec(Students::read)
            // What the browser sends once the page is drawn: its components' property events, in its order.
            .exec(http("drawn").post("/?v-r=uidl&v-uiId=0").header("Content-Type", "application/json; charset=UTF-8")
                    .body(StringBody(session -> body(session, "drawn", Stream.concat(
                            DRAWN.stream().map(pair -> pair.split(" "))
                                    .map(pair -> event(session, pair[0], pair[1], "{}")),
                            Stream.of(sync(session, "person", "opened", "false"),
                                    sync(session, "person", "filter", "\"\""), sync(session, "tie", "opened", "false"),
                                    sync(session, "tie", "filter", "\"\"")))
                            .collect(Collectors.joining(",", "[", "]")))))
                    .check(answer()))
            .exec(Students::read);

    static String sync(Session session, String node, String property, String value) {
        return "{\"type\":\"mSync\",\"node\":%s,\"feature\":1,\"property\":\"%s\",\"value\":%s}".formatted(
                session.getString(node), property, value);
    }

    // The choices a student makes, by weight; each is what Chromium sends for that click.
    ChainBuilder act = randomSwitch().on(
            percent(35).then(exec(session -> session.set("chosen", pick(session, "events")))
                    .exec(choose("timeline-select", session -> "[" + event(session, "timeline", "timeline-select",
                            "{\"event.detail.ids\":[\"" + session.getString("chosen") + "\"]}") + "]"))
                    .exec(session -> session.set("selection", "event=" + session.getString("chosen")))),
            percent(20).then(exec(session -> session.set("chosen", pick(session, "people")))
                    .exec(choose("graph-node", session -> "[" + event(session, "graph", "network-select",
                            "{\"event.detail.edge\":null,\"event.detail.node\":\"" + session.getString("chosen")
                                    + "\"}") + "]"))
                    .exec(session -> session.set("selection", "character=" + session.getString("chosen")))),
            percent(15).then(exec(session -> session.set("chosen", pick(session, "edges")))
                    .exec(choose("graph-edge", session -> "[" + event(session, "graph", "network-select",
                            "{\"event.detail.edge\":\"" + session.getString("chosen")
                                    + "\",\"event.detail.node\":null}") + "]"))
                    .exec(session -> session.set("selection", "relationship="
                            + session.getString("chosen").split("@")[0]))),
            // A disabled button sends nothing in a browser: step the other way at either end.
            percent(20).then(exec(session -> session.set("step",
                            session.getList("disabled").contains(session.getString("next")) ? "previous" : "next"))
                    .exec(choose("phase-step", session -> "[" + event(session, session.getString("step"), "click",
                            CLICK) + "]"))),
            // A filter field's change navigates; the ui-navigate of Back/Forward takes the same path on the server.
            percent(10).then(choose("filter", session -> navigate(session.getString("selection") + "&"
                    + FILTERS.get(ThreadLocalRandom.current().nextInt(FILTERS.size())), "history"))));

    ScenarioBuilder students = scenario("student")
            .exec(open)
            .repeat(ACTIONS).on(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)).exec(act))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(http("unload").post("/?v-r=uidl&v-uiId=0").header("Content-Type", "application/json; charset=UTF-8")
                    .body(StringBody(session -> body(session, "unload", "[]", ",\"UNLOAD\":true"))));

    {
        setUp(students.injectClosed(rampConcurrentUsers(0).to(USERS).during(RAMP),
                constantConcurrentUsers(USERS).during(HOLD))).protocols(protocol);
    }

    @Override
    public void after() {
        String file = System.getProperty("sent");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), SENT.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
                        .sorted().collect(Collectors.joining("\n", "", "\n")));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
    }
}
