package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.story.RelationKind;

class TieStrengthTest {

    @Test
    void kindsAreOrderedFromRomanceDownToEstrangement() {
        assertThat(TieStrength.of(RelationKind.ROMANCE)).isEqualTo(3);
        assertThat(TieStrength.of(RelationKind.FRIENDSHIP)).isEqualTo(2);
        assertThat(TieStrength.of(RelationKind.CARE)).isEqualTo(2);
        assertThat(TieStrength.of(RelationKind.GUARDIANSHIP)).isEqualTo(1);
        assertThat(TieStrength.of(RelationKind.ACQUAINTANCE)).isEqualTo(1);
        assertThat(TieStrength.of(RelationKind.RIVALRY)).isEqualTo(0.5);
        assertThat(TieStrength.of(RelationKind.ESTRANGEMENT)).isZero();
    }

    @Test
    void everyKindHasAStrengthBetweenZeroAndThree() {
        assertThat(Arrays.stream(RelationKind.values()).mapToDouble(TieStrength::of))
                .allSatisfy(strength -> assertThat(strength).isBetween(0.0, 3.0));
    }

    @Test
    void theStrongestOfSeveralStatesWinsAndEqualStrengthGoesToTheEarlierState() {
        StoryGraph graph = StoryGraph.of(TinyPacks.pack(List.of("ann", "ben"), List.of(between("ann", "ben",
                state(SCHOOL, WORK, RelationKind.ACQUAINTANCE),
                state(WORK, RelationKind.RIVALRY),
                state(WORK, RelationKind.GUARDIANSHIP)))));

        List<RelationEdge> atWork = List.copyOf(graph.atPhase(WORK).edgeSet());

        assertThat(atWork).hasSize(3);
        assertThat(TieStrength.strongest(atWork)).get().extracting(RelationEdge::id).isEqualTo("ann-ben@0");
        assertThat(TieStrength.strongest(List.of())).isEmpty();
    }
}
