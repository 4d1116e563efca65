package org.storyweb.relations.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyweb.relations.TinyPacks.COLLEGE;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;
import static org.storyweb.relations.export.XmlDocs.elements;
import static org.storyweb.relations.export.XmlDocs.only;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyweb.relations.StoryGraph;
import org.storyweb.relations.TinyPacks;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationships;
import org.storyweb.story.StoryCharacter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMLExportTest {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String AWKWARD = "friends & \"rivals\" <sometimes>\u0001, 'really'";

    // Ann and Ben: friends at school and college, with an awkward label; rivals from college to work.
    // Ben and Cat: a couple at work only. Cat's name holds markup.
    private static final GraphMLExport EXPORT = new GraphMLExport(StoryGraph.of(TinyPacks.pack(
            List.of(TinyPacks.person("ann"), TinyPacks.person("ben"),
                    new StoryCharacter("cat", "Cat <& Co>", "", "student", null, null, List.of())),
            List.of(between("ann", "ben", Relationships.state("school", "college", RelationKind.FRIENDSHIP, AWKWARD),
                            state(COLLEGE, WORK, RelationKind.RIVALRY)),
                    between("ben", "cat", state(WORK, RelationKind.ROMANCE))),
            List.of())));

    private static Map<String, String> data(Element element) {
        return elements(element, NS, "data").stream()
                .collect(Collectors.toMap(data -> data.getAttribute("key"), Element::getTextContent));
    }

    @Test
    void thePhaseGraphParsesWithEveryCharacterAndTheStatesThatHoldThen() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString(COLLEGE));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        Element graph = elements(doc, NS, "graph").getFirst();
        assertThat(graph.getAttribute("id")).isEqualTo("tiny-college");
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        assertThat(elements(doc, NS, "node")).extracting(node -> node.getAttribute("id"))
                .containsExactlyInAnyOrder("ann", "ben", "cat");
        // At college both Ann–Ben states hold (friendship to college, rivalry from college); Ben–Cat does not yet.
        assertThat(elements(doc, NS, "edge")).extracting(edge -> edge.getAttribute("id"))
                .containsExactly("ann-ben.0", "ann-ben.1");
        Element rivalry = only(doc, NS, "edge", "id", "ann-ben.1");
        assertThat(rivalry.getAttribute("source")).isEqualTo("ann");
        assertThat(rivalry.getAttribute("target")).isEqualTo("ben");
        assertThat(data(rivalry)).containsEntry("edge-kind", "rivalry").containsEntry("edge-label", "rivalry")
                .containsEntry("edge-strength", "0.5").containsEntry("edge-relationship", "ann-ben");
    }

    @Test
    void keysDeclareLabelsAndKindsForToolsToRead() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString(SCHOOL));

        Map<String, String> names = elements(doc, NS, "key").stream().collect(Collectors.toMap(
                key -> key.getAttribute("id"), key -> key.getAttribute("for") + ":" + key.getAttribute("attr.name")));
        assertThat(names).containsEntry("node-label", "node:label").containsEntry("edge-kind", "edge:kind")
                .containsEntry("edge-label", "edge:label");
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString(SCHOOL));

        assertThat(data(only(doc, NS, "edge", "id", "ann-ben.0")))
                .containsEntry("edge-label", "friends & \"rivals\" <sometimes>, 'really'");
        assertThat(data(only(doc, NS, "node", "id", "cat"))).containsEntry("node-label", "Cat <& Co>");
    }

    @Test
    void theFileIsNamedAfterThePackAndThePhase() {
        assertThat(EXPORT.fileName(WORK)).isEqualTo("tiny-work.graphml");
    }

    @Test
    void writingLeavesTheWriterOpen() throws Exception {
        StringWriter out = new StringWriter();
        EXPORT.write(WORK, out);
        out.write("<!-- still open -->");

        assertThat(out.toString()).endsWith("</graphml>\n<!-- still open -->");
    }

    @Test
    void aPhaseFromAnotherPackIsRefused() {
        Phase elsewhere = new Phase("elsewhere", 9, "Elsewhere", 1, 1, null, "");

        assertThatThrownBy(() -> EXPORT.asString(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of the phases of pack tiny");
    }
}
