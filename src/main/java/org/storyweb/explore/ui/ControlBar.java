package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.signals.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.Presentation;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The explorer's one bar of controls, beside the book's title: the phase the graph shows with previous and next, the
 * order of the timeline, the filters (in a popover, with a summary on its button), present and share.
 */
class ControlBar extends Composite<Header> {

    /** What the bar depends on; a selection leaves it alone. */
    private record Shown(ExplorerFilter filter, Phase phase, Order order, Presentation presentation) {
        static Shown of(StoryPack pack, ViewState state) {
            ExplorerFilter filter = ExplorerFilter.of(pack, state);
            return new Shown(filter, filter.phase(state), state.timeline().order(), state.presentation());
        }
    }

    private final StoryPack pack;
    private final Select<Phase> phaseSelect = new Select<>();
    private final Button previousPhase = new Button("\u2190");
    private final Button nextPhase = new Button("\u2192");
    private final Select<Order> orderSelect = new Select<>();
    private final Button filtersButton = new Button("Filters");
    private final Button presentButton = new Button("Present");

    ControlBar(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        this.pack = pack;
        Header bar = getContent();
        bar.addClassName("explorer-bar");
        H1 title = new H1(pack.work().title());
        title.add(new Span(" \u2014 " + pack.work().author()));

        phaseSelect.setId("phase-select");
        phaseSelect.setAriaLabel("Relationships during");
        phaseSelect.setPrefixComponent(new Span("Graph:"));
        phaseSelect.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.SMALL);
        phaseSelect.setItemLabelGenerator(Phase::title);
        phaseSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go.accept(Choices.phase(pack, state.peek(), event.getValue()));
            }
        });
        for (Button button : List.of(previousPhase, nextPhase, filtersButton, presentButton)) {
            button.addThemeVariants(ButtonVariant.SMALL);
        }
        previousPhase.setId("previous-phase");
        previousPhase.setAriaLabel("Previous phase");
        // A title, not a tooltip component: every component is state the server keeps for each open page.
        previousPhase.getElement().setAttribute("title", "Previous phase");
        nextPhase.setId("next-phase");
        nextPhase.setAriaLabel("Next phase");
        nextPhase.getElement().setAttribute("title", "Next phase");
        previousPhase.addClickListener(click -> step(state.peek(), -1, go));
        nextPhase.addClickListener(click -> step(state.peek(), 1, go));
        Div phaseControls = new Div(phaseSelect, previousPhase, nextPhase);
        phaseControls.addClassName("phase-controls");

        orderSelect.setId("order-choice");
        orderSelect.setAriaLabel("Order");
        orderSelect.setPrefixComponent(new Span("Order:"));
        orderSelect.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.SMALL);
        orderSelect.setItems(Order.CHRONOLOGICAL, Order.TELLING);
        orderSelect.setItemLabelGenerator(order -> order == Order.TELLING ? "By chapter" : "By date");
        orderSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                ViewState current = state.peek();
                go.accept(current.withTimeline(current.timeline().withOrder(event.getValue()).withWindow(null)));
            }
        });

        filtersButton.setId("filters");
        Popover filters = new Popover();
        filters.setTarget(filtersButton);
        filters.setPosition(PopoverPosition.BOTTOM_START);
        filters.setAriaLabel("Filters");
        filters.addClassName("filter-fields");
        // Built when first opened: most readers never change a filter.
        filters.addOpenedChangeListener(event -> {
            if (event.isOpened() && filters.getChildren().findAny().isEmpty()) {
                filters.add(new FilterFields(pack, state, go));
            }
        });

        presentButton.setId("present-button");
        presentButton.addClickListener(click -> {
            ViewState current = state.peek();
            go.accept(current.withPresentation(current.presentation().withMode(Mode.PRESENT)));
        });
        Button shareButton = new Button("Share", click -> new ShareDialog(pack, state.peek()).open());
        shareButton.addThemeVariants(ButtonVariant.SMALL);
        shareButton.setId("share-button");
        Button aboutButton = new Button("About", click -> go.accept(ViewSwitch.to(state.peek(), Mode.ABOUT)));
        aboutButton.addThemeVariants(ButtonVariant.SMALL);
        aboutButton.setId("about-button");
        aboutButton.setAriaLabel("About this book");
        Div actions = new Div(presentButton, shareButton, aboutButton);
        actions.addClassName("explorer-actions");
        Div controls = new Div(new SearchField(pack, state, go), phaseControls, orderSelect, filtersButton, filters,
                actions);
        controls.addClassName("explorer-controls");
        bar.add(title, controls);

        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null : Shown.of(pack, view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    private void show(Shown shown) {
        List<Phase> phases = shown.filter().phases();
        phaseSelect.setItems(phases);
        phaseSelect.setValue(shown.phase());
        int position = phases.indexOf(shown.phase());
        previousPhase.setEnabled(position > 0);
        nextPhase.setEnabled(position < phases.size() - 1);
        orderSelect.setValue(shown.order());
        // The button keeps one width whatever is set, so the bar never wraps or jumps; the whole summary is its name.
        List<String> set = filterSummary(shown.filter());
        filtersButton.setText(set.isEmpty() ? "Filters: none" : set.size() == 1 ? "Filters: " + set.getFirst()
                : "Filters: " + set.size() + " set");
        filtersButton.getElement().setAttribute("title", set.isEmpty() ? "Filters: none"
                : "Filters: " + String.join(", ", set));
        filtersButton.setAriaLabel(filtersButton.getElement().getAttribute("title"));
    }

    private void step(ViewState current, int step, Consumer<ViewState> go) {
        ExplorerFilter filter = ExplorerFilter.of(pack, current);
        List<Phase> phases = filter.phases();
        int next = phases.indexOf(filter.phase(current)) + step;
        if (next >= 0 && next < phases.size()) {
            go.accept(Choices.phase(pack, current, phases.get(next)));
        }
    }

    // Short enough for the bar; says only what differs from the whole book.
    private List<String> filterSummary(ExplorerFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.tracks().isEmpty()) {
            parts.add(filter.shownTracks().size() + " of " + pack.tracks().size() + " tracks");
        }
        if (!filter.themes().isEmpty()) {
            parts.add(filter.themes().size() == 1 ? "1 theme" : filter.themes().size() + " themes");
        }
        if (!filter.people().isEmpty()) {
            parts.add(filter.people().size() == 1 ? pack.character(filter.people().iterator().next())
                    .map(StoryCharacter::name).orElse("1 person") : filter.people().size() + " people");
        }
        filter.part().ifPresent(part -> parts.add(part.title().replaceAll(" \\(.*\\)$", "")));
        filter.spoilerLimitKnown().ifPresent(limit -> parts.add("up to chapter " + limit));
        return parts;
    }
}
