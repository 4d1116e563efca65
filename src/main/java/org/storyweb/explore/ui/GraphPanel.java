package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyweb.components.network.Network;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.picture.GraphPicture;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The relationship graph at the view's phase: its people, the ties that hold then, the selected person or
 * relationship picked out, and the people of a selected event emphasised. A list of its people gives keyboard and
 * screen-reader users the same choice as a click on the drawing.
 */
public class GraphPanel extends Composite<Section> {

    /** What the graph shows, and the filter its key is drawn for. */
    private record Shown(ExplorerFilter filter, GraphPicture picture) {
        static Shown of(StoryPack pack, PackDrawings.Drawing drawing, ViewState state) {
            ExplorerFilter filter = ExplorerFilter.of(pack, state);
            return new Shown(filter, GraphPicture.of(drawing, filter, state));
        }
    }

    private final StoryPack pack;
    private final StoryGraph graph;
    private final Network network = new Network();
    // A list of the people to choose from, for keyboards and screen readers, as a click in the drawing is for a mouse.
    private final ComboBox<StoryCharacter> person = new ComboBox<>();
    // The same for the ties the graph draws at its phase, as a click on a line is.
    private final ComboBox<GraphPicture.Tie> tie = new ComboBox<>();
    private final Div tools = new Div();
    private final PackDrawings.Drawing drawing;
    private final Html key = new Html("<div class=\"graph-key\"></div>");
    private final Div corner = new Div();
    private Shown shown;

    public GraphPanel(StoryPack pack, PackDrawings.Drawing drawing, Signal<ViewState> state, Consumer<ViewState> go) {
        this.pack = pack;
        this.graph = drawing.graph();
        this.drawing = drawing;
        Section section = getContent();
        section.addClassName("graph-section");
        section.getElement().setAttribute("aria-label", "Relationships");

        network.setId("graph");
        network.setGroupStyles(RelationshipNetwork.groupStyles(pack));
        network.addSelectListener(event -> {
            ViewState current = state.peek();
            if (event.nodeId().isPresent()) {
                go.accept(Choices.character(current, event.nodeId().get()));
            } else if (event.edgeId().isPresent()) {
                graph.whole().edgeSet().stream().filter(edge -> edge.id().equals(event.edgeId().get())).findFirst()
                        .ifPresent(edge -> go.accept(current.withSelection(
                                new RelationshipSelection(edge.relationship().id()))));
            } else {
                go.accept(current.withSelection(ViewState.NOTHING));
            }
        });
        person.setId("person-select");
        person.setAriaLabel("Person");
        person.setPlaceholder("Find a person\u2026");
        person.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        person.setItemLabelGenerator(StoryCharacter::name);
        person.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go.accept(Choices.character(state.peek(), event.getValue().id()));
            }
        });
        tie.setId("relationship-select");
        tie.setAriaLabel("Relationship");
        tie.setPlaceholder("Find a relationship\u2026");
        tie.addThemeVariants(ComboBoxVariant.LUMO_SMALL);
        tie.setItemLabelGenerator(GraphPicture.Tie::label);
        tie.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go.accept(state.peek().withSelection(new RelationshipSelection(event.getValue().relationshipId())));
            }
        });
        tools.addClassName("graph-tools");
        tools.add(person, tie);
        Div below = new Div(key, tools);
        below.addClassName("graph-below");
        corner.addClassName("graph-corner");
        Div canvas = new Div(network, corner);
        canvas.addClassName("graph-canvas");
        section.add(canvas, below);

        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null : Shown.of(pack, drawing, view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    /** Adds a control in the drawing's lower corner, such as a way to the graph's table. */
    public void addTool(com.vaadin.flow.component.Component tool) {
        corner.add(tool);
    }

    private void show(Shown shown) {
        Shown previous = this.shown;
        this.shown = shown;
        GraphPicture picture = shown.picture();
        GraphPicture before = previous == null ? null : previous.picture();
        network.setEdges(picture.edges());
        if (before == null || !before.nodes().equals(picture.nodes())) {
            network.setNodes(picture.nodes());
        }
        if (previous == null || !previous.filter().equals(shown.filter())) {
            key.setHtmlContent(drawing.keyHtml(shown.filter()));
        }
        if (before == null || !before.people().equals(picture.people())) {
            person.setItems(picture.people());
        }
        if (before == null || !before.ties().equals(picture.ties())) {
            tie.setItems(picture.ties());
        }
        network.setAccessibleLabel(picture.accessibleLabel());
        network.setHighlighted(picture.highlighted());
        if (picture.selectedRelationship() != null) {
            network.setSelectedEdge(picture.selectedEdge());
        } else {
            network.setSelectedNode(picture.selectedPerson());
        }
        person.setValue(picture.people().stream().filter(one -> one.id().equals(picture.selectedPerson()))
                .findFirst().orElse(null));
        tie.setValue(picture.ties().stream().filter(one -> one.relationshipId().equals(
                picture.selectedRelationship())).findFirst().orElse(null));
    }
}
