package org.storyweb.classroom;

import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The followers' pages open on this server, so that a server being stopped (SIGTERM, a deploy) sends them to
 * another. Spring Boot's graceful shutdown first stops taking connections (the proxy then sends new ones elsewhere)
 * and lets open requests finish; then, before the web server closes, each follower's page is told through its push
 * connection to reload: it opens its class again on another server, at the current step.
 */
@Component
class FollowerPages implements SmartLifecycle {

    private final Set<UI> pages = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void add(UI page) {
        pages.add(page);
    }

    void remove(UI page) {
        pages.remove(page);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        pages.forEach(page -> page.access(() -> page.getPage().reload()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // After graceful shutdown's phase (stopped first), before the web server's own (stopped last).
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;
    }
}
