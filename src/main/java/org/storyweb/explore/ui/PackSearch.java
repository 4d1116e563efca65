package org.storyweb.explore.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * Searches what a view shows (its filters and spoiler limit apply) for every word of a query, in any case and
 * without regard to accents: events, people, relationships, the quotes that are their evidence, sources and the
 * glossary. Every result chooses something the explorer can select: an event, a person or a relationship; a source
 * or a word of the glossary leads to the first event (or relationship) that cites or uses it.
 */
final class PackSearch {

    /** The kinds of result, in the order they are listed. */
    enum Kind {
        EVENTS("Events"), PEOPLE("People"), RELATIONSHIPS("Relationships"), QUOTES("Quotes"), SOURCES("Sources"),
        GLOSSARY("Glossary");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /**
     * One result.
     *
     * @param kind   what was found
     * @param choice what choosing it selects, as {@link ChoiceButtons} write it ({@code event:dolly-born})
     * @param label  what was found, in a few words
     * @param detail where it is or what it is, for telling results apart
     * @param inTitle whether the query matched the label, which puts it first
     */
    record Result(Kind kind, String choice, String label, String detail, boolean inTitle) {
    }

    static final int SHOWN_PER_KIND = 6;

    private PackSearch() {
    }

    /** The results for a query, grouped by kind in the order of {@link Kind}; empty for a blank query. */
    static Map<Kind, List<Result>> search(ExplorerFilter filter, String query) {
        List<String> words = words(query);
        Map<Kind, List<Result>> found = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return found;
        }
        StoryPack pack = filter.pack();
        List<Event> events = filter.events();
        List<Result> results = new ArrayList<>();
        for (Event event : events) {
            match(results, words, Kind.EVENTS, "event:" + event.id(), event.title(),
                    event.date().label() + track(pack, event), event.text(), event.date().label(),
                    String.valueOf(event.note()));
        }
        for (StoryCharacter person : filter.characters()) {
            match(results, words, Kind.PEOPLE, "character:" + person.id(), person.name(),
                    pack.work().group(person.group()).map(group -> group.label()).orElse(""),
                    filter.description(person));
        }
        for (Relationship relationship : pack.relationships()) {
            if (!filter.knows(relationship)) {
                continue;
            }
            List<RelationshipState> shown = relationship.states().stream().filter(filter::shows).toList();
            String names = name(pack, relationship.firstCharacterId()) + " and "
                    + name(pack, relationship.secondCharacterId());
            String choice = "relationship:" + relationship.id();
            match(results, words, Kind.RELATIONSHIPS, choice, names, shown.getLast().label(),
                    String.join(" ", shown.stream().map(RelationshipState::label).toList()));
            for (RelationshipState state : shown) {
                for (Evidence evidence : state.evidence()) {
                    if (evidence.quote() != null && filter.reads(evidence)) {
                        match(results, words, Kind.QUOTES, choice, "\u201c" + evidence.quote() + "\u201d",
                                names + (evidence.chapter() == null ? "" : ", chapter " + evidence.chapter()));
                    }
                }
            }
        }
        for (Source source : pack.sources()) {
            citing(filter, events, source).ifPresent(choice -> match(results, words, Kind.SOURCES, choice,
                    source.title(), source.citation()));
        }
        for (GlossaryTerm term : pack.glossary()) {
            if (filter.knows(term)) {
                events.stream().filter(event -> event.phase().isPresent())
                        .filter(event -> GlossaryLinks.append(new Element("p"), event.text(), List.of(term))
                                .contains(term))
                        .findFirst()
                        .ifPresent(event -> match(results, words, Kind.GLOSSARY, "event:" + event.id(),
                                term.term(), "used in \u201c" + event.title() + "\u201d",
                                String.join(" ", term.forms()), filter.definition(term)));
            }
        }
        results.stream()
                .sorted(Comparator.comparing((Result result) -> !result.inTitle()))
                .forEach(result -> found.computeIfAbsent(result.kind(), kind -> new ArrayList<>()).add(result));
        Map<Kind, List<Result>> ordered = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Optional.ofNullable(found.get(kind)).ifPresent(list -> ordered.put(kind, list));
        }
        return ordered;
    }

    // A source leads to the first shown event that cites it, else to a relationship whose shown evidence does.
    private static Optional<String> citing(ExplorerFilter filter, List<Event> events, Source source) {
        Optional<String> event = events.stream().filter(e -> e.sourceIds().contains(source.id())).findFirst()
                .map(e -> "event:" + e.id());
        return event.or(() -> filter.pack().relationships().stream()
                .filter(filter::knows)
                .filter(relationship -> relationship.states().stream().filter(filter::shows)
                        .flatMap(state -> state.evidence().stream()).filter(filter::reads)
                        .anyMatch(evidence -> evidence.sourceIds().contains(source.id())))
                .findFirst().map(relationship -> "relationship:" + relationship.id()));
    }

    private static void match(List<Result> results, List<String> words, Kind kind, String choice, String label,
            String detail, String... more) {
        String title = fold(label);
        String all = title + " " + fold(detail) + " " + fold(String.join(" ", more));
        if (words.stream().allMatch(all::contains)) {
            results.add(new Result(kind, choice, label, detail, words.stream().allMatch(title::contains)));
        }
    }

    private static String track(StoryPack pack, Event event) {
        return pack.track(event.trackId()).map(track -> " \u00b7 " + track.title()).orElse("");
    }

    private static String name(StoryPack pack, String characterId) {
        return pack.character(characterId).map(StoryCharacter::name).orElse(characterId);
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isBlank()).toList();
    }

    // Lower case, without accents: "Émile" is found by "emile".
    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

}
