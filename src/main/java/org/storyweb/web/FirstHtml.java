package org.storyweb.web;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;

/**
 * Reads the request for the app's first HTML page once, as a link and as a route, and hands it to every
 * {@link Writer} of that page: its answer's status ({@code MissingLinks}), the link's preview tags and the
 * explorer's first screen. So they all see the same view, the one the app then opens.
 */
@Component
public class FirstHtml implements VaadinServiceInitListener {

    /**
     * The first request for a page, read once.
     *
     * @param page  the page Vaadin is about to send, with its request and response
     * @param route the view of the app that the path leads to, if any (a class's {@code join/K7QF} reads as a link
     *              too, to a book that does not exist)
     * @param link  the path and query read as a link, within the reader's remembered spoiler limit
     */
    public record Request(IndexHtmlResponse page, Optional<Class<? extends com.vaadin.flow.component.Component>> route,
            LinkReader.Reading link) {

        /** The path's segments after the app's root. */
        public List<String> segments() {
            return FirstHtml.segments(page.getVaadinRequest());
        }
    }

    /** Something the server writes into the first HTML, or about it, from what the request asks for. */
    public interface Writer {
        void write(Request request);
    }

    private final StoryPacks packs;
    private final List<Writer> writers;

    FirstHtml(StoryPacks packs, List<Writer> writers) {
        this.packs = packs;
        this.writers = writers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Request request = read(page);
            writers.forEach(writer -> writer.write(request));
        });
    }

    private Request read(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        String path = String.join("/", segments(request));
        return new Request(page, RouteConfiguration.forApplicationScope().getRoute(path),
                LinkReader.read(packs, path, LinkReader.query(request.getParameterMap()), request.getCookies()));
    }

    private static List<String> segments(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return Arrays.stream(path.split("/")).filter(part -> !part.isBlank()).toList();
    }
}
