package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyweb.relations.TinyPacks.AFTER;
import static org.storyweb.relations.TinyPacks.COLLEGE;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;
import static org.storyweb.story.RelationKind.ACQUAINTANCE;
import static org.storyweb.story.RelationKind.ESTRANGEMENT;
import static org.storyweb.story.RelationKind.FRIENDSHIP;
import static org.storyweb.story.RelationKind.RIVALRY;
import static org.storyweb.story.RelationKind.ROMANCE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Relationship;
import org.storyweb.story.StoryCharacter;

class OutsiderOfTriangleTest {

    private static OutsiderOfTriangle triangle(Relationship... relationships) {
        StoryGraph graph = StoryGraph.of(TinyPacks.pack(List.of("ann", "ben", "cat", "dan"), List.of(relationships)));
        return new OutsiderOfTriangle(graph, "ann", "ben", "cat");
    }

    private static List<Double> closeness(TriangleReading reading) {
        List<TriangleReading.Closeness> all = switch (reading) {
            case TriangleReading.OnTheOutside outside -> outside.closeness();
            case TriangleReading.NobodyOutside nobody -> nobody.closeness();
            case TriangleReading.Broken broken -> List.of();
        };
        return all.stream().map(TriangleReading.Closeness::value).toList();
    }

    @Test
    void theMemberStrictlyLeastCloseToTheOtherTwoIsOnTheOutside() {
        // At school: Ann–Ben romance 3, Ann–Cat friendship 2, Ben–Cat rivalry 0.5.
        // Ann 3 + 2 = 5, Ben 3 + 0.5 = 3.5, Cat 2 + 0.5 = 2.5: Cat is lowest, and strictly.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, ROMANCE)),
                between("ann", "cat", state(SCHOOL, FRIENDSHIP)),
                between("ben", "cat", state(SCHOOL, RIVALRY)));

        TriangleReading reading = triangle.at(SCHOOL);

