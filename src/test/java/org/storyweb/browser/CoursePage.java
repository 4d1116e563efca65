package org.storyweb.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A course page of another site, as a school's LMS shows one: served from 127.0.0.2, which a browser counts as
 * another site than {@code localhost}, where Storyweb runs, so a Storyweb frame in it is cross-site. It holds the
 * snippet the supplier gives at the time of each request.
 */
final class CoursePage implements AutoCloseable {

    private final HttpServer server;

    CoursePage(Supplier<String> snippet) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!doctype html><html lang=en><title>English 11: Week 3</title>"
                    + "<body style=\"font-family: sans-serif; margin: 1.5rem; max-width: 1100px\">"
                    + "<h1>Week 3: Never Let Me Go, the Cottages</h1>"
                    + "<p>Before Thursday, explore how the friendships change once the three leave Hailsham.</p>"
                    + snippet.get() + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.2:" + server.getAddress().getPort() + "/week-3.html";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
