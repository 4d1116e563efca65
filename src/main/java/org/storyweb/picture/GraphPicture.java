package org.storyweb.picture;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.explore.ui.RelationshipNetwork;
import org.storyweb.relations.RelationEdge;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * What the relationship graph shows for a view, worked out once for the app's graph panel and the embed: the phase,
 * the people and ties the reader may see then, the selected person or tie, the people a selection picks out, and the
 * lists that give a keyboard or a screen reader the same choices as a click on the drawing.
 *
 * @param selectedPerson the selected person's id, or null
 * @param selectedEdge   the edge of the selected relationship at this phase, or null when it does not hold then
 * @param highlighted    the people of the selection who are in the graph, to be emphasised
 */
public record GraphPicture(Phase phase, List<NetworkNode> nodes, List<NetworkEdge> edges, List<StoryCharacter> people,
        List<Tie> ties, String selectedPerson, String selectedEdge, String selectedRelationship,
        List<String> highlighted) {

    /** A tie the graph draws, as its list names it: "Kathy H. and Ruth: close friends". */
    public record Tie(String relationshipId, String edgeId, String label) {
    }

    /** The graph at the view's phase, as the view's filter lets the reader see it. */
    public static GraphPicture of(PackDrawings.Drawing drawing, ExplorerFilter filter, ViewState view) {
        Phase phase = filter.phase(view);
        ViewState.Selection selection = filter.known(view.selection());
        Graph<StoryCharacter, RelationEdge> atPhase = drawing.graph().atPhase(phase);
        List<NetworkNode> nodes = drawing.nodes(filter);
        Set<String> inGraph = nodes.stream().map(NetworkNode::id).collect(Collectors.toSet());
        List<StoryCharacter> people = drawing.graph().whole().vertexSet().stream().filter(filter::knows)
                .sorted(Comparator.comparing(StoryCharacter::name)).toList();
        List<Tie> ties = atPhase.edgeSet().stream().filter(filter::shows)
                .sorted(Comparator.comparing((RelationEdge edge) -> atPhase.getEdgeSource(edge).name())
                        .thenComparing(edge -> atPhase.getEdgeTarget(edge).name()))
                .map(edge -> new Tie(edge.relationship().id(), edge.id(), atPhase.getEdgeSource(edge).name()
                        + " and " + atPhase.getEdgeTarget(edge).name() + ": " + edge.state().label()))
                .toList();
        String selectedRelationship = selection instanceof ViewState.RelationshipSelection chosen
                ? chosen.relationshipId() : null;
        return new GraphPicture(phase, nodes, RelationshipNetwork.edges(drawing.graph(), phase, filter::shows),
                people, ties, selection instanceof ViewState.CharacterSelection person ? person.characterId() : null,
                ties.stream().filter(tie -> tie.relationshipId().equals(selectedRelationship)).map(Tie::edgeId)
                        .findFirst().orElse(null),
                selectedRelationship,
                RelationshipNetwork.peopleOf(filter.pack(), selection).stream().filter(inGraph::contains).sorted()
                        .toList());
    }

    /** The drawing's name for a screen reader: its phase, and how many people and ties it shows. */
    public String accessibleLabel() {
        return "Relationship graph during " + phase.title() + ": " + nodes.size() + " people and " + edges.size()
                + " relationships.";
    }
}
