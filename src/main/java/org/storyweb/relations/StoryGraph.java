package org.storyweb.relations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.Multigraph;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The characters of a pack and every state of their relationships, as one JGraphT multigraph: one edge per
 * relationship state. The graph at a phase is a live view over it that hides the edges that do not hold then.
 * <p>
 * Only characters who take part in some relationship are vertices. Building is O(V + E); a phase view is O(1) to make
 * and filters lazily.
 */
public final class StoryGraph {

    private final StoryPack pack;
    private final Graph<StoryCharacter, RelationEdge> graph;

    private StoryGraph(StoryPack pack, Graph<StoryCharacter, RelationEdge> graph) {
        this.pack = pack;
        this.graph = new AsUnmodifiableGraph<>(graph);
    }

    /**
     * Builds the graph of a loaded pack, whose references are known to resolve.
     *
     * @throws IllegalArgumentException if a relationship names a character or phase the pack does not have
     */
    public static StoryGraph of(StoryPack pack) {
        Graph<StoryCharacter, RelationEdge> graph = new Multigraph<>(null, null, false);
        for (Relationship relationship : pack.relationships()) {
            StoryCharacter first = character(pack, relationship, relationship.firstCharacterId());
            StoryCharacter second = character(pack, relationship, relationship.secondCharacterId());
            graph.addVertex(first);
            graph.addVertex(second);
            for (RelationshipState state : relationship.states()) {
                int from = phase(pack, relationship, state.fromPhaseId()).index();
                int to = phase(pack, relationship, state.toPhaseId()).index();
                graph.addEdge(first, second, new RelationEdge(relationship, state, from, to));
            }
        }
        return new StoryGraph(pack, graph);
    }

    private static StoryCharacter character(StoryPack pack, Relationship relationship, String id) {
        return pack.character(id).orElseThrow(() -> new IllegalArgumentException(
                "Relationship " + relationship.id() + " names an unknown character " + id));
    }

    private static Phase phase(StoryPack pack, Relationship relationship, String id) {
        return pack.phase(id).orElseThrow(() -> new IllegalArgumentException(
                "Relationship " + relationship.id() + " names an unknown phase " + id));
    }

    public StoryPack pack() {
        return pack;
    }

    /** Every character and every relationship state, read-only. */
    public Graph<StoryCharacter, RelationEdge> whole() {
        return graph;
    }

    /** The graph during a phase: all characters, and the edges that hold then. A view, not a copy. */
    public Graph<StoryCharacter, RelationEdge> atPhase(Phase phase) {
        return new MaskSubgraph<>(graph, vertex -> false, edge -> !edge.holdsDuring(phase));
    }

    /** The states of one relationship, as edges in story order. */
    public List<RelationEdge> history(String relationshipId) {
        return graph.edgeSet().stream()
                .filter(edge -> edge.relationship().id().equals(relationshipId))
                .sorted(Comparator.comparingInt(RelationEdge::firstPhaseIndex))
                .toList();
    }

    public Optional<StoryCharacter> vertex(String characterId) {
        return graph.vertexSet().stream().filter(c -> c.id().equals(characterId)).findFirst();
    }
}
