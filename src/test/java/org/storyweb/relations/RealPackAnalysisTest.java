package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.export.EventCsvExport;
import org.storyweb.relations.export.EventJsonExport;
import org.storyweb.relations.export.GexfExport;
import org.storyweb.relations.export.GraphMLExport;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;

/** The analyses and exports run on the real Never Let Me Go pack without error. */
class RealPackAnalysisTest {

    private static StoryPack pack;
    private static StoryGraph graph;

    @BeforeAll
    static void load() {
        pack = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();
        graph = StoryGraph.of(pack);
    }

    @Test
    void theKathyRuthTommyTriangleHasAReadingNamingEachPhase() {
        OutsiderOfTriangle triangle = new OutsiderOfTriangle(graph, "kathy", "ruth", "tommy");

        List<TriangleReading> readings = triangle.throughStory();

        assertThat(readings).hasSize(pack.phases().size());
        for (int i = 0; i < readings.size(); i++) {
            Phase phase = pack.phases().get(i);
            assertThat(readings.get(i).phase()).isEqualTo(phase);
            assertThat(readings.get(i).sentence()).contains(phase.title()).endsWith(".");
        }
    }

    @Test
    void centralityHasARowForEveryCharacterOfTheGraphAtEveryPhase() {
        PhaseCentrality centrality = new PhaseCentrality(graph);

        for (Phase phase : pack.phases()) {
            assertThat(centrality.at(phase)).hasSize(graph.whole().vertexSet().size())
                    .allSatisfy(row -> assertThat(row.betweenness()).isNotNegative());
        }
        assertThat(centrality.changesThroughStory()).isNotEmpty();
    }

    @Test
    void everyExportIsProducedForThePack() {
        for (Phase phase : pack.phases()) {
            assertThat(new GraphMLExport(graph).asString(phase)).contains("<graphml");
        }
        assertThat(new GexfExport(graph).asString()).contains("mode=\"dynamic\"");
        assertThat(new EventJsonExport(pack).asString()).startsWith("[");
        assertThat(new EventCsvExport(pack).asString()).startsWith("id,title,");
    }
}
