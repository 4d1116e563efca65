package org.storyweb.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Places the vertices of a graph with a seeded force-directed layout (Fruchterman and Reingold), then pushes apart
 * vertices whose labels would overlap, so that the same graph gets the same readable picture every time. Lay out the
 * whole graph through time once and reuse the positions at every phase, so that nobody moves when relationships
 * change.
 * <p>
 * The force-directed pass is O(iterations · (V² + E)); the separation pass is O(rounds · V²).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class GraphLayout<V, E> {

    private static final long SEED = 20050101L;
    private static final int ITERATIONS = 300;
    private static final int SEPARATION_ROUNDS = 500;

    private final Graph<V, E> graph;
    private final double width;
    private final double height;

    public GraphLayout(Graph<V, E> graph, double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A layout needs a positive width and height");
        }
        this.graph = graph;
        this.width = width;
        this.height = height;
    }

    /** Positions by vertex, centred on (0, 0), in the graph's vertex order; vertices are treated as points. */
    public Map<V, Point2D> positions() {
        return positions(vertex -> 0, 0, 0);
    }

    /**
     * Positions by vertex, centred on (0, 0), in the graph's vertex order, with no two vertex boxes closer than
     * {@code gap}.
     *
     * @param boxWidth  the width of a vertex's box (its label)
     * @param boxHeight the height of every vertex's box
     * @param gap       the least space between two boxes
     */
    public Map<V, Point2D> positions(ToDoubleFunction<V> boxWidth, double boxHeight, double gap) {
        LayoutModel2D<V> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        new FRLayoutAlgorithm2D<V, E>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED))
                .layout(graph, model);
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        double[] x = new double[vertices.size()];
        double[] y = new double[vertices.size()];
        double[] w = new double[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            Point2D point = model.get(vertices.get(i));
            x[i] = point.getX() - width / 2;
            y[i] = point.getY() - height / 2;
            w[i] = boxWidth.applyAsDouble(vertices.get(i));
        }
        separate(x, y, w, boxHeight, gap);
        Map<V, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            positions.put(vertices.get(i), Point2D.of(x[i], y[i]));
        }
        return positions;
    }

    // Moves each overlapping pair apart along the axis where they overlap least, half each way, until none overlap.
    private static void separate(double[] x, double[] y, double[] w, double h, double gap) {
        for (int round = 0; round < SEPARATION_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double overlapX = (w[i] + w[j]) / 2 + gap - Math.abs(dx);
                    double overlapY = h + gap - Math.abs(dy);
                    if (overlapX <= 0 || overlapY <= 0) {
                        continue;
                    }
                    moved = true;
                    if (overlapX < overlapY) {
                        double push = overlapX / 2 * (dx < 0 ? -1 : 1);
                        x[i] -= push;
                        x[j] += push;
                    } else {
                        double push = overlapY / 2 * (dy < 0 ? -1 : 1);
                        y[i] -= push;
                        y[j] += push;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }
}
