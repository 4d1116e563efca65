package org.storyweb.relations.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.storyweb.relations.RelationEdge;
import org.storyweb.relations.StoryGraph;
import org.storyweb.relations.TieStrength;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.StoryCharacter;

/**
 * The whole graph through time as a dynamic GEXF 1.3 file (https://gexf.net/), which Gephi opens with its timeline.
 * <p>
 * Time is the phase index ({@code timeformat="double"}, 0 for the first phase), and GEXF 1.3 intervals include both
 * ends, so a state that holds in phases 2 to 3 lives in [2, 3]. Each relationship is one edge (id: the relationship
 * id) whose {@code <spells>} are the runs of phases in which it has a state; its kind, state label and
 * {@link TieStrength strength} are dynamic attributes ({@code kind}, {@code state}, {@code strength}) whose values
 * change from phase to phase. One edge per relationship rather than per state, because Gephi merges parallel edges
 * between the same two nodes and refuses overlapping intervals; where several states of a relationship hold in one
 * phase, the strongest speaks for it. Nodes are all the characters of the graph and live throughout, as in the
 * explorer, with the static attribute {@code group}.
 * <p>
 * Written by hand with {@link javax.xml.stream.XMLStreamWriter}, which escapes every text: jgrapht-io's GEXF exporter
 * writes static graphs only. The {@code mode="dynamic"} on the edge {@code <attributes>} is what Gephi reads to make
 * the columns dynamic. O(P · E) time for P phases and E states.
 */
public final class GexfExport {

    private static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String SCHEMA = "http://gexf.net/1.3/gexf.xsd";

    private final StoryGraph graph;

    public GexfExport(StoryGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** The suggested file name, such as {@code never-let-me-go-relationships.gexf}. */
    public String fileName() {
        return graph.pack().id() + "-relationships.gexf";
    }

    /** Writes the graph through time. The writer is flushed, not closed. */
    public void write(Writer out) throws IOException {
        List<Phase> phases = graph.pack().phases();
        XmlOut xml = XmlOut.on(out).root("gexf", NAMESPACE, SCHEMA).attribute("version", "1.3");
        xml.start("meta");
        xml.textElement("creator", "Storyweb");
        xml.textElement("description", description(phases));
        xml.end();
        xml.start("graph").attribute("mode", "dynamic").attribute("defaultedgetype", "undirected")
                .attribute("timeformat", "double").attribute("timerepresentation", "interval");
        xml.start("attributes").attribute("class", "node");
        attribute(xml, "group", "group", "string");
        xml.end();
        xml.start("attributes").attribute("class", "edge").attribute("mode", "dynamic");
        attribute(xml, "kind", "kind", "string");
        attribute(xml, "state", "state", "string");
        attribute(xml, "strength", "strength", "double");
        xml.end();
        xml.start("nodes");
        for (StoryCharacter character : graph.whole().vertexSet()) {
            xml.start("node").attribute("id", character.id()).attribute("label", character.name());
            xml.start("attvalues");
            xml.empty("attvalue").attribute("for", "group").attribute("value", character.group());
            xml.end();
            xml.end();
        }
        xml.end();
        xml.start("edges");
        for (Relationship relationship : graph.pack().relationships()) {
            List<Optional<RelationEdge>> byPhase = strongestByPhase(relationship, phases);
            List<Run<Boolean>> spells = runs(byPhase, Optional::isPresent).stream().filter(Run::value).toList();
            if (spells.isEmpty()) {
                continue; // an edge without spells would live for ever in Gephi
            }
            StoryCharacter first = graph.pack().character(relationship.firstCharacterId()).orElseThrow();
            StoryCharacter second = graph.pack().character(relationship.secondCharacterId()).orElseThrow();
            xml.start("edge").attribute("id", relationship.id()).attribute("source", first.id())
                    .attribute("target", second.id()).attribute("label", first.name() + " – " + second.name());
            xml.start("attvalues");
            for (Run<Optional<RelationEdge>> run : runs(byPhase, Function.identity())) {
                if (run.value().isEmpty()) {
                    continue;
                }
                RelationEdge state = run.value().get();
                String start = time(phases, run.first());
                String end = time(phases, run.last());
                attvalue(xml, "kind", state.kind().key(), start, end);
                attvalue(xml, "state", state.state().label(), start, end);
                attvalue(xml, "strength", Double.toString(TieStrength.of(state)), start, end);
            }
            xml.end();
            xml.start("spells");
            for (Run<Boolean> spell : spells) {
                xml.empty("spell").attribute("start", time(phases, spell.first()))
                        .attribute("end", time(phases, spell.last()));
            }
            xml.end();
            xml.end();
        }
        xml.end();
        xml.finish();
    }

    /** The graph through time as a string. */
    public String asString() {
        return Written.asString(this::write);
    }

    private String description(List<Phase> phases) {
        StringBuilder text = new StringBuilder(graph.pack().work().title())
                .append(": relationships through the story. Time is the phase: ");
        for (int i = 0; i < phases.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(phases.get(i).index()).append(" ").append(phases.get(i).title());
        }
        return text.append('.').toString();
    }

    // For each phase, in order, the strongest state of the relationship that holds then.
    private List<Optional<RelationEdge>> strongestByPhase(Relationship relationship, List<Phase> phases) {
        List<RelationEdge> states = graph.history(relationship.id());
        List<Optional<RelationEdge>> byPhase = new ArrayList<>();
        for (Phase phase : phases) {
            byPhase.add(TieStrength.strongest(states.stream().filter(edge -> edge.holdsDuring(phase)).toList()));
        }
        return byPhase;
    }

    /** A stretch of consecutive phases, by position in the pack's phase list, that share a value. */
    private record Run<T>(T value, int first, int last) {
    }

    private static <S, T> List<Run<T>> runs(List<S> items, Function<S, T> key) {
        List<Run<T>> runs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T value = key.apply(items.get(i));
            if (!runs.isEmpty() && runs.getLast().value().equals(value) && runs.getLast().last() == i - 1) {
                runs.set(runs.size() - 1, new Run<>(value, runs.getLast().first(), i));
            } else {
                runs.add(new Run<>(value, i, i));
            }
        }
        return runs;
    }

    // Phase indices are the time axis; runs count positions in the pack's phase list.
    private static String time(List<Phase> phases, int position) {
        return Double.toString(phases.get(position).index());
    }

    private static void attribute(XmlOut xml, String id, String title, String type) throws IOException {
        xml.empty("attribute").attribute("id", id).attribute("title", title).attribute("type", type);
    }

    private static void attvalue(XmlOut xml, String attribute, String value, String start, String end)
            throws IOException {
        xml.empty("attvalue").attribute("for", attribute).attribute("value", value).attribute("start", start)
                .attribute("end", end);
    }
}
