package org.storyweb.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.story.StoryPack;

/**
 * The explorer: on one screen, the timeline of a pack's events above its relationship graph and a panel of details,
 * under one bar of controls. Below the first screen, folded, the reading of the graph and the chart of telling
 * against happening. Its state is its link (see {@link LinkedView}); each panel updates itself from the part of the
 * state that it shows, so a change reaches only the panels it concerns.
 */
// Segments after the view are read as part of an unknown view name, so such a link opens the explorer with a notice.
@Route(":pack?/:view?/:rest*")
class ExplorerView extends LinkedView {

    private final PackDrawings drawings;

    ExplorerView(StoryPacks packs, PackDrawings drawings) {
        super(packs, Mode.EXPLORE);
        this.drawings = drawings;
        addClassName("explorer");
    }

    // The details of what is chosen, under the guided tour's step or the list of tours.
    private Div details(StoryPack opened) {
        Div column = new Div(new TourGuide(opened, state()), new DetailPanel(opened, state(), this::go));
        column.addClassName("details-column");
        return column;
    }

    @Override
    protected void open(StoryPack opened) {
        PackDrawings.Drawing drawing = drawings.of(opened);
        TimelinePanel timeline = new TimelinePanel(opened, drawing, state(), this::go, this::keep);
        timeline.addTool(tableButton(Mode.TABLE, "timeline-table"));
        GraphPanel graph = new GraphPanel(opened, drawing, state(), this::go);
        graph.addTool(tableButton(Mode.RELATIONSHIPS, "graph-table"));
        Div stage = new Div(timeline, graph, details(opened));
        stage.addClassName("explorer-stage");
        stage.setId(CONTENT);
        stage.getElement().setAttribute("tabindex", "-1");
        Div screen = new Div(skipLink("Skip to the timeline and graph"), new ControlBar(opened, state(), this::go),
                notices(), stage, new Announcer(opened, state()));
        screen.addClassName("explorer-screen");
        Div more = new Div(
                new LazySection("analysis-section", "Reading the graph: who is on the outside, who is central, "
                        + "and the data to download", () -> new AnalysisPanel(opened, drawing, state())),
                new LazySection("anachrony-section", "Telling and happening: the chapters against the years",
                        () -> new AnachronyChart(opened, state(), this::go)));
        more.addClassName("explorer-more");
        java.util.Map<String, String> text = new java.util.LinkedHashMap<>();
        text.put(Mode.TABLE.segment(), "Its events as text");
        text.put(Mode.RELATIONSHIPS.segment(), "Its relationships as text");
        add(screen, more, printLink(text));
    }

    // The text alternative of one part of the picture, as a table.
    private Button tableButton(Mode mode, String id) {
        Button button = new Button("Table", click -> go(ViewSwitch.to(state().peek(), mode)));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setAriaLabel(ViewSwitch.VIEWS.get(mode));
        button.getElement().setAttribute("title", ViewSwitch.VIEWS.get(mode));
        return button;
    }
}
