package org.storyweb.story;

import java.util.List;

/**
 * An event for tests: a real-world event on the "story" track in 2000, with no phase, chapter, people, sources or
 * prompts, until a test says otherwise. A test names only what it is about, so that a new field of {@link Event}
 * touches this class and not every test.
 */
public final class EventBuilder {

    private final String id;
    private String title;
    private FuzzyDate date = FuzzyDate.parse("2000");
    private String track = "story";
    private String phase;
    private Integer chapter;
    private Integer revealedInChapter;
    private List<String> characters = List.of();
    private String text = "";
    private List<String> sources = List.of();
    private List<String> themes = List.of();
    private boolean uncertain;
    private String note;
    private List<String> prompts = List.of();
    private List<String> aliases = List.of();

    private EventBuilder(String id) {
        this.id = id;
        this.title = id;
    }

    /** An event with this id, titled with its id. */
    public static EventBuilder event(String id) {
        return new EventBuilder(id);
    }

    public EventBuilder title(String title) {
        this.title = title;
        return this;
    }

    /** The date as content writes it: 1996-07-05, 1990s, c. 1996... */
    public EventBuilder date(String date) {
        this.date = FuzzyDate.parse(date);
        return this;
    }

    public EventBuilder track(String track) {
        this.track = track;
        return this;
    }

    /** A story event: its phase, the chapter that tells it, and its reveal point. */
    public EventBuilder told(String phase, Integer chapter, Integer revealedInChapter) {
        this.phase = phase;
        this.chapter = chapter;
        this.revealedInChapter = revealedInChapter;
        return this;
    }

    public EventBuilder characters(String... ids) {
        this.characters = List.of(ids);
        return this;
    }

    public EventBuilder text(String text) {
        this.text = text;
        return this;
    }

    public EventBuilder sources(String... ids) {
        this.sources = List.of(ids);
        return this;
    }

    public EventBuilder themes(String... ids) {
        this.themes = List.of(ids);
        return this;
    }

    /** An event whose date is not sure, and why. */
    public EventBuilder uncertain(String note) {
        this.uncertain = true;
        this.note = note;
        return this;
    }

    /** The prompts as they are given, null included, for the tests of the record itself. */
    public EventBuilder prompts(List<String> prompts) {
        this.prompts = prompts;
        return this;
    }

    public EventBuilder aliases(String... ids) {
        this.aliases = List.of(ids);
        return this;
    }

    public Event build() {
        return new Event(id, title, date, track, phase, chapter, revealedInChapter, characters, text, sources, themes,
                uncertain, note, prompts, aliases, false);
    }
}
