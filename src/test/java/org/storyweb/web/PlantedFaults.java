package org.storyweb.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Faults planted for the tests, as a bug would raise them: one in a request the server answers itself, one while a
 * view opens. Their messages carry markup, which must never reach the page.
 */
final class PlantedFaults {

    static final String MESSAGE = "A planted fault <script>swfz()</script>";

    private PlantedFaults() {
    }

    @RestController
    static class FaultyEndpoint {
        @GetMapping("/test/fault")
        String fault() {
            throw new IllegalStateException(MESSAGE);
        }
    }

    @Route("test/faulty-view")
    public static class FaultyView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
