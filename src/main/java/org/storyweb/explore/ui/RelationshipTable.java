package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewState;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Evidence;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The graph at the view's phase as a table, its text alternative: who relates to whom, how, since when, and the
 * evidence, for exactly the ties the graph draws (the same phase and spoiler limit), then everyone the graph shows.
 */
class RelationshipTable extends Composite<Section> {

    /** What the table depends on; a selection only marks a row. */
    private record Shown(ExplorerFilter filter, Phase phase) {
    }

    private final StoryGraph graph;
    private final Html body = new Html("<div></div>");

    RelationshipTable(StoryPack pack, StoryGraph graph, Signal<ViewState> state, Consumer<ViewState> go) {
        this.graph = graph;
        Section section = getContent();
        section.addClassName("text-table-section");
        section.getElement().setAttribute("aria-label", "Relationships as a table");
        section.add(body);
        ChoiceButtons.listen(this, pack, state, go, (kind, id) -> { });
        Signal<Shown> input = Signal.cached(state.map(view -> {
            if (view == null) {
                return null;
            }
            ExplorerFilter filter = ExplorerFilter.of(pack, view);
            return new Shown(filter, filter.phase(view));
        }));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(shown -> {
            body.setHtmlContent(Fragments.html(table(graph, shown.filter(), shown.phase(), state.peek().selection())));
        }));
        TableMarks.follow(this, state);
    }

    /** The ties the graph draws at the phase, by the first person's name and then the second's. */
    static List<RelationEdge> rows(StoryGraph graph, ExplorerFilter filter, Phase phase) {
        Graph<StoryCharacter, RelationEdge> atPhase = graph.atPhase(phase);
        return atPhase.edgeSet().stream().filter(filter::shows)
                .sorted(Comparator.comparing((RelationEdge edge) -> atPhase.getEdgeSource(edge).name())
                        .thenComparing(edge -> atPhase.getEdgeTarget(edge).name()))
                .toList();
    }

    /** The table of the ties the graph draws at a phase, as a view's filter lets the reader see them. */
    static Element table(StoryGraph graph, ExplorerFilter filter, Phase phase, ViewState.Selection selection) {
        StoryPack pack = filter.pack();
        Graph<StoryCharacter, RelationEdge> atPhase = graph.atPhase(phase);
        List<RelationEdge> edges = rows(graph, filter, phase);
        Element root = new Element("div").addClass("text-table-body");
        Element table = root.appendElement("table").addClass("text-table").id("relationship-table");
        table.appendElement("caption").text(edges.size() + (edges.size() == 1 ? " relationship" : " relationships")
                + " in the graph during " + phase.title()
                + filter.spoilerLimitKnown().map(limit -> ", up to chapter " + limit).orElse(""));
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Who", "How", "Since", "Evidence")) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (RelationEdge edge : edges) {
            StoryCharacter first = atPhase.getEdgeSource(edge);
            StoryCharacter second = atPhase.getEdgeTarget(edge);
            Element row = rows.appendElement("tr").attr("data-id", edge.relationship().id())
                    .attr("data-people", first.id() + " " + second.id());
            if (TableMarks.marks(selection, edge.relationship().id(), List.of(first.id(), second.id()))) {
                row.attr("aria-current", "true");
            }
            ChoiceButtons.append(row.appendElement("th").attr("scope", "row"), "relationship",
                    edge.relationship().id(), first.name() + " and " + second.name());
            row.appendElement("td").attr("data-label", "How").text(edge.state().label() + " ("
                    + edge.kind().label().toLowerCase(Locale.ROOT) + ")");
            row.appendElement("td").attr("data-label", "Since").text(pack.phases().stream().filter(p -> p.index() == edge.firstPhaseIndex())
                    .map(Phase::title).findFirst().orElse(""));
            Element evidence = row.appendElement("td").attr("data-label", "Evidence").appendElement("ul").addClass("table-evidence");
            for (Evidence piece : edge.state().evidence().stream().filter(filter::reads).toList()) {
                evidence.appendElement("li").text(evidence(piece));
            }
        }
        root.appendElement("h2").addClass("table-heading").text("People in the graph");
        Element people = root.appendElement("ul").addClass("table-people");
        atPhase.vertexSet().stream().filter(filter::knows).sorted(Comparator.comparing(StoryCharacter::name)).forEach(person -> {
            Element item = people.appendElement("li");
            ChoiceButtons.append(item, "character", person.id(), person.name());
            long ties = edges.stream().filter(edge -> atPhase.getEdgeSource(edge).equals(person)
                    || atPhase.getEdgeTarget(edge).equals(person)).count();
            item.appendText(ties == 0 ? ": no tie shown then" : ": " + ties + (ties == 1 ? " tie" : " ties"));
        });
        return root;
    }

    /** A piece of evidence as a line of text: its chapter, then the quote or the paraphrase. */
    static String evidence(Evidence piece) {
        StringBuilder line = new StringBuilder();
        if (piece.chapter() != null) {
            line.append("Chapter ").append(piece.chapter()).append(": ");
        }
        if (piece.quote() != null) {
            line.append('\u201c').append(piece.quote()).append('\u201d');
        } else if (piece.paraphrase() != null) {
            line.append(piece.paraphrase());
        }
        return line.toString().strip();
    }
}
