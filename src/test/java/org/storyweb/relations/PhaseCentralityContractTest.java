package org.storyweb.relations;

import java.util.List;

/** The phase-analysis contract, for every character's degree and betweenness. */
class PhaseCentralityContractTest extends PhaseAnalysisContract<List<CentralityRow>> {

    @Override
    PhaseAnalysis<List<CentralityRow>> analysisOf(StoryGraph graph) {
        return new PhaseCentrality(graph);
    }
}
