package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyweb.story.Relationships.between;
import static org.storyweb.story.Relationships.state;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.junit.jupiter.api.Test;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationship;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

class StoryGraphTest {

    // Three phases; Ann and Ben are friends, then rivals; Ben and Cat meet in the second phase and stay together.
    private static final Phase SCHOOL = new Phase("school", 0, "School", 1, 3, null, "");
    private static final Phase COLLEGE = new Phase("college", 1, "College", 4, 6, null, "");
    private static final Phase WORK = new Phase("work", 2, "Work", 7, 9, null, "");

    private static final List<StoryCharacter> PEOPLE = Stream.of("ann", "ben", "cat", "dan").map(TinyPacks::person)
            .toList();

    private static StoryPack pack(List<Relationship> relationships) {
        return PackBuilder.pack("tiny").phases(List.of(SCHOOL, COLLEGE, WORK)).characters(PEOPLE)
                .relationships(relationships).build();
    }

    private static final Relationship ANN_BEN = between("ann", "ben",
            state("school", "school", RelationKind.FRIENDSHIP),
            state("college", "work", RelationKind.RIVALRY));
    private static final Relationship BEN_CAT = between("ben", "cat",
            state("college", "work", RelationKind.ROMANCE));

    private static Map<String, RelationKind> kindsBetween(Graph<StoryCharacter, RelationEdge> graph) {
        return graph.edgeSet().stream().collect(Collectors.toMap(
                edge -> graph.getEdgeSource(edge).id() + "-" + graph.getEdgeTarget(edge).id(),
                RelationEdge::kind));
    }

    @Test
    void eachRelationshipStateIsItsOwnEdge() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        assertThat(graph.whole().edgeSet()).hasSize(3);
        assertThat(graph.whole().getAllEdges(graph.vertex("ann").orElseThrow(), graph.vertex("ben").orElseThrow()))
                .extracting(RelationEdge::kind)
                .containsExactlyInAnyOrder(RelationKind.FRIENDSHIP, RelationKind.RIVALRY);
    }

    @Test
    void onlyCharactersInSomeRelationshipAreVertices() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        assertThat(graph.whole().vertexSet()).extracting(StoryCharacter::id).containsExactly("ann", "ben", "cat");
        assertThat(graph.vertex("dan")).isEmpty();
    }

    @Test
    void thePhaseViewShowsOnlyTheStatesThatHoldThen() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        assertThat(kindsBetween(graph.atPhase(SCHOOL))).isEqualTo(Map.of("ann-ben", RelationKind.FRIENDSHIP));
        assertThat(kindsBetween(graph.atPhase(COLLEGE)))
                .isEqualTo(Map.of("ann-ben", RelationKind.RIVALRY, "ben-cat", RelationKind.ROMANCE));
        assertThat(kindsBetween(graph.atPhase(WORK))).isEqualTo(kindsBetween(graph.atPhase(COLLEGE)));
    }

    @Test
    void thePhaseViewKeepsEveryCharacterSoThatNobodyDisappears() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        assertThat(graph.atPhase(SCHOOL).vertexSet()).hasSize(3);
        assertThat(graph.atPhase(SCHOOL).degreeOf(graph.vertex("cat").orElseThrow())).isZero();
    }

    @Test
    void thePhaseViewHoldsTheWholeGraphsOwnEdgesAndCannotBeChanged() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN)));
        Graph<StoryCharacter, RelationEdge> school = graph.atPhase(SCHOOL);
        RelationEdge friendship = school.edgeSet().iterator().next();

        assertThat(graph.whole().edgeSet()).anySatisfy(edge -> assertThat(edge).isSameAs(friendship));
        assertThat(school.getType().isModifiable()).isFalse();
        assertThatThrownBy(() -> school.removeEdge(friendship)).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * Two states alike in kind and label are two edges, and a relationship's history keeps them in story order: with
     * twelve phases the second starts in phase 10, whose edge id ("ann-ben@10") sorts before "ann-ben@2" as text.
     */
    @Test
    void twoEqualLookingStatesAreStillTwoEdges() {
        List<Phase> phases = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new Phase("p" + i, i, "Phase " + i, i + 1, i + 1, null, "")).toList();
        Relationship twice = between("ann", "ben",
                state("p2", "p9", RelationKind.FRIENDSHIP), state("p10", "p11", RelationKind.FRIENDSHIP));
        StoryGraph graph = StoryGraph.of(PackBuilder.pack("tiny").phases(phases).characters(PEOPLE)
                .relationships(List.of(twice)).build());

        assertThat(graph.whole().edgeSet()).hasSize(2);
        assertThat(graph.history("ann-ben")).extracting(RelationEdge::id).containsExactly("ann-ben@2", "ann-ben@10");
    }

    @Test
    void aStateThatEndsBeforeItStartsIsRefused() {
        Relationship backwards = between("ann", "ben", state("work", "school", RelationKind.FRIENDSHIP));

        assertThatThrownBy(() -> StoryGraph.of(pack(List.of(backwards))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void theLayoutIsTheSameEveryTime() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        Map<StoryCharacter, Point2D> first = new GraphLayout<>(graph.whole(), 600, 400).positions();
        Map<StoryCharacter, Point2D> second = new GraphLayout<>(StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)))
                .whole(), 600, 400).positions();

        assertThat(second).isEqualTo(first);
        assertThat(first.values()).doesNotHaveDuplicates();
        assertThat(first.values()).allSatisfy(point -> {
            assertThat(Math.abs(point.getX())).isLessThanOrEqualTo(300);
            assertThat(Math.abs(point.getY())).isLessThanOrEqualTo(200);
        });
    }

    @Test
    void boxesOfLabelsAreKeptApart() {
        StoryGraph graph = StoryGraph.of(pack(List.of(ANN_BEN, BEN_CAT)));

        // A tiny area would put everyone on top of each other without the separation pass.
        Map<StoryCharacter, Point2D> positions = new GraphLayout<>(graph.whole(), 10, 10)
                .positions(character -> 100, 40, 20);

        List<Point2D> points = List.copyOf(positions.values());
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                boolean apartSideways = Math.abs(points.get(i).getX() - points.get(j).getX()) >= 120 - 1e-6;
                boolean apartUpDown = Math.abs(points.get(i).getY() - points.get(j).getY()) >= 60 - 1e-6;
                assertThat(apartSideways || apartUpDown).as("boxes %d and %d overlap", i, j).isTrue();
            }
        }
    }
}
