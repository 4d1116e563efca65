package org.storyweb.relations.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyweb.relations.TinyPacks.AFTER;
import static org.storyweb.relations.TinyPacks.COLLEGE;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;
import static org.storyweb.relations.export.XmlDocs.elements;
import static org.storyweb.relations.export.XmlDocs.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.relations.StoryGraph;
import org.storyweb.relations.TinyPacks;
import org.storyweb.story.RelationKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfExportTest {

    private static final String NS = "http://gexf.net/1.3";

    // Ann–Ben: friends at school and college, then rivals at work; and at college also briefly a couple, which is
    // stronger than friendship and so speaks for that phase. Ann–Cat: acquaintances at school and again afterwards,
    // with a gap. Dan is in no relationship that holds (his only relationship has no states).
    private static final GexfExport EXPORT = new GexfExport(StoryGraph.of(TinyPacks.pack(
            List.of("ann", "ben", "cat", "dan"), List.of(
                    between("ann", "ben", state(SCHOOL, COLLEGE, RelationKind.FRIENDSHIP),
                            state(COLLEGE, RelationKind.ROMANCE), state(WORK, RelationKind.RIVALRY)),
                    between("ann", "cat", state(SCHOOL, RelationKind.ACQUAINTANCE),
                            state(AFTER, RelationKind.ACQUAINTANCE)),
                    between("ann", "dan")))));

    private static List<String> spells(Element edge) {
        return elements(edge, NS, "spell").stream()
                .map(spell -> spell.getAttribute("start") + "–" + spell.getAttribute("end")).toList();
    }

    private static List<String> values(Element edge, String attribute) {
        return elements(edge, NS, "attvalue").stream().filter(value -> value.getAttribute("for").equals(attribute))
                .map(value -> value.getAttribute("value") + "@" + value.getAttribute("start") + "–"
                        + value.getAttribute("end"))
                .toList();
    }

    @Test
    void theGraphIsDynamicWithPhaseIndicesAsTime() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString());

        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        Element graph = elements(doc, NS, "graph").getFirst();
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("double");
        assertThat(elements(doc, NS, "description").getFirst().getTextContent())
                .contains("0 School, 1 College, 2 Work, 3 Afterwards");
        assertThat(elements(doc, NS, "node")).extracting(node -> node.getAttribute("id") + "=" + node.getAttribute(
                "label")).containsExactlyInAnyOrder("ann=Ann", "ben=Ben", "cat=Cat", "dan=Dan");
    }

    @Test
    void eachRelationshipIsOneEdgeLivingInTheRunsOfPhasesWhereItHasAState() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString());

        assertThat(elements(doc, NS, "edge")).extracting(edge -> edge.getAttribute("id"))
                .containsExactly("ann-ben", "ann-cat");
        Element annBen = only(doc, NS, "edge", "id", "ann-ben");
        assertThat(annBen.getAttribute("source")).isEqualTo("ann");
        assertThat(annBen.getAttribute("target")).isEqualTo("ben");
        assertThat(spells(annBen)).containsExactly("0.0–2.0");
        assertThat(spells(only(doc, NS, "edge", "id", "ann-cat"))).containsExactly("0.0–0.0", "3.0–3.0");
    }

    @Test
    void kindLabelAndStrengthChangeThroughTimeWithoutOverlapping() throws Exception {
        Document doc = XmlDocs.parse(EXPORT.asString());
        Element annBen = only(doc, NS, "edge", "id", "ann-ben");

        // School: friendship; college: romance beats friendship; work: rivalry.
        assertThat(values(annBen, "kind"))
                .containsExactly("friendship@0.0–0.0", "romance@1.0–1.0", "rivalry@2.0–2.0");
        assertThat(values(annBen, "strength")).containsExactly("2.0@0.0–0.0", "3.0@1.0–1.0", "0.5@2.0–2.0");
        assertThat(values(annBen, "state")).containsExactly("friendship@0.0–0.0", "romance@1.0–1.0",
                "rivalry@2.0–2.0");
        Element edgeAttributes = elements(doc, NS, "attributes").stream()
                .filter(attributes -> attributes.getAttribute("class").equals("edge")).findFirst().orElseThrow();
        assertThat(edgeAttributes.getAttribute("mode")).isEqualTo("dynamic");
    }

    @Test
    void aStateSpanningSeveralPhasesIsOneInterval() throws Exception {
        GexfExport export = new GexfExport(StoryGraph.of(TinyPacks.pack(List.of("ann", "ben"),
                List.of(between("ann", "ben", state(SCHOOL, WORK, RelationKind.CARE))))));

        Element edge = only(XmlDocs.parse(export.asString()), NS, "edge", "id", "ann-ben");

        assertThat(values(edge, "kind")).containsExactly("care@0.0–2.0");
        assertThat(spells(edge)).containsExactly("0.0–2.0");
    }

    @Test
    void theFileIsNamedAfterThePack() {
        assertThat(EXPORT.fileName()).isEqualTo("tiny-relationships.gexf");
    }
}
