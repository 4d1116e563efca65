package org.storyweb.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyweb.content.StoryPacks;

/**
 * What a reader at a spoiler limit must not meet, for the spoiler crawls: the title of every event, the name of every
 * person and every form of every glossary word that a later chapter first tells. Each is looked for as whole words,
 * with its case, in the text a view shows.
 */
public final class Spoilers {

    public static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();

    private final int limit;
    private final Map<Pattern, String> toldLater = new LinkedHashMap<>();
    private final Map<Pattern, String> wordsLater = new LinkedHashMap<>();
    private final List<String> leaks = new ArrayList<>();

    public Spoilers(StoryPack pack, int limit) {
        this.limit = limit;
        for (Event event : pack.events()) {
            if (!event.isRevealedBy(limit)) {
                add(event.title(), "the event \u201c" + event.title() + "\u201d (chapter "
                        + event.revealPoint().orElseThrow() + ")");
            }
        }
        for (StoryCharacter person : pack.characters()) {
            // First told: where the pack says the reader meets them, or an earlier chapter whose event names them.
            int first = java.util.stream.IntStream.concat(SpoilerLimit.firstChapter(pack, person).stream(),
                    pack.eventsOf(person.id()).stream().flatMap(event -> event.toldInChapter().stream())
                            .mapToInt(Integer::intValue)).min().orElse(1);
            if (first > limit) {
                String what = person.name() + ", who first appears in chapter " + first;
                addName(person.name(), what);
                // "Roger C." is also "Roger"; "Madame (Marie-Claude)" also "Madame".
                addName(person.name().replaceAll("\\s*\\(.*\\)$", "").replaceAll("\\s+\\p{Lu}\\.$", ""), what);
            }
        }
        for (GlossaryTerm term : pack.glossary()) {
            if (term.firstChapter() > limit) {
                // As the details panel links them: a form in lower case whatever its capitals, others as written.
                term.forms().forEach(form -> wordsLater.put(pattern(form, form.equals(form.toLowerCase(
                        java.util.Locale.ROOT)) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0),
                        "the word \u201c" + term.term() + "\u201d (chapter " + term.firstChapter() + ")"));
            }
        }
    }

    private void add(String phrase, String what) {
        toldLater.put(pattern(phrase, 0), what);
    }

    // A name before a surname is someone else: "Christopher Haydon" directs a play, "Martin Jinek" wrote a paper.
    private void addName(String name, String what) {
        toldLater.put(Pattern.compile(pattern(name, 0).pattern() + "(?!\\s+\\p{Lu}\\p{Ll})"), what);
    }

    private static Pattern pattern(String phrase, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])", flags);
    }

    /** What a text tells that the reader has not reached, each with the words around it; empty when nothing. */
    public List<String> in(String text) {
        return in(text, true);
    }

    private List<String> in(String text, boolean novelsWords) {
        List<String> found = new ArrayList<>();
        Map<Pattern, String> all = new LinkedHashMap<>(toldLater);
        if (novelsWords) {
            all.putAll(wordsLater);
        }
        all.forEach((pattern, what) -> {
            java.util.regex.Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                found.add(what + ": …" + text.substring(Math.max(0, matcher.start() - 60),
                        Math.min(text.length(), matcher.end() + 60)) + "…");
            }
        });
        return found;
    }

    /** Notes, naming the view and the limit, what a text tells that the reader has not reached. */
    public void check(String where, String text) {
        in(text).forEach(what -> leaks.add("upto=" + limit + ", " + where + ": " + what));
    }

    /**
     * The same for the text of an event of the real world, where the novel's words are plain words ("Gallery" in
     * the National Portrait Gallery), as the details panel treats them.
     */
    public void checkNames(String where, String text) {
        in(text, false).forEach(what -> leaks.add("upto=" + limit + ", " + where + ": " + what));
    }

    /** Fails, listing every leak found by {@link #check}. */
    public void assertNothingLeaked() {
        assertThat(leaks).as("texts that tell what a later chapter tells").isEmpty();
    }

    public boolean isEmpty() {
        return toldLater.isEmpty() && wordsLater.isEmpty();
    }
}
