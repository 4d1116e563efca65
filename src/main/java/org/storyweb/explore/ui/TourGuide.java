package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * Guided tours for a student on their own: the list of tours while nothing is chosen, and on a tour, the step's
 * narration with links to the previous and next step, to present the tour, and out of it. Every step is a link, so
 * the moves are plain links: they work with a keyboard, open in a new tab and need no listener here.
 */
public class TourGuide extends Composite<Section> {

    private final StoryPack pack;
    private final Html body = new Html("<div></div>");

    TourGuide(StoryPack pack, Signal<ViewState> state) {
        this.pack = pack;
        Section section = getContent();
        section.setId("tour-guide");
        section.addClassName("tour-guide");
        section.getElement().setAttribute("aria-label", "Guided tours");
        section.add(body);
        Signal<ViewState> input = Signal.cached(state.map(view -> view == null ? null : relevant(view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    // The guide shows the tour step, or the list while nothing is chosen; any other change leaves it alone.
    private static ViewState relevant(ViewState view) {
        return view.presentation().tour().isPresent() || view.selection() == ViewState.NOTHING ? view
                : ViewState.of(view.packId()).withSelection(view.selection());
    }

    private void show(ViewState view) {
        Element content = content(pack, view);
        getContent().setVisible(content.childrenSize() > 0);
        body.setHtmlContent(Fragments.html(content));
    }

    /** What the guide shows for a view: the tour's step, the list of tours while nothing is chosen, or nothing. */
    public static Element content(StoryPack pack, ViewState view) {
        Element content = new Element("div");
        Optional<Tour> tour = view.presentation().tour().flatMap(pack::tour);
        if (tour.isPresent()) {
            step(content, pack, view, tour.get());
        } else if (view.selection() == ViewState.NOTHING && !pack.tours().isEmpty()) {
            list(content, pack, view);
        }
        return content;
    }

    private static void list(Element content, StoryPack pack, ViewState view) {
        content.appendElement("h2").text("Guided tours");
        Element items = content.appendElement("ul").addClass("tour-list");
        for (Tour tour : pack.tours()) {
            Element link = items.appendElement("li").appendElement("a")
                    .attr("href", ViewNavigation.location(Choices.tourStep(pack, view, tour, 1))).text(tour.title());
            if (tour.summary() != null) {
                link.attr("title", tour.summary());
            }
        }
    }

    private static void step(Element content, StoryPack pack, ViewState view, Tour tour) {
        int number = view.presentation().tourStep();
        Tour.Step step = tour.steps().get(number - 1);
        content.appendElement("p").addClass("tour-title").id("tour-step")
                .text(tour.title() + " \u00b7 step " + number + " of " + tour.steps().size());
        ExplorerFilter filter = ExplorerFilter.of(pack, view);
        Optional<Integer> beyond = filter.revealedAfterLimit(view);
        if (beyond.isPresent()) {
            content.appendElement("p").addClass("tour-narration").text("This step shows what chapter "
                    + beyond.get() + " tells, past chapter " + filter.spoilerLimit() + ", where you have read to.");
            content.appendElement("p").appendElement("a").id("tour-show-anyway")
                    .attr("href", ViewNavigation.location(Choices.readUpTo(pack, view, beyond.get())))
                    .text(Details.showAnyway(beyond.get()));
        } else {
            content.appendElement("p").addClass("tour-narration").text(step.narration());
        }
        if (step.prompt() != null && beyond.isEmpty()) {
            content.appendElement("p").addClass("tour-prompt").text("Discuss: " + step.prompt());
        }
        // Alone, a class's question is something to think about: there is no one to send it to.
        filter.question(view).filter(question -> !question.text().equals(step.prompt())).ifPresent(question -> {
            content.appendElement("p").addClass("tour-prompt").id("tour-question")
                    .text("Think about: " + question.text());
            if (question.isChoice()) {
                Element choices = content.appendElement("ul").addClass("tour-choices");
                question.choices().forEach(choice -> choices.appendElement("li").text(question.label(pack, choice)));
            }
        });
        Element moves = content.appendElement("nav").attr("aria-label", "Tour steps").addClass("tour-moves");
        if (number > 1) {
            moves.appendElement("a").id("tour-previous")
                    .attr("href", ViewNavigation.location(Choices.tourStep(pack, view, tour, number - 1)))
                    .text("\u2190 Previous step");
        }
        if (number < tour.steps().size()) {
            moves.appendElement("a").id("tour-next")
                    .attr("href", ViewNavigation.location(Choices.tourStep(pack, view, tour, number + 1)))
                    .text("Next step \u2192");
        }
        moves.appendElement("a").id("tour-present")
                .attr("href", ViewNavigation.location(view.withPresentation(view.presentation().withMode(Mode.PRESENT))))
                .text("Present");
        moves.appendElement("a").id("tour-leave")
                .attr("href", ViewNavigation.location(view.withPresentation(view.presentation().withoutTour())))
                .text("Leave the tour");
    }
}
