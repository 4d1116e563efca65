package org.storyweb.web;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.storyweb.classroom.ClassRooms;
import org.storyweb.classroom.ClassView;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewStateCodec;
import org.storyweb.explore.ui.LinkedView;

/**
 * Answers 404 for a link to a book, a view or a class that does not exist, while the page still opens the nearest
 * view with a notice, as every bad link does. A reader loses nothing; a link checker, a search engine or a course
 * platform that validates its links learns that this one is broken. A JSON client gets the JSON error instead.
 * <p>
 * This listens to the first HTML page that Vaadin answers, rather than filtering requests, because only Vaadin
 * knows which addresses are that page and which are its files ({@code /styles.css} would match the explorer's
 * route too).
 */
@Component
class MissingLinks implements VaadinServiceInitListener {

    private final StoryPacks packs;
    private final ClassRooms rooms;

    MissingLinks(StoryPacks packs, ClassRooms rooms) {
        this.packs = packs;
        this.rooms = rooms;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!found(page.getVaadinRequest())) {
                notFound(page.getVaadinRequest(), page.getVaadinResponse());
            }
        });
    }

    private boolean found(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> segments = Arrays.stream(path.split("/")).filter(part -> !part.isBlank()).toList();
        Class<?> view = RouteConfiguration.forApplicationScope().getRoute(String.join("/", segments)).orElse(null);
        if (view == ClassView.class) {
            // "/join" alone is the page where a student types the code.
            return segments.size() < 2 || rooms.find(ClassView.typed(segments.get(1))).isPresent();
        }
        // The views of a book (the explorer, present mode) read the book and the view from the path, as links do.
        if (view == null || !LinkedView.class.isAssignableFrom(view)) {
            return true;
        }
        String packId = segments.isEmpty() ? null : segments.get(0);
        String viewName = segments.size() < 2 ? null : String.join("/", segments.subList(1, segments.size()));
        return ViewStateCodec.read(packId, viewName, Map.of(), packs::find, packs.defaultPack()).pathFound();
    }

    private static void notFound(VaadinRequest request, VaadinResponse response) {
        if (!ErrorPage.wantsJson(request.getHeader("Accept"))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The page Vaadin writes after this is dropped, and the error pages answer in JSON.
        try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
