package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Label-aware layout on small hand-built graphs: a hub with many labelled spokes is the hard case. */
class GraphLayoutTest {

    private static final double BOX_WIDTH = 90;
    private static final double BOX_HEIGHT = 40;
    private static final double LABEL_WIDTH = 160;
    private static final double LABEL_HEIGHT = 18;
    private static final double GAP = 8;

    private record Box(double left, double top, double right, double bottom) {
        static Box around(double x, double y, double width, double height) {
            return new Box(x - width / 2, y - height / 2, x + width / 2, y + height / 2);
        }

        boolean meets(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    /** A hub joined to six others, two of whom are joined too. */
    private static Graph<String, DefaultEdge> star() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        graph.addVertex("hub");
        for (String spoke : List.of("a", "b", "c", "d", "e", "f")) {
            graph.addVertex(spoke);
            graph.addEdge("hub", spoke);
        }
        graph.addEdge("a", "b");
        return graph;
    }

    private static Map<String, Point2D> layOut(Graph<String, DefaultEdge> graph, double width, double height) {
        return new GraphLayout<>(graph, width, height).positions(new GraphLayout.Labels<String, DefaultEdge>(
                vertex -> BOX_WIDTH, BOX_HEIGHT, edge -> LABEL_WIDTH, LABEL_HEIGHT, (a, b) -> true, GAP));
    }

    private static Box label(Graph<String, DefaultEdge> graph, Map<String, Point2D> at, DefaultEdge edge) {
        Point2D a = at.get(graph.getEdgeSource(edge));
        Point2D b = at.get(graph.getEdgeTarget(edge));
        return Box.around((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2, LABEL_WIDTH, LABEL_HEIGHT);
    }

    @Test
    void noLabelMeetsAVertexOrAnotherLabel() {
        Graph<String, DefaultEdge> graph = star();
        // A small area: without the separation everything would be on top of everything.
        Map<String, Point2D> at = layOut(graph, 100, 40);

        List<Box> boxes = new ArrayList<>();
        at.values().forEach(p -> boxes.add(Box.around(p.getX(), p.getY(), BOX_WIDTH, BOX_HEIGHT)));
        graph.edgeSet().forEach(edge -> boxes.add(label(graph, at, edge)));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).meets(boxes.get(j))).as("%s meets %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @Test
    void noLineRunsThroughAVertexItDoesNotJoin() {
        Graph<String, DefaultEdge> graph = star();
        Map<String, Point2D> at = layOut(graph, 1000, 400);

        for (DefaultEdge edge : graph.edgeSet()) {
            Point2D a = at.get(graph.getEdgeSource(edge));
            Point2D b = at.get(graph.getEdgeTarget(edge));
            at.forEach((vertex, p) -> {
                if (vertex.equals(graph.getEdgeSource(edge)) || vertex.equals(graph.getEdgeTarget(edge))) {
                    return;
                }
                Box box = Box.around(p.getX(), p.getY(), BOX_WIDTH, BOX_HEIGHT);
                for (double t = 0; t <= 1; t += 0.01) {
                    double x = a.getX() + t * (b.getX() - a.getX());
                    double y = a.getY() + t * (b.getY() - a.getY());
                    assertThat(x > box.left() && x < box.right() && y > box.top() && y < box.bottom())
                            .as("%s runs through %s", edge, vertex).isFalse();
                }
            });
        }
    }

    @Test
    void aWideAreaGetsAWidePicture() {
        Map<String, Point2D> at = layOut(star(), 1000, 400);

        double width = at.values().stream().mapToDouble(Point2D::getX).max().orElseThrow()
                - at.values().stream().mapToDouble(Point2D::getX).min().orElseThrow() + BOX_WIDTH;
        double height = at.values().stream().mapToDouble(Point2D::getY).max().orElseThrow()
                - at.values().stream().mapToDouble(Point2D::getY).min().orElseThrow() + BOX_HEIGHT;
        assertThat(width / height).isGreaterThan(1.5);
    }

    @Test
    void theSameGraphGetsTheSamePicture() {
        assertThat(layOut(star(), 1000, 400)).isEqualTo(layOut(star(), 1000, 400));
    }

    @Test
    void anEmptyAreaIsRefused() {
        assertThatThrownBy(() -> new GraphLayout<>(star(), 0, 400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive width");
    }
}
