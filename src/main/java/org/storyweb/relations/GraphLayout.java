package org.storyweb.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Places the vertices of a graph with a seeded force-directed layout (Fruchterman and Reingold), then pushes apart
 * whatever labels would overlap, so that the same graph gets the same readable picture every time. Lay out the whole
 * graph through time once and reuse the positions at every phase, so that nobody moves when relationships change.
 * <p>
 * With label sizes, vertex boxes are kept apart, no line runs through a vertex it does not join, and the label of each
 * edge, drawn level at the middle of the edge, is kept off every vertex box and off the labels of edges shown at the
 * same time. The force-directed layout is scaled to several spreads, each separated and then squeezed along its
 * longer side while that keeps it clear, and the one that fits the layout's width and height at the largest scale
 * wins: the labels then stay as large as they can when the picture is zoomed to fit an area of that shape. Overlaps
 * are moved apart along the side with room to spare, so a wide area gets a wide picture.
 * <p>
 * The force-directed pass is O(iterations · (V² + E)) once; the separation pass is O(rounds · (V + P)²) for P joined
 * pairs of vertices, for each spread and squeeze.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class GraphLayout<V, E> {

    private static final long SEED = 20050101L;
    private static final int ITERATIONS = 300;
    private static final int SEPARATION_ROUNDS = 2000;
    private static final double[] SPREADS = {0.4, 0.55, 0.7, 0.85, 1.0, 1.2};
    private static final int SQUEEZES = 20;
    // A squeeze that takes longer to settle than this is given up.
    private static final int SQUEEZE_ROUNDS = 200;
    // A push along the side that does not limit the scale costs this much of one along the side that does.
    private static final double SLACK_COST = 0.3;
    private static final double SQUEEZE = 0.95;
    // vis-network and the like leave this much room around a fitted drawing.
    private static final double FIT_MARGIN = 1.1;

    /**
     * What the labels of a drawing take up, in the units of the layout.
     *
     * @param vertexWidth   the width of a vertex's box (its label)
     * @param vertexHeight  the height of every vertex's box
     * @param edgeWidth     the width of an edge's label; 0 for an edge without one
     * @param edgeHeight    the height of every edge label
     * @param shownTogether whether two edges can be on screen at the same time, so that their labels must not meet
     * @param gap           the least space between two boxes
     */
    public record Labels<V, E>(ToDoubleFunction<V> vertexWidth, double vertexHeight, ToDoubleFunction<E> edgeWidth,
            double edgeHeight, BiPredicate<E, E> shownTogether, double gap) {

        /** Vertex boxes only: edges have no labels. */
        public static <V, E> Labels<V, E> ofVertices(ToDoubleFunction<V> vertexWidth, double vertexHeight,
                double gap) {
            return new Labels<>(vertexWidth, vertexHeight, edge -> 0, 0, (a, b) -> false, gap);
        }
    }

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
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        return toMap(vertices, forceDirected(vertices));
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
        return positions(Labels.ofVertices(boxWidth, boxHeight, gap));
    }

    /**
     * Positions by vertex, centred on (0, 0), in the graph's vertex order, with no label on another where the
     * separation can manage it; of the spreads tried, the one with the fewest overlaps, then the largest scale when
     * fitted to the layout's width and height.
     */
    public Map<V, Point2D> positions(Labels<V, E> labels) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Drawing drawing = new Drawing(vertices, labels);
        double[][] best = null;
        int bestOverlaps = Integer.MAX_VALUE;
        double bestScale = 0;
        // The force-directed layout scales with its box, so it is worked out once and scaled for each spread.
        double[][] base = forceDirected(vertices);
        for (double spread : SPREADS) {
            double[][] xy = new double[2][];
            for (int axis = 0; axis < 2; axis++) {
                xy[axis] = Arrays.stream(base[axis]).map(value -> value * spread).toArray();
            }
            int overlaps = drawing.separate(xy[0], xy[1], SEPARATION_ROUNDS);
            if (overlaps == 0) {
                xy = drawing.squeeze(xy);
            }
            double scale = drawing.fitScale(xy[0], xy[1]);
            if (overlaps < bestOverlaps || overlaps == bestOverlaps && scale > bestScale) {
                best = xy;
                bestOverlaps = overlaps;
                bestScale = scale;
            }
        }
        return toMap(vertices, best);
    }

    private double[][] forceDirected(List<V> vertices) {
        LayoutModel2D<V> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        new FRLayoutAlgorithm2D<V, E>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED))
                .layout(graph, model);
        double[][] xy = new double[2][vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            Point2D point = model.get(vertices.get(i));
            xy[0][i] = point.getX() - width / 2;
            xy[1][i] = point.getY() - height / 2;
        }
        return xy;
    }

    private static <V> Map<V, Point2D> toMap(List<V> vertices, double[][] xy) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < vertices.size(); i++) {
            minX = Math.min(minX, xy[0][i]);
            maxX = Math.max(maxX, xy[0][i]);
            minY = Math.min(minY, xy[1][i]);
            maxY = Math.max(maxY, xy[1][i]);
        }
        double centreX = vertices.isEmpty() ? 0 : (minX + maxX) / 2;
        double centreY = vertices.isEmpty() ? 0 : (minY + maxY) / 2;
        Map<V, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            positions.put(vertices.get(i), Point2D.of(xy[0][i] - centreX, xy[1][i] - centreY));
        }
        return positions;
    }

    /** The boxes of a drawing: one per vertex, and one label per joined pair of vertices at the pair's middle. */
    private final class Drawing {

        private final double[] w;
        private final double h;
        private final double gap;
        // Joined pairs: their two vertices, the widest label of the edges between them, and which pairs' labels can be
        // on screen together.
        private final int[] first;
        private final int[] second;
        private final double[] labelWidth;
        private final double labelHeight;
        private final boolean[][] together;
        // What a push costs along each axis: more along the side that limits the scale.
        private double costX;
        private double costY;

        Drawing(List<V> vertices, Labels<V, E> labels) {
            w = vertices.stream().mapToDouble(labels.vertexWidth()).toArray();
            h = labels.vertexHeight();
            gap = labels.gap();
            labelHeight = labels.edgeHeight();
            Map<List<Integer>, List<E>> pairs = new LinkedHashMap<>();
            Map<V, Integer> index = new LinkedHashMap<>();
            vertices.forEach(vertex -> index.put(vertex, index.size()));
            for (E edge : graph.edgeSet()) {
                int a = index.get(graph.getEdgeSource(edge));
                int b = index.get(graph.getEdgeTarget(edge));
                if (a != b) {
                    pairs.computeIfAbsent(List.of(Math.min(a, b), Math.max(a, b)), key -> new ArrayList<>())
                            .add(edge);
                }
            }
            List<List<E>> edges = new ArrayList<>(pairs.values());
            first = pairs.keySet().stream().mapToInt(List::getFirst).toArray();
            second = pairs.keySet().stream().mapToInt(List::getLast).toArray();
            labelWidth = edges.stream()
                    .mapToDouble(list -> list.stream().mapToDouble(labels.edgeWidth()).max().orElse(0)).toArray();
            together = new boolean[edges.size()][edges.size()];
            for (int p = 0; p < edges.size(); p++) {
                for (int q = p + 1; q < edges.size(); q++) {
                    together[p][q] = anyTogether(edges.get(p), edges.get(q), labels.shownTogether());
                }
            }
        }

        private boolean anyTogether(List<E> some, List<E> others, BiPredicate<E, E> shownTogether) {
            return some.stream().anyMatch(a -> others.stream().anyMatch(b -> shownTogether.test(a, b)));
        }

        /**
         * Moves vertices until no boxes overlap, or the rounds run out; returns how many overlaps are left. Each
         * overlap is resolved along the axis where it costs least for the shape of the layout, so that a wide layout
         * stays wide.
         */
        int separate(double[] x, double[] y, int rounds) {
            int overlaps = 0;
            for (int round = 0; round < rounds; round++) {
                overlaps = 0;
                double[] range = range(x, y);
                double rx = range[0] / width;
                double ry = range[1] / height;
                costX = (rx >= ry ? 1 : SLACK_COST) / width;
                costY = (ry >= rx ? 1 : SLACK_COST) / height;
                for (int i = 0; i < x.length; i++) {
                    for (int j = i + 1; j < x.length; j++) {
                        overlaps += push(x, y, new int[] {i}, new int[] {j}, (w[i] + w[j]) / 2 + gap, h + gap);
                    }
                }
                for (int p = 0; p < first.length; p++) {
                    int[] ends = {first[p], second[p]};
                    for (int k = 0; k < x.length; k++) {
                        if (k != first[p] && k != second[p]) {
                            overlaps += clear(x, y, first[p], second[p], k);
                        }
                        if (labelWidth[p] <= 0) {
                            continue;
                        }
                        double needX = (labelWidth[p] + w[k]) / 2 + gap;
                        double needY = (labelHeight + h) / 2 + gap;
                        if (k == first[p] || k == second[p]) {
                            // The label sits at the middle of its own edge: the two ends must be far enough apart.
                            int other = k == first[p] ? second[p] : first[p];
                            overlaps += push(x, y, new int[] {other}, new int[] {k}, 2 * needX, 2 * needY);
                        } else {
                            overlaps += push(x, y, ends, new int[] {k}, needX, needY);
                        }
                    }
                    for (int q = p + 1; q < first.length; q++) {
                        if (together[p][q] && labelWidth[p] > 0 && labelWidth[q] > 0) {
                            overlaps += push(x, y, ends, new int[] {first[q], second[q]},
                                    (labelWidth[p] + labelWidth[q]) / 2 + gap / 2, labelHeight + gap / 2);
                        }
                    }
                }
                if (overlaps == 0) {
                    return 0;
                }
            }
            return overlaps;
        }

        /**
         * Moves vertex k off the line between vertices a and b if the line runs through its box (with half the gap
         * around it), so that the line does not look as if it ended there; returns 1 if it did.
         */
        private int clear(double[] x, double[] y, int a, int b, int k) {
            double dx = x[b] - x[a];
            double dy = y[b] - y[a];
            double length = Math.hypot(dx, dy);
            if (length == 0) {
                return 0;
            }
            double centreX = x[k] - x[a];
            double centreY = y[k] - y[a];
            double along = (centreX * dx + centreY * dy) / (length * length);
            if (along <= 0 || along >= 1) {
                return 0;
            }
            double normalX = -dy / length;
            double normalY = dx / length;
            double distance = centreX * normalX + centreY * normalY;
            double reach = (w[k] / 2 + gap / 2) * Math.abs(normalX) + (h / 2 + gap / 2) * Math.abs(normalY);
            double overlap = reach - Math.abs(distance);
            if (overlap <= 0) {
                return 0;
            }
            double away = (distance < 0 ? -1 : 1) * (overlap / 2 + 1e-6);
            x[k] += away * normalX;
            y[k] += away * normalY;
            for (int i : new int[] {a, b}) {
                x[i] -= away * normalX;
                y[i] -= away * normalY;
            }
            return 1;
        }

        /**
         * Pushes the middle of one group of vertices away from the middle of another until they are at least
         * {@code needX} apart sideways or {@code needY} up and down; returns 1 if they were closer.
         */
        private int push(double[] x, double[] y, int[] some, int[] others, double needX, double needY) {
            double dx = mean(x, others) - mean(x, some);
            double dy = mean(y, others) - mean(y, some);
            double overlapX = needX - Math.abs(dx);
            double overlapY = needY - Math.abs(dy);
            if (overlapX <= 0 || overlapY <= 0) {
                return 0;
            }
            if (overlapX * costX < overlapY * costY) {
                move(x, some, others, overlapX, dx);
            } else {
                move(y, some, others, overlapY, dy);
            }
            return 1;
        }

        // Each group moves half the overlap, away from the other; a vertex in both groups stays.
        private static void move(double[] axis, int[] some, int[] others, double overlap, double distance) {
            double away = (distance < 0 ? -1 : 1) * (overlap / 2 + 1e-6);
            for (int i : some) {
                axis[i] -= away;
            }
            for (int i : others) {
                axis[i] += away;
            }
        }

        private static double mean(double[] axis, int[] indices) {
            double sum = 0;
            for (int i : indices) {
                sum += axis[i];
            }
            return sum / indices.length;
        }

        /**
         * Squeezes the drawing along the side that limits its scale, and separates it again, for as long as that
         * leaves no overlaps and makes the drawing larger when fitted.
         */
        double[][] squeeze(double[][] xy) {
            for (int i = 0; i < SQUEEZES; i++) {
                double[][] squeezed = {xy[0].clone(), xy[1].clone()};
                double[] range = range(xy[0], xy[1]);
                double[] axis = range[0] / width > range[1] / height ? squeezed[0] : squeezed[1];
                for (int k = 0; k < axis.length; k++) {
                    axis[k] *= SQUEEZE;
                }
                if (separate(squeezed[0], squeezed[1], SQUEEZE_ROUNDS) > 0
                        || fitScale(squeezed[0], squeezed[1]) <= fitScale(xy[0], xy[1])) {
                    return xy;
                }
                xy = squeezed;
            }
            return xy;
        }

        /** The width and height that the vertex boxes take up. */
        private double[] range(double[] x, double[] y) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < x.length; i++) {
                minX = Math.min(minX, x[i] - w[i] / 2);
                maxX = Math.max(maxX, x[i] + w[i] / 2);
                minY = Math.min(minY, y[i] - h / 2);
                maxY = Math.max(maxY, y[i] + h / 2);
            }
            return new double[] {maxX - minX, maxY - minY};
        }

        /** The scale at which the vertex boxes, with the usual margin, fit the layout's width and height. */
        double fitScale(double[] x, double[] y) {
            double[] range = range(x, y);
            return Math.min(width / (FIT_MARGIN * range[0]), height / (FIT_MARGIN * range[1]));
        }
    }
}
