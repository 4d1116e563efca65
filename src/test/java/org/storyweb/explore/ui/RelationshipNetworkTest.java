package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyweb.components.network.Network;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;

/**
 * The server's layout of the real pack, by the server's own estimate of label sizes: nothing overlaps at any phase,
 * and the labels stay readable when the graph is fitted to its area on a laptop. The browser test checks the same
 * with the sizes the browser measures.
 */
class RelationshipNetworkTest {

    private record Box(String name, double left, double top, double right, double bottom) {
        boolean meets(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private static StoryPack pack;
    private static StoryGraph graph;
    private static Map<String, NetworkNode> nodes;

    @BeforeAll
    static void layOut() {
        pack = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();
        graph = StoryGraph.of(pack);
        nodes = RelationshipNetwork.nodes(graph).stream()
                .collect(Collectors.toMap(NetworkNode::id, Function.identity()));
    }

    private static Box nodeBox(NetworkNode node) {
        double w = RelationshipNetwork.nodeWidth(pack.character(node.id()).orElseThrow());
        double h = RelationshipNetwork.nodeHeight();
        NetworkNode.Position p = node.position();
        return new Box(node.id(), p.x() - w / 2, p.y() - h / 2, p.x() + w / 2, p.y() + h / 2);
    }

    private static Box labelBox(RelationEdge edge) {
        NetworkNode.Position a = nodes.get(graph.whole().getEdgeSource(edge).id()).position();
        NetworkNode.Position b = nodes.get(graph.whole().getEdgeTarget(edge).id()).position();
        double x = (a.x() + b.x()) / 2;
        double y = (a.y() + b.y()) / 2;
        double w = RelationshipNetwork.edgeLabelWidth(edge);
        double h = RelationshipNetwork.edgeLabelHeight();
        return new Box("edge " + edge.state().label(), x - w / 2, y - h / 2, x + w / 2, y + h / 2);
    }

    @Test
    void noLabelMeetsAnotherAtAnyPhase() {
        List<String> overlaps = new ArrayList<>();
        List<Box> nodeBoxes = nodes.values().stream().map(RelationshipNetworkTest::nodeBox).toList();
        for (Phase phase : pack.phases()) {
            List<Box> labels = RelationshipNetwork.edges(graph, phase, edge -> true).stream()
                    .map(NetworkEdge::id)
                    .map(id -> graph.whole().edgeSet().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow())
                    .map(RelationshipNetworkTest::labelBox).toList();
            List<Box> all = new ArrayList<>(nodeBoxes);
            all.addAll(labels);
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).meets(all.get(j))) {
                        overlaps.add(phase.id() + ": " + all.get(i).name() + " ~ " + all.get(j).name());
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void labelsStayReadableWhenTheGraphIsFittedToALaptopsArea() {
        List<Box> boxes = nodes.values().stream().map(RelationshipNetworkTest::nodeBox).toList();
        double width = boxes.stream().mapToDouble(Box::right).max().orElseThrow()
                - boxes.stream().mapToDouble(Box::left).min().orElseThrow();
        double height = boxes.stream().mapToDouble(Box::bottom).max().orElseThrow()
                - boxes.stream().mapToDouble(Box::top).min().orElseThrow();
        // vis-network's fit() leaves a tenth of the range as margin.
        double scale = Math.min(820 / (1.1 * width), 330 / (1.1 * height));
        assertThat(scale * Network.NODE_FONT_SIZE).isGreaterThanOrEqualTo(12);
        assertThat(scale * Network.EDGE_FONT_SIZE).isGreaterThanOrEqualTo(10);
    }

    @Test
    void groupsComeFromThePackAndTheKeyListsThoseInTheGraph() {
        assertThat(RelationshipNetwork.groupStyles(pack)).containsOnlyKeys(
                pack.work().groups().stream().map(group -> group.id()).toArray(String[]::new));
        assertThat(RelationshipNetwork.groupStyles(pack).get("real-world").shape()).isEqualTo("ellipse");
        // Real people are on the timeline, not in the graph, so the graph's key leaves them out. Madame is no
        // guardian: she has a group, and a style in the key, of her own.
        assertThat(RelationshipNetwork.groupsIn(graph, person -> true)).extracting(group -> group.id())
                .containsExactly("student", "guardian", "outside-authority", "veteran");
        assertThat(pack.character("madame").orElseThrow().group()).isEqualTo("outside-authority");
        assertThat(RelationshipNetwork.groupStyles(pack).get("outside-authority"))
                .isNotEqualTo(RelationshipNetwork.groupStyles(pack).get("guardian"));
    }
}
