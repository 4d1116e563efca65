package org.storyweb.relations;

/** The phase-analysis contract, for who is on the outside of Ann, Ben and Cat's triangle. */
class OutsiderOfTriangleContractTest extends PhaseAnalysisContract<TriangleReading> {

    @Override
    PhaseAnalysis<TriangleReading> analysisOf(StoryGraph graph) {
        return new OutsiderOfTriangle(graph, "ann", "ben", "cat");
    }
}
