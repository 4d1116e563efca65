package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyweb.components.network.Network;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The relationship graph at the view's phase: its people, the ties that hold then, the selected person or
 * relationship picked out, and the people of a selected event emphasised. A list of its people gives keyboard and
 * screen-reader users the same choice as a click on the drawing.
 */
public class GraphPanel extends Composite<Section> {

    /** What the graph depends on; any other change of the view leaves it alone. */
    private record Shown(ExplorerFilter filter, Phase phase, Selection selection) {
        static Shown of(StoryPack pack, ViewState state) {
            ExplorerFilter filter = ExplorerFilter.of(pack, state);
            return new Shown(filter, filter.phase(state), filter.known(state.selection()));
        }
    }

    private final StoryPack pack;
    private final StoryGraph graph;
    private final Network network = new Network();
    // A list of the people to choose from, for keyboards and screen readers, as a click in the drawing is for a mouse.
    private final ComboBox<StoryCharacter> person = new ComboBox<>();
    // The same for the ties the graph draws at its phase, as a click on a line is.
    private final ComboBox<Tie> tie = new ComboBox<>();
    private final Div tools = new Div();
    private final PackDrawings.Drawing drawing;
    private final Html key = new Html("<div class=\"graph-key\"></div>");
    private final Div corner = new Div();
    private Shown shown;

    /** A relationship as the list of ties names it. */
    record Tie(String relationshipId, String label) {
    }

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
        tie.setItemLabelGenerator(Tie::label);
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

        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null : Shown.of(pack, view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    /** Adds a control in the drawing's lower corner, such as a way to the graph's table. */
    public void addTool(com.vaadin.flow.component.Component tool) {
        corner.add(tool);
    }

    private void show(Shown shown) {
        Shown previous = this.shown;
        this.shown = shown;
        Phase phase = shown.phase();
        network.setEdges(RelationshipNetwork.edges(graph, phase, shown.filter()::shows));
        if (previous == null || !previous.filter().equals(shown.filter())) {
            network.setNodes(drawing.nodes(shown.filter()));
            key.setHtmlContent(drawing.keyHtml(shown.filter()));
            person.setItems(shown.filter().characters().stream().filter(graph.whole()::containsVertex)
                    .sorted(Comparator.comparing(StoryCharacter::name)).toList());
        }
        if (previous == null || !previous.phase().equals(phase) || !previous.filter().equals(shown.filter())) {
            tie.setItems(RelationshipTable.rows(graph, shown.filter(), phase).stream()
                    .map(edge -> new Tie(edge.relationship().id(), graph.atPhase(phase).getEdgeSource(edge).name()
                            + " and " + graph.atPhase(phase).getEdgeTarget(edge).name() + ": "
                            + edge.state().label()))
                    .toList());
        }
        network.setAccessibleLabel("Relationship graph during " + phase.title() + ": "
                + network.getNodes().size() + " people and " + network.getEdges().size() + " relationships.");
        network.setHighlighted(RelationshipNetwork.peopleOf(pack, shown.selection()));
        String selectedPerson = shown.selection() instanceof CharacterSelection c ? c.characterId() : null;
        if (shown.selection() instanceof RelationshipSelection selection) {
            // The tie of that relationship that holds at this phase, if one does.
            network.setSelectedEdge(RelationshipNetwork.edgeOf(graph, phase, selection.relationshipId(),
                    shown.filter()::shows).orElse(null));
        } else {
            network.setSelectedNode(selectedPerson);
        }
        person.setValue(selectedPerson == null ? null : pack.character(selectedPerson)
                .filter(shown.filter()::knows).orElse(null));
        String selectedTie = shown.selection() instanceof RelationshipSelection r ? r.relationshipId() : null;
        tie.setValue(selectedTie == null ? null : tie.getListDataView().getItems()
                .filter(item -> item.relationshipId().equals(selectedTie)).findFirst().orElse(null));
    }
}