        assertThat(reading).isInstanceOf(TriangleReading.OnTheOutside.class);
        assertThat(reading.outsider()).map(StoryCharacter::id).contains("cat");
        assertThat(closeness(reading)).containsExactly(5.0, 3.5, 2.5);
        assertThat(reading.sentence()).isEqualTo("During “School”, Cat is on the outside.");
    }

    @Test
    void aTieForLeastCloseSinglesOutNobody() {
        // Ann–Ben friendship 2, Ann–Cat friendship 2, Ben–Cat acquaintance 1.
        // Ann 4, Ben 3, Cat 3: Ben and Cat are equally least close.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, FRIENDSHIP)),
                between("ann", "cat", state(SCHOOL, FRIENDSHIP)),
                between("ben", "cat", state(SCHOOL, ACQUAINTANCE)));

        TriangleReading reading = triangle.at(SCHOOL);

        assertThat(reading).isInstanceOf(TriangleReading.NobodyOutside.class);
        assertThat(reading.outsider()).isEmpty();
        assertThat(closeness(reading)).containsExactly(4.0, 3.0, 3.0);
        assertThat(reading.sentence()).isEqualTo("During “School”, nobody is clearly on the outside.");
    }

    @Test
    void estrangementAllRoundIsWeakButNobodyIsGone() {
        // Every pair is estranged (0): all three have closeness 0 and still have states, so nobody is singled out.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(WORK, ESTRANGEMENT)),
                between("ann", "cat", state(WORK, ESTRANGEMENT)),
                between("ben", "cat", state(WORK, ESTRANGEMENT)));

        TriangleReading reading = triangle.at(WORK);

        assertThat(reading).isInstanceOf(TriangleReading.NobodyOutside.class);
        assertThat(closeness(reading)).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void aMemberWithNoStateWithEitherOtherIsGoneAndBreaksTheTriangle() {
        // Cat's ties end at college; afterwards only Ann–Ben has a state.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, AFTER, FRIENDSHIP)),
                between("ann", "cat", state(SCHOOL, COLLEGE, FRIENDSHIP)),
                between("ben", "cat", state(SCHOOL, COLLEGE, FRIENDSHIP)));

        TriangleReading reading = triangle.at(AFTER);

        assertThat(reading).isInstanceOf(TriangleReading.Broken.class);
        assertThat(((TriangleReading.Broken) reading).gone()).extracting(StoryCharacter::id).containsExactly("cat");
        assertThat(reading.outsider()).isEmpty();
        assertThat(reading.sentence()).isEqualTo("During “Afterwards”, the triangle is broken: Cat is gone.");
    }

    @Test
    void whenNoPairHasAStateEveryMemberIsGone() {
        OutsiderOfTriangle triangle = triangle(between("ann", "ben", state(SCHOOL, FRIENDSHIP)));

        TriangleReading reading = triangle.at(WORK);

        assertThat(reading.sentence())
                .isEqualTo("During “Work”, the triangle is broken: Ann, Ben and Cat are gone.");
    }

    @Test
    void aMissingTieCountsAsZeroWhenBothMembersAreStillThere() {
        // Ben and Cat have no state, but each has one with Ann. Ann–Ben friendship 2, Ann–Cat romance 3, Ben–Cat 0.
        // Ann 5, Ben 2, Cat 3: Ben is on the outside.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, FRIENDSHIP)),
                between("ann", "cat", state(SCHOOL, ROMANCE)));

        TriangleReading reading = triangle.at(SCHOOL);

        assertThat(reading.outsider()).map(StoryCharacter::id).contains("ben");
        assertThat(closeness(reading)).containsExactly(5.0, 2.0, 3.0);
    }

    @Test
    void severalStatesOfOnePairInOnePhaseCountOnceAsTheStrongest() {
        // At college Ann–Ben is both a friendship (2, school to work) and a rivalry (0.5). Ann–Cat acquaintance 1,
        // Ben–Cat friendship 2. Strongest only: Ann 2 + 1 = 3, Ben 2 + 2 = 4, Cat 1 + 2 = 3: a tie, nobody.
        // Adding both states (2.5) would wrongly make Ann 3.5 and single out Cat.
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, WORK, FRIENDSHIP), state(COLLEGE, RIVALRY)),
                between("ann", "cat", state(COLLEGE, ACQUAINTANCE)),
                between("ben", "cat", state(COLLEGE, FRIENDSHIP)));

        TriangleReading reading = triangle.at(COLLEGE);

        assertThat(reading).isInstanceOf(TriangleReading.NobodyOutside.class);
        assertThat(closeness(reading)).containsExactly(3.0, 4.0, 3.0);
    }

    @Test
    void theOrderInWhichMembersAreGivenDoesNotChangeTheAnswer() {
        StoryGraph graph = StoryGraph.of(TinyPacks.pack(List.of("ann", "ben", "cat"), List.of(
                between("ann", "ben", state(SCHOOL, ROMANCE)),
                between("ann", "cat", state(SCHOOL, FRIENDSHIP)),
                between("ben", "cat", state(SCHOOL, RIVALRY)))));

        assertThat(new OutsiderOfTriangle(graph, "cat", "ann", "ben").at(SCHOOL).outsider())
                .isEqualTo(new OutsiderOfTriangle(graph, "ben", "cat", "ann").at(SCHOOL).outsider())
                .map(StoryCharacter::id).contains("cat");
    }

    @Test
    void throughStoryReadsEveryPhaseInOrder() {
        OutsiderOfTriangle triangle = triangle(
                between("ann", "ben", state(SCHOOL, AFTER, FRIENDSHIP)),
                between("ann", "cat", state(SCHOOL, WORK, FRIENDSHIP)),
                between("ben", "cat", state(SCHOOL, ACQUAINTANCE), state(COLLEGE, WORK, ROMANCE)));

        // School: Ann 4, Ben 3, Cat 3 (nobody). College and work: Ann 4, Ben 5, Cat 5 (Ann). After: Cat gone.
        assertThat(triangle.throughStory()).extracting(TriangleReading::sentence).containsExactly(
                "During “School”, nobody is clearly on the outside.",
                "During “College”, Ann is on the outside.",
                "During “Work”, Ann is on the outside.",
                "During “Afterwards”, the triangle is broken: Cat is gone.");
    }

    @Test
    void membersMustBeThreeDifferentCharactersOfThePack() {
        StoryGraph graph = StoryGraph.of(TinyPacks.pack(List.of("ann", "ben", "cat"), List.of()));

        assertThatThrownBy(() -> new OutsiderOfTriangle(graph, "ann", "ben", "ann"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ann is named twice");
        assertThatThrownBy(() -> new OutsiderOfTriangle(graph, "ann", "ben", "eve"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no character eve");
        assertThatThrownBy(() -> new OutsiderOfTriangle(graph, "ann", null, "cat"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
