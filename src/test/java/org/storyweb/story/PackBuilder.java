package org.storyweb.story;

import java.util.List;

/**
 * A pack for tests: a work "Tiny" by Nobody, published 2000, whose one group is {@link #STUDENTS}, and no tracks,
 * phases, people, events or anything else until a test gives them. A test names only what it is about, so that a
 * new field of {@link StoryPack} or {@link Work} touches this class and not every test.
 */
public final class PackBuilder {

    /** The one group of a test pack: everybody is a student. */
    public static final CharacterGroup STUDENTS = new CharacterGroup("student", "Students", "#dbe9ff", "#1d4f91",
            "#0b1f3a", CharacterGroup.Shape.BOX);

    private final String id;
    private String title = "Tiny";
    private String author = "Nobody";
    private FuzzyDate published = FuzzyDate.parse("2000");
    private String description = "A test work.";
    private String narrationLabel;
    private FuzzyDate narrationDate;
    private List<Theme> themes = List.of();
    private List<String> triangle = List.of();
    private List<CharacterGroup> groups = List.of(STUDENTS);
    private List<Track> tracks = List.of();
    private List<Phase> phases = List.of();
    private List<Part> parts = List.of();
    private List<StoryCharacter> characters = List.of();
    private List<Relationship> relationships = List.of();
    private List<Event> events = List.of();
    private List<Source> sources = List.of();
    private List<GlossaryTerm> glossary = List.of();
    private List<Tour> tours = List.of();

    private PackBuilder(String id) {
        this.id = id;
    }

    /** An empty pack with this id. */
    public static PackBuilder pack(String id) {
        return new PackBuilder(id);
    }

    /** Everything of a pack, for a test that changes one part of it. */
    public static PackBuilder copyOf(StoryPack pack) {
        Work work = pack.work();
        PackBuilder copy = new PackBuilder(work.id());
        copy.title = work.title();
        copy.author = work.author();
        copy.published = work.published();
        copy.description = work.description();
        copy.narrationLabel = work.narrationLabel();
        copy.narrationDate = work.narrationDate();
        copy.themes = work.themes();
        copy.triangle = work.triangle();
        copy.groups = work.groups();
        return copy.tracks(pack.tracks()).phases(pack.phases()).parts(pack.parts()).characters(pack.characters())
                .relationships(pack.relationships()).events(pack.events()).sources(pack.sources())
                .glossary(pack.glossary()).tours(pack.tours());
    }

    public PackBuilder title(String title) {
        this.title = title;
        return this;
    }

    public PackBuilder themes(List<Theme> themes) {
        this.themes = themes;
        return this;
    }

    public PackBuilder groups(List<CharacterGroup> groups) {
        this.groups = groups;
        return this;
    }

    public PackBuilder tracks(List<Track> tracks) {
        this.tracks = tracks;
        return this;
    }

    public PackBuilder phases(List<Phase> phases) {
        this.phases = phases;
        return this;
    }

    public PackBuilder parts(List<Part> parts) {
        this.parts = parts;
        return this;
    }

    public PackBuilder characters(List<StoryCharacter> characters) {
        this.characters = characters;
        return this;
    }

    public PackBuilder relationships(List<Relationship> relationships) {
        this.relationships = relationships;
        return this;
    }

    public PackBuilder events(List<Event> events) {
        this.events = events;
        return this;
    }

    public PackBuilder sources(List<Source> sources) {
        this.sources = sources;
        return this;
    }

    public PackBuilder glossary(List<GlossaryTerm> glossary) {
        this.glossary = glossary;
        return this;
    }

    public PackBuilder tours(List<Tour> tours) {
        this.tours = tours;
        return this;
    }

    public StoryPack build() {
        Work work = new Work(id, title, author, published, description, narrationLabel, narrationDate, themes,
                triangle, groups);
        return new StoryPack(work, tracks, phases, parts, characters, relationships, events, sources, glossary,
                tours);
    }
}
