package org.storyweb.explore.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.storyweb.components.network.EdgeStyle;
import org.storyweb.components.network.Network;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.components.network.NodeStyle;
import org.storyweb.explore.ViewState;
import org.storyweb.relations.GraphLayout;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * How the story graph appears in the network component. Each kind of relationship has its own line pattern as well as
 * its own colour, and every edge carries its label, so nothing depends on colour alone.
 */
public final class RelationshipNetwork {

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

    /** How the graph draws each group of the pack, by group id; the pack's colours are #rrggbb, checked on loading. */
    public static Map<String, NodeStyle> groupStyles(StoryPack pack) {
        Map<String, NodeStyle> styles = new LinkedHashMap<>();
        pack.work().groups().forEach(group -> styles.put(group.id(),
                new NodeStyle(group.background(), group.border(), group.text(), group.shape().key())));
        return styles;
    }

    /** The pack's groups that someone known in the graph belongs to, in the pack's order. */
    static List<CharacterGroup> groupsIn(StoryGraph graph, Predicate<StoryCharacter> known) {
        Set<String> present = graph.whole().vertexSet().stream().filter(known).map(StoryCharacter::group)
                .collect(Collectors.toSet());
        return graph.pack().work().groups().stream().filter(group -> present.contains(group.id())).toList();
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

    /** The people a selection picks out in the graph: a person, the two of a relationship, an event's people. */
    public static Set<String> peopleOf(StoryPack pack, ViewState.Selection selection) {
        return switch (selection) {
            case ViewState.EventSelection event -> pack.event(event.eventId())
                    .map(e -> Set.copyOf(e.characterIds())).orElse(Set.of());
            case ViewState.CharacterSelection character -> Set.of(character.characterId());
            case ViewState.RelationshipSelection chosen -> pack.relationship(chosen.relationshipId())
                    .map(r -> Set.of(r.firstCharacterId(), r.secondCharacterId())).orElse(Set.of());
            case ViewState.NoSelection none -> Set.of();
        };
    }

    /** The id of the edge of a relationship that holds during the phase, if the predicate lets it through. */
    public static Optional<String> edgeOf(StoryGraph graph, Phase phase, String relationshipId,
            Predicate<RelationEdge> shown) {
        return graph.atPhase(phase).edgeSet().stream()
                .filter(edge -> edge.relationship().id().equals(relationshipId) && shown.test(edge))
                .map(RelationEdge::id)
                .findFirst();
    }

    /** The edges that hold during the phase, of those the predicate lets through. */
    public static List<NetworkEdge> edges(StoryGraph graph, Phase phase, Predicate<RelationEdge> shown) {
        Graph<StoryCharacter, RelationEdge> atPhase = graph.atPhase(phase);
        return atPhase.edgeSet().stream()
                .filter(shown)
                .map(edge -> new NetworkEdge(edge.id(), atPhase.getEdgeSource(edge).id(),
                        atPhase.getEdgeTarget(edge).id(), edge.state().label(), style(edge.kind())))
                .toList();
    }
}
