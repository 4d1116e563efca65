package org.storyweb.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reader who has read up to and including a chapter may see of a pack: the one rule that the explorer's
 * "Read up to" and the data addresses' {@code upto} share.
 *
 * @param lastChapterRead the last chapter read, from 1
 */
public record SpoilerLimit(int lastChapterRead) {

    public SpoilerLimit {
        if (lastChapterRead < 1) {
            throw new IllegalArgumentException("A spoiler limit is a chapter number from 1, not " + lastChapterRead);
        }
    }

    /** An event is known once the reader has read the chapter that reveals it. */
    public boolean knows(Event event) {
        return event.isRevealedBy(lastChapterRead);
    }

    /** A phase is reached when it begins no later than the last chapter read. */
    public boolean reached(Phase phase) {
        return phase.firstChapter() <= lastChapterRead;
    }

    /** The phases the reader has reached, in order; at least the first, so that there is always a graph to show. */
    public List<Phase> phases(StoryPack pack) {
        List<Phase> reached = pack.phases().stream().filter(this::reached).toList();
        return reached.isEmpty() ? List.of(pack.phases().getFirst()) : reached;
    }

    /** A relationship state is known when the reader has reached its phase and read some of its evidence. */
    public boolean shows(StoryPack pack, RelationshipState state) {
        boolean phaseReached = pack.phase(state.fromPhaseId()).map(this::reached).orElse(false);
        List<Integer> chapters = state.evidence().stream().map(Evidence::chapter).filter(Objects::nonNull).toList();
        return phaseReached && (chapters.isEmpty() || chapters.stream().anyMatch(c -> c <= lastChapterRead));
    }

    /**
     * The pack as this reader knows it, for the data downloads: the reached phases, the known events, the known
     * relationship states (a state that lasts beyond the last reached phase ends there), the chapters and glossary
     * terms read so far. Tours are left out, since a tour step may stand anywhere in the book.
     */
    public StoryPack applyTo(StoryPack pack) {
        List<Phase> phases = phases(pack);
        Phase lastReached = phases.getLast();
        List<Relationship> relationships = new ArrayList<>();
        for (Relationship relationship : pack.relationships()) {
            List<RelationshipState> states = relationship.states().stream()
                    .filter(state -> shows(pack, state))
                    .map(state -> endedBy(pack, state, lastReached))
                    .toList();
            if (!states.isEmpty()) {
                relationships.add(new Relationship(relationship.id(), relationship.firstCharacterId(),
                        relationship.secondCharacterId(), states));
            }
        }
        List<Part> parts = pack.parts().stream()
                .map(part -> new Part(part.id(), part.title(),
                        part.chapters().stream().filter(c -> c.number() <= lastChapterRead).toList()))
                .filter(part -> !part.chapters().isEmpty())
                .toList();
        return new StoryPack(pack.work(), pack.tracks(), phases, parts, pack.characters(), relationships,
                pack.events().stream().filter(this::knows).toList(), pack.sources(),
                pack.glossary().stream().filter(term -> term.firstChapter() <= lastChapterRead).toList());
    }

    private static RelationshipState endedBy(StoryPack pack, RelationshipState state, Phase lastReached) {
        int to = pack.phase(state.toPhaseId()).map(Phase::index).orElse(lastReached.index());
        return to <= lastReached.index() ? state : new RelationshipState(state.fromPhaseId(), lastReached.id(),
                state.kind(), state.label(), state.evidence(), state.prompts());
    }
}
