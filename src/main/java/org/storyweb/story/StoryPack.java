package org.storyweb.story;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One content pack, fully loaded and checked: every id it uses resolves. Immutable.
 * <p>
 * Lists keep a fixed order: tracks and phases as the pack gives them, events by their earliest date, characters,
 * relationships, sources, glossary terms and tours by id.
 */
public final class StoryPack {

    private final Work work;
    private final List<Track> tracks;
    private final List<Phase> phases;
    private final List<Part> parts;
    private final List<StoryCharacter> characters;
    private final List<Relationship> relationships;
    private final List<Event> events;
    private final List<Source> sources;
    private final List<GlossaryTerm> glossary;
    private final List<Tour> tours;

    private final Map<String, Track> tracksById;
    private final Map<String, Phase> phasesById;
    private final Map<String, StoryCharacter> charactersById;
    private final Map<String, Relationship> relationshipsById;
    private final Map<String, Event> eventsById;
    private final Map<String, Source> sourcesById;
    private final Map<String, GlossaryTerm> termsById;
    private final Map<String, Tour> toursById;

    public StoryPack(Work work, List<Track> tracks, List<Phase> phases, List<Part> parts,
            List<StoryCharacter> characters, List<Relationship> relationships, List<Event> events,
            List<Source> sources, List<GlossaryTerm> glossary) {
        this(work, tracks, phases, parts, characters, relationships, events, sources, glossary, List.of());
    }

    public StoryPack(Work work, List<Track> tracks, List<Phase> phases, List<Part> parts,
            List<StoryCharacter> characters, List<Relationship> relationships, List<Event> events,
            List<Source> sources, List<GlossaryTerm> glossary, List<Tour> tours) {
        this.work = work;
        this.tracks = List.copyOf(tracks);
        this.phases = phases.stream().sorted(Comparator.comparingInt(Phase::index)).toList();
        this.parts = List.copyOf(parts);
        this.characters = characters.stream().sorted(Comparator.comparing(StoryCharacter::id)).toList();
        this.relationships = relationships.stream().sorted(Comparator.comparing(Relationship::id)).toList();
        this.events = events.stream()
                .sorted(Comparator.comparing((Event e) -> e.date().earliest()).thenComparing(Event::id))
                .toList();
        this.sources = sources.stream().sorted(Comparator.comparing(Source::id)).toList();
        this.glossary = glossary.stream().sorted(Comparator.comparing(GlossaryTerm::id)).toList();
        this.tours = tours.stream().sorted(Comparator.comparing(Tour::id)).toList();
        this.tracksById = index(this.tracks, Track::id);
        this.phasesById = index(this.phases, Phase::id);
        this.charactersById = index(this.characters, StoryCharacter::id);
        this.relationshipsById = index(this.relationships, Relationship::id);
        this.eventsById = index(this.events, Event::id);
        this.sourcesById = index(this.sources, Source::id);
        this.termsById = index(this.glossary, GlossaryTerm::id);
        this.toursById = index(this.tours, Tour::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    /** The pack's id, which is also its folder name and the first segment of its URLs. */
    public String id() {
        return work.id();
    }

    public Work work() {
        return work;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public List<Phase> phases() {
        return phases;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<StoryCharacter> characters() {
        return characters;
    }

    public List<Relationship> relationships() {
        return relationships;
    }

    public List<Event> events() {
        return events;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The guided tours, by id. */
    public List<Tour> tours() {
        return tours;
    }

    public Optional<Tour> tour(String id) {
        return Optional.ofNullable(toursById.get(id));
    }

    /** The words the novel uses in its own way, by id. */
    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    public Optional<Track> track(String id) {
        return Optional.ofNullable(tracksById.get(id));
    }

    public Optional<Phase> phase(String id) {
        return Optional.ofNullable(phasesById.get(id));
    }

    public Optional<StoryCharacter> character(String id) {
        return Optional.ofNullable(charactersById.get(id));
    }

    public Optional<Relationship> relationship(String id) {
        return Optional.ofNullable(relationshipsById.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public Optional<GlossaryTerm> term(String id) {
        return Optional.ofNullable(termsById.get(id));
    }

    /** The number of the book's last chapter: from its parts, or else from its phases. */
    public int lastChapter() {
        return parts.stream().flatMap(part -> part.chapters().stream()).mapToInt(Chapter::number).max()
                .orElseGet(() -> phases.stream().mapToInt(Phase::lastChapter).max().orElse(1));
    }

    /** The events a character takes part in, in timeline order. */
    public List<Event> eventsOf(String characterId) {
        return events.stream().filter(e -> e.involves(characterId)).toList();
    }
}
