package org.storyweb.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyweb.relations.TinyPacks.AFTER;
import static org.storyweb.relations.TinyPacks.COLLEGE;
import static org.storyweb.relations.TinyPacks.PHASES;
import static org.storyweb.relations.TinyPacks.SCHOOL;
import static org.storyweb.relations.TinyPacks.WORK;
import static org.storyweb.relations.TinyPacks.between;
import static org.storyweb.relations.TinyPacks.state;
import static org.storyweb.story.RelationKind.FRIENDSHIP;
import static org.storyweb.story.RelationKind.RIVALRY;
import static org.storyweb.story.RelationKind.ROMANCE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;

/**
 * What every {@link PhaseAnalysis} does, whatever it reads of a phase: each analysis's test extends this class and
 * says how to build one on a graph, as JGraphT's shared abstract test cases do for its algorithms (and
 * ClassRoomsContract for the class stores).
 *
 * @param <R> the analysis's answer for one phase
 */
abstract class PhaseAnalysisContract<R> {

    /** The analysis of a graph of a tiny pack whose people are Ann, Ben and Cat. */
    abstract PhaseAnalysis<R> analysisOf(StoryGraph graph);

    // At school the three are friends and rivals; at college only Ann and Ben are friends; at work Ben and Cat are
    // in love; afterwards Ann and Cat are rivals. Every phase has other ties, so every phase has its own answer.
    private static final List<Relationship> TIES = List.of(
            between("ann", "ben", state(SCHOOL, COLLEGE, FRIENDSHIP)),
            between("ben", "cat", state(SCHOOL, RIVALRY), state(WORK, ROMANCE)),
            between("ann", "cat", state(SCHOOL, FRIENDSHIP), state(AFTER, RIVALRY)));

    private static StoryGraph graph(List<Relationship> relationships) {
        return StoryGraph.of(TinyPacks.pack(List.of("ann", "ben", "cat"), relationships));
    }

    @Test
    void itAnalysesTheGraphItWasBuiltFrom() {
        StoryGraph graph = graph(TIES);

        assertThat(analysisOf(graph).graph()).isSameAs(graph);
    }

    @Test
    void throughTheStoryItGivesEachPhasesAnswerInStoryOrder() {
        PhaseAnalysis<R> analysis = analysisOf(graph(TIES));

        List<R> answers = analysis.throughStory();

        assertThat(answers).containsExactlyElementsOf(PHASES.stream().map(analysis::at).toList());
        assertThat(answers).as("the phases' ties differ, so their answers do").doesNotHaveDuplicates();
    }

    @Test
    void anAnswerDependsOnlyOnTheTiesThatHoldInItsPhase() {
        // The same ties, and one more afterwards: Ann and Ben fall out.
        List<Relationship> more = List.of(
                between("ann", "ben", state(SCHOOL, COLLEGE, FRIENDSHIP), state(AFTER, RIVALRY)),
                TIES.get(1), TIES.get(2));
        PhaseAnalysis<R> analysis = analysisOf(graph(TIES));
        PhaseAnalysis<R> other = analysisOf(graph(more));

        for (Phase phase : List.of(SCHOOL, COLLEGE, WORK)) {
            assertThat(other.at(phase)).as(phase.id()).isEqualTo(analysis.at(phase));
        }
        assertThat(other.at(AFTER)).isNotEqualTo(analysis.at(AFTER));
    }

    @Test
    void aGraphWithoutTiesHasAnAnswerForEveryPhase() {
        PhaseAnalysis<R> analysis = analysisOf(graph(List.of()));

        assertThat(analysis.throughStory()).hasSize(PHASES.size()).doesNotContainNull();
    }

    @Test
    void aPhaseOfAnotherPackIsRefused() {
        PhaseAnalysis<R> analysis = analysisOf(graph(TIES));
        Phase elsewhere = new Phase("elsewhere", 9, "Elsewhere", 1, 1, null, "");

        assertThatThrownBy(() -> analysis.at(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Phase elsewhere is not one of the phases of pack tiny.");
        assertThatThrownBy(() -> analysis.at(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A phase is needed, and none was given.");
    }
}
