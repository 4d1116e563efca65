package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.storyweb.relations.TinyPacks.COLLEGE;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;
import static org.storyweb.story.RelationKind.ESTRANGEMENT;
import static org.storyweb.story.RelationKind.FRIENDSHIP;
import static org.storyweb.story.RelationKind.RIVALRY;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Phase;

class PhaseCentralityTest {

    // At school a path a–b–c–d; at college a star with centre a and leaves b, c, d; at work a four-cycle a–b–c–d–a
    // in which a–b has two states (a friendship and a rivalry). e takes part only at work, estranged from d.
    private static final PhaseCentrality CENTRALITY = new PhaseCentrality(StoryGraph.of(TinyPacks.pack(
            List.of("a", "b", "c", "d", "e"), List.of(
                    between("a", "b", state(SCHOOL, COLLEGE, FRIENDSHIP), state(WORK, FRIENDSHIP),
                            state(WORK, RIVALRY)),
                    between("b", "c", state(SCHOOL, FRIENDSHIP), state(WORK, FRIENDSHIP)),
                    between("c", "d", state(SCHOOL, FRIENDSHIP), state(WORK, FRIENDSHIP)),
                    between("a", "c", state(COLLEGE, FRIENDSHIP)),
                    between("a", "d", state(COLLEGE, WORK, FRIENDSHIP)),
                    between("d", "e", state(WORK, ESTRANGEMENT))))));

    private static Map<String, Integer> degrees(Phase phase) {
        return CENTRALITY.at(phase).stream().collect(Collectors.toMap(row -> row.character().id(),
                CentralityRow::degree));
    }

    private static Map<String, Double> betweenness(Phase phase) {
        return CENTRALITY.at(phase).stream().collect(Collectors.toMap(row -> row.character().id(),
                CentralityRow::betweenness));
    }

    @Test
    void onAPathTheInnerVerticesCarryTheShortestPaths() {
        // Path a–b–c–d (e alone). b lies on a–c and a–d; c on b–d and a–d: 2 each. The ends lie on none.
        assertThat(degrees(SCHOOL)).isEqualTo(Map.of("a", 1, "b", 2, "c", 2, "d", 1, "e", 0));
        assertThat(betweenness(SCHOOL)).isEqualTo(Map.of("a", 0.0, "b", 2.0, "c", 2.0, "d", 0.0, "e", 0.0));
    }

    @Test
    void theCentreOfAStarLiesOnEveryPathBetweenLeaves() {
        // Star a with leaves b, c, d: every pair of leaves, 3·2/2 = 3 of them, goes through a.
        assertThat(degrees(COLLEGE)).isEqualTo(Map.of("a", 3, "b", 1, "c", 1, "d", 1, "e", 0));
        assertThat(betweenness(COLLEGE)).isEqualTo(Map.of("a", 3.0, "b", 0.0, "c", 0.0, "d", 0.0, "e", 0.0));
        assertThat(CENTRALITY.at(COLLEGE).getFirst().character().id()).isEqualTo("a");
    }

    @Test
    void severalStatesBetweenOnePairCountAsOneTie() {
        // Four-cycle a–b–c–d–a with a pendant e on d. In a simple cycle each opposite pair has two shortest paths,
        // so b gets 1/2 (a–c), a gets 1/2 (b–d), c gets 1/2 (b–d). d also lies on every path from e: to a, b (half:
        // e–d–a–b or e–d–c–b) and c, so d = 1/2 (a–c) + 1 + 1 + 1 = 3.5, and a and c each get 1/2 more from e–b.
        // Had the doubled a–b counted twice, a–c would have 3 paths and b would get 2/3 instead of 1/2.
        assertThat(degrees(WORK)).isEqualTo(Map.of("a", 2, "b", 2, "c", 2, "d", 3, "e", 1));
        Map<String, Double> betweenness = betweenness(WORK);
        assertThat(betweenness.get("b")).isCloseTo(0.5, within(1e-9));
        assertThat(betweenness.get("a")).isCloseTo(1.0, within(1e-9));
        assertThat(betweenness.get("c")).isCloseTo(1.0, within(1e-9));
        assertThat(betweenness.get("d")).isCloseTo(3.5, within(1e-9));
        assertThat(betweenness.get("e")).isZero();
    }

    @Test
    void changesNameWhoGainsAndWhoLosesWithTheChange() {
        // School → college: a goes from (1, 0) to (3, 3); b and c from (2, 2) to (1, 0); d stays (1, 0) and e (0, 0),
        // so they are left out.
        List<CentralityChange> changes = CENTRALITY.changes(SCHOOL, COLLEGE);

        assertThat(changes).extracting(change -> change.character().id()).containsExactly("a", "b", "c");
        CentralityChange a = changes.getFirst();
        assertThat(a.degreeChange()).isEqualTo(2);
        assertThat(a.betweennessChange()).isEqualTo(3.0);
        assertThat(a.gains()).isTrue();
        assertThat(a.loses()).isFalse();
        CentralityChange b = changes.get(1);
        assertThat(b.degreeBefore()).isEqualTo(2);
        assertThat(b.degreeAfter()).isEqualTo(1);
        assertThat(b.betweennessChange()).isEqualTo(-2.0);
        assertThat(b.loses()).isTrue();
        assertThat(b.gains()).isFalse();
    }

    @Test
    void changesThroughStoryCoverEachPhaseAndTheNext() {
        List<CentralityChange> changes = CENTRALITY.changesThroughStory();

        assertThat(changes).extracting(change -> change.from().id() + ">" + change.to().id()).containsOnly(
                "school>college", "college>work", "work>after");
        // After work nobody has a tie any more: all five lose, except nobody gains.
        assertThat(changes.stream().filter(change -> change.to().id().equals("after")))
                .hasSize(5).allSatisfy(change -> assertThat(change.loses()).isTrue());
    }

    @Test
    void rowsCoverEveryCharacterOfTheGraphMostCentralFirst() {
        assertThat(CENTRALITY.at(SCHOOL)).extracting(row -> row.character().id())
                .containsExactly("b", "c", "a", "d", "e");
        assertThat(CENTRALITY.row(SCHOOL, "e")).get().extracting(CentralityRow::degree).isEqualTo(0);
        assertThat(CENTRALITY.row(SCHOOL, "zed")).isEmpty();
    }

    @Test
    void aPhaseFromAnotherPackIsRefused() {
        Phase elsewhere = new Phase("elsewhere", 9, "Elsewhere", 1, 1, null, "");

        assertThatThrownBy(() -> CENTRALITY.changes(SCHOOL, elsewhere))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of the phases");
    }
}
