import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints what a live class costs: a presenter steps through a tour while FOLLOWERS students follow at /join/<code>.
 * BROWSER_FOLLOWERS of them (default 3) are real pages in their own browser contexts, as a phone would have; the
 * rest are light clients that speak Vaadin's own protocol as a browser does (the init request, the navigation to
 * the join address, then the push WebSocket) but draw nothing. Forty Chromium pages on this 2-core machine spend
 * the CPU that the server needs, and in a classroom each student draws on their own device; the light clients let
 * the server's part be measured alone, and the real pages beside them show what a browser sees in the same run.
 * For each step, over all followers and steps, median and p95 of: the time from the presenter's key press until
 * the step's push message reaches each follower; and, for the real pages, until the page shows the step. Then the
 * server's heap per follower. Then an answer round: the light followers answer the first step's question within 10
 * seconds, and it prints the time from each answer to the presenter's count, the push messages the presenter's
 * page got meanwhile, the time from "Show answers" to the projector's and each follower's results, answers lost and
 * server CPU per answer. Figures only: it never fails a build.
 * <p>
 * SERVERS is the server's process id, or, behind HAProxy, each server's cookie value (HAProxy's STORYWEB_SERVER) and
 * process id: {@code app1=123,app2=456}. CPU and heap are then summed over the servers, and after the measured steps
 * one server that the presenter is not on is killed (kill -9): it prints the time until each of that server's
 * followers is back on the current step, how many are not, and the next step's arrival at every follower. A light
 * follower does what a browser's page does when its server goes: its push connection closes, it tries again after
 * a second (the follower page's reconnectInterval) and, finding no page of its own there, opens the join address
 * again (a browser reloads it), with the cookies it holds. BENCH_ANSWERS=0 leaves out the answer round.
 * Usage: java -cp CLASSPATH bench/ClassFollow.java URL SERVERS FOLLOWERS [STEPS [BROWSER_FOLLOWERS [window-reports]]]
 */
public class ClassFollow {

    // BENCH_WARMUP_PASSES: unmeasured passes through the tour before the measured one.
    private static final int WARMUP_PASSES = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_PASSES", "3"));

    // Each real follower notes the moment its step title changes, on the machine's clock that all clients share.
    private static final String WATCH = """
            () => {
              window.__changes = [];
              const title = () => document.querySelector('#detail-title')?.textContent;
              let last = title();
              new MutationObserver(() => {
                const now = title();
                if (now !== last) { last = now; window.__changes.push([Date.now(), now]); }
              }).observe(document.body, { subtree: true, childList: true, characterData: true });
            }""";

    // Each real follower notes when each push message reaches its page, before the page applies it.
    private static final String NOTE_MESSAGES = """
            (() => {
              const Native = window.WebSocket;
              window.__messages = [];
              const Noting = function (...args) {
                const socket = new Native(...args);
                socket.addEventListener('message', (event) => window.__messages.push(
                  [Date.now(), typeof event.data === 'string' ? event.data : '']));
                return socket;
              };
              Noting.prototype = Native.prototype;
              Object.assign(Noting, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.WebSocket = Noting;
              // Each step this load of the page shows, and when, from its first.
              window.__titles = [];
              let shown;
              const titles = new MutationObserver(() => {
                const title = document.querySelector('#detail-title')?.textContent;
                if (title && title !== shown) { shown = title; window.__titles.push([Date.now(), title]); }
              });
              document.addEventListener('DOMContentLoaded', () => titles.observe(document.body,
                  { subtree: true, childList: true, characterData: true }));
            })();""";

    // A step's message is the one that brings a new selection's details: each step of the tour selects another event.
    private static final String STEP_MARK = "detail-title";

    /**
     * A follower without a browser (see {@link VaadinPage}), that keeps every push message with the time it arrived.
     */
    static final class LightFollower {
        private static final Pattern WINDOW = Pattern.compile("\"window\":\\{\"start\":(-?\\d+),\"end\":(-?\\d+)\\}");
        // Daemon threads, so that the program ends when it is done.
        private static final java.util.concurrent.ScheduledExecutorService AGAIN =
                java.util.concurrent.Executors.newScheduledThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "open-again");
                    thread.setDaemon(true);
                    return thread;
                });
        private final HttpClient http;
        private final String url;
        private final String code;
        private final String studentId = java.util.UUID.randomUUID().toString();
        private volatile VaadinPage page;
        private volatile String timelineNode;
        private volatile String questionNode;
        private final boolean windowReports;
        private volatile boolean closing;
        // When a page opened again after its server went first answered, and that answer.
        volatile long backAt;
        volatile String backAnswer;
        // The Hailsham years, until the server asks for another window.
        private long[] window = {-157766400000L, 347155200000L};
        int reports;

        LightFollower(HttpClient http, String url, String code, boolean windowReports) throws Exception {
            this.http = http;
            this.url = url;
            this.code = code;
            this.windowReports = windowReports;
            start(VaadinPage.open(http, url, "join/" + code));
        }

        private void start(VaadinPage opened) {
            if (!opened.firstAnswer().contains(STEP_MARK)) {
                throw new IllegalStateException("The join page did not show a step: " + opened.firstAnswer());
            }
            timelineNode = opened.node("timeline");
            // A step without a question sends its form hidden, without its id (as after a reload at such a step).
            questionNode = opened.firstAnswer().contains("\"class-question\"") ? opened.node("class-question") : null;
            page = opened;
            opened.whenGone(this::gone);
            opened.listen(this::reportWindow);
            // As a browser's page does once it has its id (QuestionForm): a random id of its own, kept in the browser.
            if (questionNode != null) {
                opened.sendLater("""
                        [{"type":"event","node":%s,"event":"class-student","data":{"event.detail.id":"%s"}}]"""
                        .formatted(questionNode, studentId));
            }
        }

        // The push connection went: after a second, as the page's reconnectInterval, the browser finds no page of its
        // own on the server it reaches and loads the join address again.
        private void gone() {
            if (!closing) {
                AGAIN.schedule(this::openAgain, 1, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        private void openAgain() {
            try {
                VaadinPage opened = VaadinPage.open(http, url, "join/" + code, page.cookies());
                long shown = System.currentTimeMillis();
                start(opened);
                backAt = shown;
                backAnswer = opened.firstAnswer();
            } catch (Exception e) {
                gone(); // As a browser's reload that failed: try again a second later.
            }
        }

        /** Whether a page opened again after its server went showed this step. */
        boolean isBackOn(String title) {
            String answer = backAnswer;
            return answer != null && answer.contains(title.replace("\\", "\\\\").replace("\"", "\\\""));
        }

        /** The server this follower's browser is on: HAProxy's cookie. */
        String server() {
            return page.cookies().getOrDefault("STORYWEB_SERVER", "");
        }

        /** Answers the question as a tap on a choice does; true when the server said "Sent". */
        boolean answer(String question, String choice) throws Exception {
            return page.sendNow("""
                    [{"type":"event","node":%s,"event":"answer-send","data":{"event.detail.question":"%s",\
                    "event.detail.answer":"%s"}}]""".formatted(questionNode, question, choice)).contains("Sent ");
        }

        List<VaadinPage.Heard> heard() {
            return page.heard;
        }

        // Before 2026-12-02 a browser's timeline told the server the window it showed after every change the server
        // sent it; for such a jar this does too. It lays nothing out, so it reports the window the server asked for,
        // or else the last one.
        private void reportWindow(String message) {
            if (!windowReports || !message.contains("storywebTimelineConnector.sync")) {
                return;
            }
            Matcher asked = WINDOW.matcher(message);
            if (asked.find()) {
                window = new long[] {Long.parseLong(asked.group(1)), Long.parseLong(asked.group(2))};
            }
            page.sendLater("""
                    [{"type":"event","node":%s,"event":"timeline-window-change","data":{"event.detail.start":%d,\
                    "event.detail.byUser":false,"event.detail.end":%d}}]""".formatted(timelineNode, window[0],
                    window[1]));
            reports++;
        }

        void close() {
            closing = true;
            page.abandon();
        }
    }

    /** A server: HAProxy's cookie value for it ("" for one server alone) and its process id. */
    record Server(String name, String pid) {
    }

    static List<Server> servers(String argument) {
        if (!argument.contains("=")) {
            return List.of(new Server("", argument));
        }
        return java.util.Arrays.stream(argument.split(",")).map(pair -> pair.split("=", 2))
                .map(pair -> new Server(pair[0], pair[1])).toList();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        List<Server> servers = servers(args[1]);
        int followers = Integer.parseInt(args[2]);
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int browserFollowers = Math.min(followers, args.length > 4 ? Integer.parseInt(args[4]) : 3);
        boolean windowReports = args.length > 5 && args[5].equals("window-reports");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            HttpClient http = HttpClient.newHttpClient();
            Browser browser = Chromium.launch(playwright);
            Page teacher = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
            // The presenter's push messages, counted from the start so that the push connection is seen opening.
            teacher.onWebSocket(socket -> socket.onFrameReceived(frame -> {
                PRESENTER_PUSHES.incrementAndGet();
                PRESENTER_PUSH_BYTES.addAndGet(frame.text() == null ? frame.binary().length : frame.text().length());
            }));
            teacher.navigate(url + "/never-let-me-go/present?tour=triangle&step=1");
            teacher.locator("main.present #timeline .vis-item").first().waitFor();
            teacher.locator("#start-class").click();
            String code = teacher.locator("#join-code").textContent().strip();
            teacher.locator("#class-join vaadin-button").click();

            long before = usedHeapAfterGc(servers);
            List<Page> students = new ArrayList<>();
            for (int i = 0; i < browserFollowers; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
                Page student = context.newPage();
                student.addInitScript(NOTE_MESSAGES);
                student.navigate(url + "/join/" + code);
                student.locator("#detail-title").waitFor();
                student.evaluate(WATCH);
                students.add(student);
            }
            List<LightFollower> light = new ArrayList<>();
            for (int i = browserFollowers; i < followers; i++) {
                light.add(new LightFollower(http, url, code, windowReports));
            }
            long after = usedHeapAfterGc(servers);

            // Passes through the tour first, unmeasured, as a server that has been up for a lesson is warm: one pass
            // leaves much of Vaadin's code to the JIT compiler, whose CPU would be counted as the steps'.
            for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                for (int step = 2; step <= steps + 1; step++) {
                    nextStep(teacher, "ArrowRight");
                }
                nextStep(teacher, "Home");
                Thread.sleep(2000);
            }
            long cpuBefore = cpuMillis(servers);
            List<Long> painted = new ArrayList<>();
            List<Long> browserArrivals = new ArrayList<>();
            List<Long> lightArrivals = new ArrayList<>();
            int missed = 0;
            for (int step = 2; step <= steps + 1; step++) {
                String expected = teacher.locator("#present-title").textContent();
                long pressed = ((Number) teacher.evaluate("() => Date.now()")).longValue();
                teacher.keyboard().press("ArrowRight");
                teacher.waitForFunction("t => document.querySelector('#present-title').textContent !== t",
                        expected);
                String title = teacher.locator("#present-title").textContent();
                for (Page student : students) {
                    try {
                        List<Object> change = List.of(title, (double) pressed);
                        student.waitForFunction("([t, since]) => window.__changes.some(c => c[1] === t && c[0] >= since)",
                                change, new Page.WaitForFunctionOptions().setTimeout(30000));
                        Number at = (Number) student.evaluate(
                                "([t, since]) => window.__changes.find(c => c[1] === t && c[0] >= since)[0]", change);
                        painted.add(at.longValue() - pressed);
                        Number arrived = (Number) student.evaluate("since => (window.__messages.find(m =>"
                                + " m[0] >= since && m[1].includes(STEP_MARK)) || [null])[0]"
                                .replace("STEP_MARK", "'" + STEP_MARK + "'"), (double) pressed);
                        if (arrived != null) {
                            browserArrivals.add(arrived.longValue() - pressed);
                        }
                    } catch (RuntimeException e) {
                        missed++;
                    }
                }
                missed += arrivals(light, pressed, STEP_MARK, lightArrivals);
            }
            long cpuSpent = cpuMillis(servers) - cpuBefore;
            List<Long> arrivals = new ArrayList<>(browserArrivals);
            arrivals.addAll(lightArrivals);
            System.out.printf("class: %d followers (%d browser pages, %d light clients), %d steps, %d updates missed%n",
                    followers, browserFollowers, followers - browserFollowers, steps, missed);
            System.out.printf("class: key press to the step's push message at each follower: %s%n", spread(arrivals));
            System.out.printf("class:   at the light clients: %s%n", spread(lightArrivals));
            System.out.printf("class:   at the browser pages: %s%n", spread(browserArrivals));
            System.out.printf("class: key press to a browser page showing the step: %s%n", spread(painted));
            if (windowReports) {
                System.out.printf("class: the light clients reported %d timeline windows%n",
                        light.stream().mapToInt(follower -> follower.reports).sum());
            }
            // CPU time, unlike the delays, does not grow when other work on a shared machine takes turns with the server.
            System.out.printf("class: server CPU per follower and step %.1f ms (%d ms over the %d steps)%n",
                    (double) cpuSpent / followers / steps, cpuSpent, steps);
            System.out.printf("class: server heap per follower %.0f KB%n", (after - before) / 1024.0 / followers);
            if (servers.size() > 1) {
                System.out.printf("class: followers per server: %s (the presenter on %s)%n", light.stream()
                        .collect(java.util.stream.Collectors.groupingBy(LightFollower::server, java.util.TreeMap::new,
                                java.util.stream.Collectors.counting())), server(teacher));
                killOne(teacher, students, light, servers);
            } else if (!"0".equals(System.getenv("BENCH_ANSWERS"))) {
                answerRound(teacher, light, servers);
            }
            light.forEach(LightFollower::close);
            http.shutdownNow();
            browser.close();
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong PRESENTER_PUSHES =
            new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong PRESENTER_PUSH_BYTES =
            new java.util.concurrent.atomic.AtomicLong();

    private static String server(Page visitor) {
        return visitor.context().cookies().stream().filter(cookie -> cookie.name.equals("STORYWEB_SERVER"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }

    /**
     * Kills (kill -9) a server that the presenter is not on, mid-class. Prints the time from the kill until each of
     * its followers shows the current step again (on another server), how many do not within 30 s, and then the
     * next step's way to every follower.
     */
    private static void killOne(Page teacher, List<Page> students, List<LightFollower> light, List<Server> servers)
            throws Exception {
        String presenterOn = server(teacher);
        Server victim = servers.stream().filter(server -> !server.name().equals(presenterOn)).findFirst()
                .orElseThrow();
        String current = teacher.locator("#present-title").textContent();
        List<LightFollower> lightThere = light.stream().filter(follower -> follower.server().equals(victim.name()))
                .toList();
        List<Page> pagesThere = students.stream().filter(student -> server(student).equals(victim.name())).toList();
        for (Page student : pagesThere) {
            student.evaluate("() => window.__before = true");
        }
        long killed = System.currentTimeMillis();
        ProcessHandle.of(Long.parseLong(victim.pid())).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = killed + 30_000;
        List<Long> back = new ArrayList<>();
        int notBack = 0;
        for (LightFollower follower : lightThere) {
            while (!follower.isBackOn(current) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            if (follower.isBackOn(current)) {
                back.add(follower.backAt - killed);
            } else {
                notBack++;
            }
        }
        for (Page student : pagesThere) {
            String shown = "t => window.__before === undefined && (window.__titles || []).some(c => c[1] === t)";
            try {
                student.waitForFunction(shown, current, new Page.WaitForFunctionOptions().setTimeout(
                        Math.max(1, deadline - System.currentTimeMillis())));
                back.add(((Number) student.evaluate("t => window.__titles.find(c => c[1] === t)[0]", current))
                        .longValue() - killed);
            } catch (RuntimeException e) {
                notBack++;
            }
        }
        System.out.printf("kill: server %s killed (kill -9) with %d followers (%d light clients, %d browser pages); "
                + "kill to each one showing the current step again: %s; %d not back within 30 s%n", victim.name(),
                lightThere.size() + pagesThere.size(), lightThere.size(), pagesThere.size(), spread(back), notBack);

        // The presenter's next key press, from the server that is left, to every follower. The tour may be at its
        // last step, so it goes back one.
        for (Page student : students) {
            student.evaluate(WATCH);
        }
        long pressed = ((Number) teacher.evaluate("() => Date.now()")).longValue();
        nextStep(teacher, "ArrowLeft");
        String title = teacher.locator("#present-title").textContent();
        List<Long> arrivals = new ArrayList<>();
        int missed = 0;
        long stepDeadline = pressed + 30_000;
        for (Page student : students) {
            try {
                List<Object> change = List.of(title, (double) pressed);
                student.waitForFunction("([t, since]) => window.__changes.some(c => c[1] === t && c[0] >= since)",
                        change, new Page.WaitForFunctionOptions().setTimeout(
                                Math.max(1, stepDeadline - System.currentTimeMillis())));
                arrivals.add(((Number) student.evaluate(
                        "([t, since]) => window.__changes.find(c => c[1] === t && c[0] >= since)[0]", change))
                        .longValue() - pressed);
            } catch (RuntimeException e) {
                missed++;
            }
        }
        missed += arrivals(light, pressed, STEP_MARK, arrivals);
        System.out.printf("kill: the step after it, to all %d followers: %s (light: push message, browser: shown); "
                + "%d missed%n", light.size() + students.size(), spread(arrivals), missed);
    }

    // The presenter's count as it changes: [time, text].
    private static final String WATCH_COUNT = """
            () => {
              window.__counts = [];
              const count = () => document.querySelector('#answer-count')?.textContent;
              let last = count();
              new MutationObserver(() => {
                const now = count();
                if (now !== last) { last = now; window.__counts.push([Date.now(), now]); }
              }).observe(document.body, { subtree: true, childList: true, characterData: true });
            }""";

    /**
     * The light followers answer the first step's question, at random moments within 10 seconds; then the teacher
     * shows the answers. Prints the time from each answer to the presenter's count, from "Show answers" to each
     * follower's results, answers lost, and server CPU per answer.
     */
    private static void answerRound(Page teacher, List<LightFollower> light, List<Server> servers) throws Exception {
        nextStep(teacher, "Home");
        teacher.locator("#answer-count").waitFor();
        teacher.evaluate(WATCH_COUNT);
        String[] choices = {"kathy", "ruth", "tommy"};
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.Random random = new java.util.Random(23);
        List<java.util.concurrent.Future<Long>> sent = new ArrayList<>();
        long cpuBefore = cpuMillis(servers);
        long pushesBefore = PRESENTER_PUSHES.get();
        long pushBytesBefore = PRESENTER_PUSH_BYTES.get();
        long start = System.currentTimeMillis();
        for (LightFollower follower : light) {
            long at = start + random.nextInt(10_000);
            String choice = choices[random.nextInt(choices.length)];
            sent.add(senders.submit(() -> {
                Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
                long now = System.currentTimeMillis();
                return follower.answer("triangle/1", choice) ? now : -1L;
            }));
        }
        List<Long> acknowledged = new ArrayList<>();
        for (var future : sent) {
            long at = future.get();
            if (at >= 0) {
                acknowledged.add(at);
            }
        }
        long lastSent = System.currentTimeMillis();
        senders.shutdown();
        String expected = acknowledged.size() + " of ";
        try {
            teacher.waitForFunction("t => document.querySelector('#answer-count').textContent.startsWith(t)", expected,
                    new Page.WaitForFunctionOptions().setTimeout(30000));
        } catch (RuntimeException e) {
            // The count never reached the answers sent: the lost ones are printed below.
        }
        long cpuSpent = cpuMillis(servers) - cpuBefore;
        long pushes = PRESENTER_PUSHES.get() - pushesBefore;
        long pushBytes = PRESENTER_PUSH_BYTES.get() - pushBytesBefore;
        List<Long> sortedSent = acknowledged.stream().sorted().toList();
        List<?> counts = (List<?>) teacher.evaluate("() => window.__counts");
        List<Long> toCount = new ArrayList<>();
        for (int k = 1; k <= sortedSent.size(); k++) {
            for (Object entry : counts) {
                List<?> pair = (List<?>) entry;
                String text = (String) pair.get(1);
                if (text != null && text.matches("\\d+ of \\d+ answered")
                        && Integer.parseInt(text.split(" ")[0]) >= k) {
                    toCount.add(((Number) pair.get(0)).longValue() - sortedSent.get(k - 1));
                    break;
                }
            }
        }
        String finalCount = teacher.locator("#answer-count").textContent();
        int counted = Integer.parseInt(finalCount.split(" ")[0]);
        System.out.printf("answers: %d light followers answered within %.1f s: %d acknowledged (Sent), %d counted, "
                + "%d lost%n", light.size(), (lastSent - start) / 1000.0, acknowledged.size(), counted,
                acknowledged.size() - counted);
        System.out.printf("answers: answer to the presenter's count: %s%n", spread(toCount));
        System.out.printf("answers: the presenter's page got %d push messages (%d KB) and its count changed %d times "
                + "for %d answers%n", pushes, pushBytes / 1024, counts.size(), acknowledged.size());
        System.out.printf("answers: server CPU per answer %.1f ms (%d ms for %d answers)%n",
                (double) cpuSpent / Math.max(1, acknowledged.size()), cpuSpent, acknowledged.size());

        long pressed = ((Number) teacher.evaluate("() => Date.now()")).longValue();
        teacher.locator("#show-answers").click();
        teacher.waitForFunction("() => document.querySelector('#answer-results .answer-bars')");
        long onProjector = ((Number) teacher.evaluate("() => Date.now()")).longValue() - pressed;
        List<Long> toResults = new ArrayList<>();
        int missed = arrivals(light, pressed, "answer-bars", toResults);
        System.out.printf("answers: \"Show answers\" to the projector's results: %d ms; to each follower's: %s, %d "
                + "missed%n", onProjector, spread(toResults), missed);
    }

    /**
     * Waits, up to 30 s after the moment, for each light follower's first push message since then that holds the
     * mark; adds each one's delay to the list and returns how many never got one.
     */
    private static int arrivals(List<LightFollower> light, long since, String mark, List<Long> delays)
            throws InterruptedException {
        long deadline = since + 30_000;
        int missed = 0;
        for (LightFollower follower : light) {
            Long arrived;
            // Looked at once at least: after one follower took until the deadline, the others may have theirs.
            while ((arrived = follower.heard().stream().filter(m -> m.at() >= since && m.text().contains(mark))
                    .map(VaadinPage.Heard::at).findFirst().orElse(null)) == null
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            if (arrived == null) {
                missed++;
            } else {
                delays.add(arrived - since);
            }
        }
        return missed;
    }

    private static String spread(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? "none seen" : "%d ms median, %d ms p95, %d ms max (%d seen)".formatted(
                percentile(sorted, 50), percentile(sorted, 95), sorted.getLast(), sorted.size());
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static void nextStep(Page teacher, String key) {
        String before = teacher.locator("#present-title").textContent();
        teacher.keyboard().press(key);
        teacher.waitForFunction("t => document.querySelector('#present-title').textContent !== t", before);
    }

    private static long cpuMillis(List<Server> servers) throws IOException {
        long sum = 0;
        for (Server server : servers) {
            sum += cpuMillis(server.pid());
        }
        return sum;
    }

    private static long usedHeapAfterGc(List<Server> servers) throws IOException, InterruptedException {
        long sum = 0;
        for (Server server : servers) {
            sum += usedHeapAfterGc(server.pid());
        }
        return sum;
    }

    // The server's user and system CPU time, from Linux's /proc: fields 14 and 15, in clock ticks of 10 ms.
    static long cpuMillis(String pid) throws IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long usedHeapAfterGc(String pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd, pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
