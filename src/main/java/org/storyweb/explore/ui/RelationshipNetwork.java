package org.storyweb.explore.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.storyweb.components.network.EdgeStyle;
import org.storyweb.components.network.Network;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.components.network.NodeStyle;
import org.storyweb.relations.GraphLayout;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.StoryCharacter;

/**
 * How the story graph appears in the network component. Each kind of relationship has its own line pattern as well as
 * its own colour, and every edge carries its label, so nothing depends on colour alone.
 */
final class RelationshipNetwork {

    static final Map<String, NodeStyle> GROUP_STYLES = Map.of(
            "student", new NodeStyle("#dbe9ff", "#1d4f91", "#0b1f3a", "box"),
            "guardian", new NodeStyle("#fff1cc", "#8a5a00", "#2b1d00", "box"),
            "carer", new NodeStyle("#e3f5e9", "#1f6b3a", "#0d2b18", "box"),
            "real-world", new NodeStyle("#eeeeee", "#4a4a4a", "#1a1a1a", "ellipse"));

    // The shape of the graph's area in the explorer, which is wide (about 820 by 330 pixels on a laptop).
    static final double LAYOUT_WIDTH = 1000;
    static final double LAYOUT_HEIGHT = 400;
    // Estimates of what the network draws, on the wide side, so that labels that would touch are kept apart: text
    // averages just over half its size in width per character in common sans-serif faces (bold slightly more).
    private static final double CHARACTER_WIDTH = 0.62;
    private static final double GAP = 12;

    private RelationshipNetwork() {
    }

    static double nodeWidth(StoryCharacter character) {
        return CHARACTER_WIDTH * Network.NODE_FONT_SIZE * character.name().length() + Network.NODE_PADDING_X;
    }

    static double nodeHeight() {
        return Network.NODE_FONT_SIZE + Network.NODE_PADDING_Y;
    }

    static double edgeLabelWidth(RelationEdge edge) {
        return CHARACTER_WIDTH * Network.EDGE_FONT_SIZE * edge.state().label().length() + Network.EDGE_LABEL_OUTLINE;
    }

    static double edgeLabelHeight() {
        return Network.EDGE_FONT_SIZE + Network.EDGE_LABEL_OUTLINE;
    }

    static boolean shownTogether(RelationEdge a, RelationEdge b) {
        return a.firstPhaseIndex() <= b.lastPhaseIndex() && b.firstPhaseIndex() <= a.lastPhaseIndex();
    }

    static EdgeStyle style(RelationKind kind) {
        return switch (kind) {
            case FRIENDSHIP -> new EdgeStyle("#1f7a3a", new int[0], 3);
            case ROMANCE -> new EdgeStyle("#b0205e", new int[0], 5);
            case RIVALRY -> new EdgeStyle("#b35900", new int[] {12, 6}, 3);
            case ESTRANGEMENT -> new EdgeStyle("#6b6b6b", new int[] {3, 6}, 2);
            case CARE -> new EdgeStyle("#0f6e7a", new int[] {14, 4, 3, 4}, 3);
            case GUARDIANSHIP -> new EdgeStyle("#5b3a9a", new int[] {20, 6}, 2);
            case ACQUAINTANCE -> new EdgeStyle("#6b6b6b", new int[] {2, 4}, 1.5);
        };
    }

    /** A key to the kinds of relationship: a sample of each line with its name, drawn as the graph draws it. */
    static Div legend() {
        Div legend = new Div();
        legend.addClassName("graph-legend");
        legend.getElement().setAttribute("role", "list");
        legend.getElement().setAttribute("aria-label", "Kinds of relationship");
        for (RelationKind kind : RelationKind.values()) {
            EdgeStyle style = style(kind);
            Element line = new Element("line").setAttribute("x1", "2").setAttribute("y1", "8")
                    .setAttribute("x2", "46").setAttribute("y2", "8").setAttribute("stroke", style.color())
                    .setAttribute("stroke-width", String.valueOf(style.width()));
            int[] dashes = style.dashes();
            if (dashes.length > 0) {
                line.setAttribute("stroke-dasharray", java.util.Arrays.stream(dashes).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
            Element sample = new Element("svg").setAttribute("viewBox", "0 0 48 16").setAttribute("width", "48")
                    .setAttribute("height", "16").setAttribute("aria-hidden", "true").appendChild(line);
            Span item = new Span();
            item.getElement().setAttribute("role", "listitem");
            item.getElement().appendChild(sample);
            item.add(new Span(kind.label()));
            legend.add(item);
        }
        return legend;
    }

    /** Every character of the graph, placed once for the whole story so that nobody moves between phases. */
    static List<NetworkNode> nodes(StoryGraph graph) {
        Map<StoryCharacter, Point2D> positions = new GraphLayout<>(graph.whole(), LAYOUT_WIDTH, LAYOUT_HEIGHT)
                .positions(new GraphLayout.Labels<>(RelationshipNetwork::nodeWidth, nodeHeight(),
                        RelationshipNetwork::edgeLabelWidth, edgeLabelHeight(), RelationshipNetwork::shownTogether,
                        GAP));
        return positions.entrySet().stream()
                .map(entry -> new NetworkNode(entry.getKey().id(), entry.getKey().name(), entry.getKey().group(),
                        new NetworkNode.Position(entry.getValue().getX(), entry.getValue().getY())))
                .toList();
    }

    /** The id of the edge of a relationship that holds during the phase, if the predicate lets it through. */
    static Optional<String> edgeOf(StoryGraph graph, Phase phase, String relationshipId,
            Predicate<RelationEdge> shown) {
        return graph.atPhase(phase).edgeSet().stream()
                .filter(edge -> edge.relationship().id().equals(relationshipId) && shown.test(edge))
                .map(RelationEdge::id)
                .findFirst();
    }

    /** The edges that hold during the phase, of those the predicate lets through. */
    static List<NetworkEdge> edges(StoryGraph graph, Phase phase, Predicate<RelationEdge> shown) {
        Graph<StoryCharacter, RelationEdge> atPhase = graph.atPhase(phase);
        return atPhase.edgeSet().stream()
                .filter(shown)
                .map(edge -> new NetworkEdge(edge.id(), atPhase.getEdgeSource(edge).id(),
                        atPhase.getEdgeTarget(edge).id(), edge.state().label(), style(edge.kind())))
                .toList();
    }
}
