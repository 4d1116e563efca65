package org.storyweb.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;
import org.storyweb.web.FirstHtml;

/**
 * Writes the explorer's first screen into the first HTML, so that a reader sees the book's title and the details of
 * the linked selection as soon as the page and its stylesheets arrive, instead of after the app's scripts and its
 * first round trip. It is the explorer's own markup (the same classes, so the same stylesheet places it): the bar's
 * title, any notices about the link, the timeline's and graph's frames, the guided tour's step and the details, with
 * the room the controls will take kept free, so that nothing moves when the app takes over. The copy is inert and
 * hidden from screen readers, as none of it works until then, and goes when the app shows its first view.
 */
@Component
class FirstPaint implements FirstHtml.Writer, VaadinServiceInitListener {

    /** The class of the copy, which the stylesheet and its removal look for. */
    private static final String CLASS = "first-paint";

    private final StoryPacks packs;
    private final PackDrawings drawings;

    FirstPaint(StoryPacks packs, PackDrawings drawings) {
        this.packs = packs;
        this.drawings = drawings;
    }

    @Override
    public void write(FirstHtml.Request request) {
        LinkReader.Reading reading = request.link();
        Element outlet = request.page().getDocument().getElementById("outlet");
        // Other views' paths, such as a class's join/CODE, read as an explorer link too; the router decides.
        if (outlet != null && reading.state().presentation().mode() == ViewState.Mode.EXPLORE
                && request.route().filter(ExplorerView.class::equals).isPresent()) {
            outlet.appendChild(firstScreen(packs.find(reading.state().packId()).orElseThrow(), reading));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Whatever view the app then shows (the explorer, or an error page if opening it failed) replaces the copy.
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Registration[] once = new Registration[1];
            once[0] = ui.addAfterNavigationListener(navigation -> {
                remove(ui);
                once[0].remove();
            });
        });
    }

    /** The first screen of the explorer for a link, as the explorer will show it. */
    private Element firstScreen(StoryPack pack, LinkReader.Reading reading) {
        ViewState state = reading.state();
        Element main = new Element("main").addClass("explorer").addClass(CLASS).attr("inert", true)
                .attr("aria-hidden", "true");
        Element screen = main.appendElement("div").addClass("explorer-screen");

        Element bar = screen.appendElement("header").addClass("explorer-bar");
        Element title = bar.appendElement("h1").text(pack.work().title());
        title.appendElement("span").text(" \u2014 " + pack.work().author());
        bar.appendElement("div").addClass("explorer-controls");

        Element notices = screen.appendElement("div").addClass("notices");
        reading.notices().forEach(text -> notices.appendElement("p").text(text));

        Element stage = screen.appendElement("div").addClass("explorer-stage");
        stage.appendElement("section").addClass("timeline-section")
                .appendElement("div").addClass("storyweb-timeline")
                .appendElement("p").addClass("first-paint-wait").text("Drawing the timeline\u2026");
        Element graph = stage.appendElement("section").addClass("graph-section");
        graph.appendElement("div").addClass("graph-canvas").appendElement("div").addClass("storyweb-network")
                .appendElement("p").addClass("first-paint-wait").text("Drawing the graph\u2026");
        Element below = graph.appendElement("div").addClass("graph-below");
        below.append(drawings.of(pack).keyHtml(ExplorerFilter.of(pack, state)));
        below.appendElement("div").addClass("graph-tools");

        Element column = stage.appendElement("div").addClass("details-column");
        Element tour = TourGuide.content(pack, state);
        if (tour.childrenSize() > 0) {
            column.appendElement("section").addClass("tour-guide").appendChild(tour);
        }
        column.appendElement("section").addClass("detail-panel")
                .appendChild(new Details(pack).of(ExplorerFilter.of(pack, state), state.selection()));
        // The ids belong to the live panels: a script or a test looking for the details title finds that one only.
        main.select("[id]").removeAttr("id");
        return main;
    }

    /** Takes the copy away once a view is on the page. */
    private static void remove(UI ui) {
        ui.getPage().executeJs("document.querySelectorAll('." + CLASS + "').forEach(copy => copy.remove())");
    }
}
