package org.storyweb.web;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.storyweb.classroom.ClassRooms;
import org.storyweb.classroom.ClassView;
import org.storyweb.explore.ui.LinkedView;

/**
 * Answers 404 for a link to a book, a view or a class that does not exist, while the page still opens the nearest
 * view with a notice, as every bad link does. A reader loses nothing; a link checker, a search engine or a course
 * platform that validates its links learns that this one is broken. A JSON client gets the JSON error instead.
 * <p>
 * This writes about the first HTML page that Vaadin answers, rather than filtering requests, because only Vaadin
 * knows which addresses are that page and which are its files ({@code /styles.css} would match the explorer's
 * route too).
 */
@Component
class MissingLinks implements FirstHtml.Writer {

    private final ClassRooms rooms;

    MissingLinks(ClassRooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public void write(FirstHtml.Request request) {
        if (!found(request)) {
            notFound(request.page().getVaadinRequest(), request.page().getVaadinResponse());
        }
    }

    private boolean found(FirstHtml.Request request) {
        Class<?> view = request.route().orElse(null);
        if (view == ClassView.class) {
            // "/join" alone is the page where a student types the code.
            List<String> segments = request.segments();
            return segments.size() < 2 || rooms.find(ClassView.typed(segments.get(1))).isPresent();
        }
        // The views of a book (the explorer, present mode) read the book and the view from the path, as links do.
        return view == null || !LinkedView.class.isAssignableFrom(view) || request.link().pathFound();
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
