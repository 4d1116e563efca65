package org.storyweb.present;

import java.util.List;
import java.util.Optional;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.Source;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * What the presentation says about its current step, in large type: a tour step's narration, or else what is
 * selected, or else the phase. All of it is shown as text.
 *
 * @param kicker  the tour's title, or the phase's
 * @param title   the step's heading
 * @param counter "Step 2 of 8", or "Phase 2 of 7" without a tour
 * @param tourId  the tour's id, or "" for none
 * @param beyond  the chapter that tells what the step would show, when that is past the spoiler limit
 */
record Narration(String kicker, String title, String text, String prompt, List<String> sources, String counter,
        String tourId, Optional<Integer> beyond) {

    static Narration of(StoryPack pack, ViewState view) {
        ExplorerFilter filter = ExplorerFilter.of(pack, view);
        // The phase the graph shows, so that narration and graph always agree.
        Phase phase = filter.phase(view);
        String within = Optional.ofNullable(filter.spoilerLimit()).map(limit -> ", read to chapter " + limit).orElse("");
        String phaseCounter = "Phase " + (phase.index() + 1) + " of " + pack.phases().size() + within;
        Optional<Integer> beyond = filter.revealedAfterLimit(view);
        Optional<Tour> tour = view.presentation().tour().flatMap(pack::tour);
        if (beyond.isPresent()) {
            int limit = filter.spoilerLimit();
            String counter = tour.map(t -> "Step " + view.presentation().tourStep() + " of " + t.steps().size()
                    + within).orElse(phaseCounter);
            return new Narration(tour.map(Tour::title).orElse(phase.title()), "Beyond chapter " + limit,
                    "This step shows what chapter " + beyond.get() + " tells, past chapter " + limit
                            + ", where the class has read to. Step on, or show it anyway.",
                    null, List.of(), counter, tour.map(Tour::id).orElse(""), beyond);
        }
        Selected selected = selected(pack, filter, view, phase);
        return tour.map(t -> {
            Tour.Step step = t.steps().get(view.presentation().tourStep() - 1);
            return new Narration(t.title(), selected.title(), step.narration(), step.prompt(),
                    titles(pack, step.sources()), "Step " + view.presentation().tourStep() + " of "
                            + t.steps().size() + within, t.id(), Optional.<Integer>empty());
        }).orElseGet(() -> new Narration(phase.title(), selected.title(), selected.text(), selected.prompt(),
                titles(pack, selected.sources()), phaseCounter, "", Optional.empty()));
    }

    private record Selected(String title, String text, String prompt, List<String> sources) {
    }

    private static Selected selected(StoryPack pack, ExplorerFilter filter, ViewState view, Phase phase) {
        Selected ofPhase = new Selected(phase.title(), filter.summary(phase), null, List.of());
        return switch (view.selection()) {
            case ViewState.EventSelection chosen -> pack.event(chosen.eventId())
                    .map(event -> new Selected(event.title(), event.text(), event.prompts().stream().findFirst()
                            .orElse(null), event.sourceIds()))
                    .orElse(ofPhase);
            case ViewState.CharacterSelection chosen -> pack.character(chosen.characterId())
                    .map(character -> new Selected(character.name(), filter.description(character), null,
                            List.of()))
                    .orElse(ofPhase);
            case ViewState.RelationshipSelection chosen -> pack.relationship(chosen.relationshipId())
                    .map(relationship -> new Selected(names(pack, relationship), label(pack, filter, relationship,
                            phase), null, List.of()))
                    .orElse(ofPhase);
            case ViewState.NoSelection none -> ofPhase;
        };
    }

    private static String names(StoryPack pack, Relationship relationship) {
        return name(pack, relationship.firstCharacterId()) + " and " + name(pack, relationship.secondCharacterId());
    }

    private static String name(StoryPack pack, String characterId) {
        return pack.character(characterId).map(character -> character.name()).orElse(characterId);
    }

    // What the two are to each other at this phase, as the graph labels it.
    private static String label(StoryPack pack, ExplorerFilter filter, Relationship relationship, Phase phase) {
        return relationship.states().stream().filter(filter::shows)
                .filter(state -> index(pack, state.fromPhaseId()) <= phase.index()
                        && phase.index() <= index(pack, state.toPhaseId()))
                .map(state -> state.label()).findFirst().orElse("");
    }

    private static int index(StoryPack pack, String phaseId) {
        return pack.phase(phaseId).map(Phase::index).orElse(-1);
    }

    private static List<String> titles(StoryPack pack, List<String> sourceIds) {
        return sourceIds.stream().map(id -> pack.source(id).map(Source::title).orElse(id)).toList();
    }
}
