package org.storyweb.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * Degree and betweenness centrality of every character at every phase, and who gains and who loses from one phase
 * to another.
 * <p>
 * Both measures are read on the simple graph of a phase: one tie between two characters who have any relationship
 * state then, whatever its kind (several states of one pair count as one tie; an estrangement is still a tie, since
 * the pair still figure in each other's story). Ties are unweighted: the measures say who connects whom, and
 * {@link TieStrength} is kept for the finer question of closeness. Every character of the graph has a row in every
 * phase, with degree 0 when they have no tie then.
 * <p>
 * Betweenness is computed by JGraphT's {@link BetweennessCentrality}, after U. Brandes, "A faster algorithm for
 * betweenness centrality", Journal of Mathematical Sociology 25(2), 2001, 163–177; values are not normalised, so
 * the centre of a star with k leaves scores k(k − 1)/2. Everything is computed once, when the object is built:
 * O(P · V · E) time for P phases (Brandes on unweighted graphs is O(V · E)), and O(P · V) space.
 */
public final class PhaseCentrality implements PhaseAnalysis<List<CentralityRow>> {

    private static final Comparator<CentralityRow> MOST_CENTRAL_FIRST = Comparator
            .comparingDouble(CentralityRow::betweenness).reversed()
            .thenComparing(Comparator.comparingInt(CentralityRow::degree).reversed())
            .thenComparing(row -> row.character().id());

    private static final Comparator<CentralityChange> GAINS_FIRST = Comparator
            .comparingDouble(CentralityChange::betweennessChange).reversed()
            .thenComparing(Comparator.comparingInt(CentralityChange::degreeChange).reversed())
            .thenComparing(change -> change.character().id());

    private final StoryGraph graph;
    private final Map<String, List<CentralityRow>> rowsByPhase = new LinkedHashMap<>();

    public PhaseCentrality(StoryGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        for (Phase phase : graph.pack().phases()) {
            rowsByPhase.put(phase.id(), rows(simple(graph.atPhase(phase))));
        }
    }

    @Override
    public StoryGraph graph() {
        return graph;
    }

    /**
     * Every character's degree and betweenness during a phase, most central first (by betweenness, then degree, then
     * id).
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    @Override
    public List<CentralityRow> at(Phase phase) {
        return rowsByPhase.get(PhaseCheck.require(graph, phase).id());
    }

    /**
     * One character's row during a phase; empty when the character is in no relationship at all.
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    public Optional<CentralityRow> row(Phase phase, String characterId) {
        return at(phase).stream().filter(row -> row.character().id().equals(characterId)).findFirst();
    }

    /**
     * The characters whose degree or betweenness differs between two phases, with the change: those who gain most
     * betweenness first, those who lose most last.
     *
     * @throws IllegalArgumentException if either phase is not one of the pack's phases
     */
    public List<CentralityChange> changes(Phase from, Phase to) {
        Map<StoryCharacter, CentralityRow> before = byCharacter(at(from));
        List<CentralityChange> changes = new ArrayList<>();
        for (CentralityRow after : at(to)) {
            CentralityRow earlier = before.get(after.character());
            CentralityChange change = new CentralityChange(from, to, after.character(), earlier.degree(),
                    after.degree(), earlier.betweenness(), after.betweenness());
            if (change.gains() || change.loses()) {
                changes.add(change);
            }
        }
        changes.sort(GAINS_FIRST);
        return List.copyOf(changes);
    }

    /** {@link #changes(Phase, Phase)} for each phase and the next, in story order. */
    public List<CentralityChange> changesThroughStory() {
        List<Phase> phases = graph.pack().phases();
        List<CentralityChange> all = new ArrayList<>();
        for (int i = 0; i + 1 < phases.size(); i++) {
            all.addAll(changes(phases.get(i), phases.get(i + 1)));
        }
        return List.copyOf(all);
    }

    // JGraphT has no view that merges parallel edges, and Brandes' algorithm would count each parallel edge as
    // another shortest path, so the phase is copied into a simple graph: O(V + E).
    static Graph<StoryCharacter, DefaultEdge> simple(Graph<StoryCharacter, RelationEdge> phaseView) {
        Graph<StoryCharacter, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        phaseView.vertexSet().forEach(simple::addVertex);
        for (RelationEdge edge : phaseView.edgeSet()) {
            StoryCharacter source = phaseView.getEdgeSource(edge);
            StoryCharacter target = phaseView.getEdgeTarget(edge);
            if (!source.equals(target)) {
                simple.addEdge(source, target);
            }
        }
        return simple;
    }

    private static List<CentralityRow> rows(Graph<StoryCharacter, DefaultEdge> simple) {
        Map<StoryCharacter, Double> betweenness = new BetweennessCentrality<>(simple, false).getScores();
        return simple.vertexSet().stream()
                .map(character -> new CentralityRow(character, simple.degreeOf(character),
                        betweenness.get(character)))
                .sorted(MOST_CENTRAL_FIRST)
                .toList();
    }

    private static Map<StoryCharacter, CentralityRow> byCharacter(List<CentralityRow> rows) {
        Map<StoryCharacter, CentralityRow> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.character(), row));
        return map;
    }
}
