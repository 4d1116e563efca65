package org.storyweb.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a reader who has read up to and including a chapter may see of a pack: the one rule that every view (the
 * explorer and its tables, search, present mode, the embed, the printout) and the data addresses' {@code upto} share.
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

    /** A question may be asked once the reader knows every person or event it offers: a later one would tell it. */
    public boolean knows(StoryPack pack, Tour.Question question) {
        return switch (question.kind()) {
            case PERSON -> question.choices().stream()
                    .allMatch(id -> pack.character(id).map(person -> knows(pack, person)).orElse(true));
            case EVENT -> question.choices().stream().allMatch(id -> pack.event(id).map(this::knows).orElse(true));
            case OPTION, SHORT -> true;
        };
    }

    /** A person is known from the chapter in which the reader first meets them. */
    public boolean knows(StoryPack pack, StoryCharacter character) {
        return firstChapter(pack, character).orElse(1) <= lastChapterRead;
    }

    /**
     * The chapter in which the reader first meets a person: as the pack gives it, or else the first chapter that
     * tells a story event of theirs or makes a relationship of theirs known. Empty for people no chapter tells (the
     * real world's, whose events no chapter tells).
     */
    public static OptionalInt firstChapter(StoryPack pack, StoryCharacter character) {
        if (character.firstChapter() != null) {
            return OptionalInt.of(character.firstChapter());
        }
        // Every view asks this of every person; the answer depends on the pack alone.
        return DERIVED.computeIfAbsent(pack, p -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(character.id(), id -> derivedFirstChapter(pack, character));
    }

    private static final Map<StoryPack, Map<String, OptionalInt>> DERIVED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static OptionalInt derivedFirstChapter(StoryPack pack, StoryCharacter character) {
        IntStream events = pack.events().stream().filter(event -> event.involves(character.id()))
                .flatMap(event -> event.toldInChapter().stream()).mapToInt(Integer::intValue);
        IntStream states = pack.relationships().stream()
                .filter(r -> r.firstCharacterId().equals(character.id()) || r.secondCharacterId().equals(character.id()))
                .flatMap(r -> r.states().stream()).flatMap(state -> firstChapter(pack, state).stream().boxed())
                .mapToInt(Integer::intValue);
        return IntStream.concat(events, states).min();
    }

    /** The first chapter from which a relationship state is known ({@link #shows}), if the pack has its phase. */
    public static OptionalInt firstChapter(StoryPack pack, RelationshipState state) {
        return pack.phase(state.fromPhaseId()).stream().mapToInt(phase -> Math.max(phase.firstChapter(),
                state.evidence().stream().map(Evidence::chapter).filter(Objects::nonNull).mapToInt(c -> c).min()
                        .orElse(phase.firstChapter()))).findFirst();
    }

    /** What the reader knows of a person: their description and what the chapters read add to it. */
    public String description(StoryCharacter character) {
        return character.toldBy(lastChapterRead);
    }

    /** A piece of evidence is read once its chapter is; evidence without a chapter goes with its state. */
    public boolean reads(Evidence evidence) {
        return evidence.chapter() == null || evidence.chapter() <= lastChapterRead;
    }

    /** A word is defined once the reader reaches the chapter in which it first matters. */
    public boolean knows(GlossaryTerm term) {
        return term.firstChapter() <= lastChapterRead;
    }

    /** A relationship is known when both people are and one of its states is; only its known states are told. */
    public boolean knows(StoryPack pack, Relationship relationship) {
        return Stream.of(relationship.firstCharacterId(), relationship.secondCharacterId())
                .allMatch(id -> pack.character(id).map(c -> knows(pack, c)).orElse(false))
                && relationship.states().stream().anyMatch(state -> shows(pack, state));
    }

    /** A phase is reached when it begins no later than the last chapter read. */
    public boolean reached(Phase phase) {
        return phase.firstChapter() <= lastChapterRead;
    }

    /** A phase's summary tells all of it, so the reader sees it once they have read the phase's last chapter. */
    public boolean readsAll(Phase phase) {
        return phase.lastChapter() <= lastChapterRead;
    }

    /** The phases the reader has reached, in order; at least the first, so that there is always a graph to show. */
    public List<Phase> phases(StoryPack pack) {
        List<Phase> reached = pack.phases().stream().filter(this::reached).toList();
        return reached.isEmpty() ? List.of(pack.phases().getFirst()) : reached;
    }

    /** A relationship state is known when the reader has reached its phase and read some of its evidence. */
    public boolean shows(StoryPack pack, RelationshipState state) {
        return firstChapter(pack, state).orElse(Integer.MAX_VALUE) <= lastChapterRead;
    }

    /**
     * The pack as this reader knows it, for the data downloads: the reached phases, the known events, the known
     * people as far as the reader knows them, the known relationships with their known states (a state that lasts
     * beyond the last reached phase ends there) and the evidence read, the chapters and glossary terms read so far.
     * Tours are left out, since a tour step may stand anywhere in the book.
     */
    public StoryPack applyTo(StoryPack pack) {
        List<Phase> phases = phases(pack);
        Phase lastReached = phases.getLast();
        List<Relationship> relationships = new ArrayList<>();
        for (Relationship relationship : pack.relationships()) {
            List<RelationshipState> states = relationship.states().stream()
                    .filter(state -> shows(pack, state))
                    .map(state -> endedBy(pack, state, lastReached))
                    .map(state -> new RelationshipState(state.fromPhaseId(), state.toPhaseId(), state.kind(),
                            state.label(), state.evidence().stream().filter(this::reads).toList(), state.prompts()))
                    .toList();
            if (knows(pack, relationship)) {
                relationships.add(new Relationship(relationship.id(), relationship.firstCharacterId(),
                        relationship.secondCharacterId(), states));
            }
        }
        List<Part> parts = pack.parts().stream()
                .map(part -> new Part(part.id(), part.title(),
                        part.chapters().stream().filter(c -> c.number() <= lastChapterRead).toList()))
                .filter(part -> !part.chapters().isEmpty())
                .toList();
        List<StoryCharacter> characters = pack.characters().stream().filter(c -> knows(pack, c))
                .map(c -> new StoryCharacter(c.id(), c.name(), description(c), List.of(), c.group(), c.firstChapter(),
                        c.lastPhaseId(), c.aliases()))
                .toList();
        return new StoryPack(pack.work(), pack.tracks(), phases, parts, characters, relationships,
                pack.events().stream().filter(this::knows).toList(), pack.sources(),
                pack.glossary().stream().filter(this::knows)
                        .map(term -> new GlossaryTerm(term.id(), term.term(), term.forms(), term.toldBy(lastChapterRead),
                                List.of(), term.firstChapter(), term.sourceIds(), term.note()))
                        .toList());
    }

    private static RelationshipState endedBy(StoryPack pack, RelationshipState state, Phase lastReached) {
        int to = pack.phase(state.toPhaseId()).map(Phase::index).orElse(lastReached.index());
        return to <= lastReached.index() ? state : new RelationshipState(state.fromPhaseId(), lastReached.id(),
                state.kind(), state.label(), state.evidence(), state.prompts());
    }
}
