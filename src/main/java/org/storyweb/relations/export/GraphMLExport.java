package org.storyweb.relations.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.relations.TieStrength;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * The graph at one phase as GraphML (http://graphml.graphdrawing.org/), for yEd, Gephi, Cytoscape or NetworkX.
 * <p>
 * Nodes are all the characters of the graph, as in {@link StoryGraph#atPhase(Phase)}, with their name as
 * {@code label} and their {@code group}; edges are the relationship states that hold during the phase, with their
 * {@code kind}, {@code label}, {@code strength} ({@link TieStrength}) and {@code relationship} id. An edge's GraphML
 * id is the relationship id and the index of the state's first phase ({@code kathy-ruth.2}), since GraphML ids are
 * XML name tokens and may not hold the {@code @} of {@link RelationEdge#id()}; where two states of one relationship
 * start in the same phase, the second gets a counter ({@code kathy-ruth.2.2}).
 * <p>
 * Written with {@link javax.xml.stream.XMLStreamWriter}, which escapes every text, rather than with jgrapht-io's
 * {@code GraphMLExporter} (1.5.2), which would not give the same file: it numbers its keys ({@code key0}, …) instead of
 * naming them and writes no {@code <desc>}. O(V + E) time; streams, so memory stays O(1) beyond the graph.
 */
public final class GraphMLExport {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private final StoryGraph graph;

    public GraphMLExport(StoryGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** The suggested file name, such as {@code never-let-me-go-cottages.graphml}. */
    public String fileName(Phase phase) {
        return graph.pack().id() + "-" + checked(phase).id() + ".graphml";
    }

    /**
     * Writes the graph at a phase. The writer is flushed, not closed.
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    public void write(Phase phase, Writer out) throws IOException {
        checked(phase);
        Graph<StoryCharacter, RelationEdge> view = graph.atPhase(phase);
        XmlOut xml = XmlOut.on(out).root("graphml", NAMESPACE, SCHEMA);
        key(xml, "node-label", "node", "label", "string");
        key(xml, "node-group", "node", "group", "string");
        key(xml, "edge-kind", "edge", "kind", "string");
        key(xml, "edge-label", "edge", "label", "string");
        key(xml, "edge-strength", "edge", "strength", "double");
        key(xml, "edge-relationship", "edge", "relationship", "string");
        xml.start("graph").attribute("id", graph.pack().id() + "-" + phase.id())
                .attribute("edgedefault", "undirected");
        xml.textElement("desc", graph.pack().work().title() + ": " + phase.title() + " (chapters "
                + phase.firstChapter() + "–" + phase.lastChapter() + ")");
        for (StoryCharacter character : view.vertexSet()) {
            xml.start("node").attribute("id", character.id());
            data(xml, "node-label", character.name());
            data(xml, "node-group", character.group());
            xml.end();
        }
        Set<String> edgeIds = new HashSet<>();
        for (RelationEdge edge : view.edgeSet().stream().sorted(Comparator.comparing(RelationEdge::id)).toList()) {
            xml.start("edge")
                    .attribute("id", unique(edgeIds, edge.relationship().id() + "." + edge.firstPhaseIndex()))
                    .attribute("source", view.getEdgeSource(edge).id())
                    .attribute("target", view.getEdgeTarget(edge).id());
            data(xml, "edge-kind", edge.kind().key());
            data(xml, "edge-label", edge.state().label());
            data(xml, "edge-strength", Double.toString(TieStrength.of(edge)));
            data(xml, "edge-relationship", edge.relationship().id());
            xml.end();
        }
        xml.finish();
    }

    /**
     * The graph at a phase as a string.
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    public String asString(Phase phase) {
        return Written.asString(out -> write(phase, out));
    }

    private Phase checked(Phase phase) {
        if (phase == null || !graph.pack().phases().contains(phase)) {
            throw new IllegalArgumentException("Phase " + (phase == null ? "null" : phase.id())
                    + " is not one of the phases of pack " + graph.pack().id() + ".");
        }
        return phase;
    }

    // Two states of one relationship may start in the same phase; a counter keeps their ids apart.
    private static String unique(Set<String> used, String id) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "." + n;
        }
        return candidate;
    }

    private static void key(XmlOut xml, String id, String target, String name, String type) throws IOException {
        xml.empty("key").attribute("id", id).attribute("for", target).attribute("attr.name", name)
                .attribute("attr.type", type);
    }

    private static void data(XmlOut xml, String key, String value) throws IOException {
        if (value != null) {
            xml.start("data").attribute("key", key).text(value).end();
        }
    }
}
