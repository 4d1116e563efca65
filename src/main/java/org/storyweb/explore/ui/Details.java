package org.storyweb.explore.ui;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewState;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * What the details panel says about the selection, as a fragment of HTML built with jsoup (which escapes every text
 * and attribute): an event with its date, text, people and sources, a character with their events, a relationship
 * through the story, or a short welcome when nothing is selected. Its choices are buttons written by
 * {@link ChoiceButtons}; the explorer listens to them, and the embed turns them into links.
 */
public final class Details {

    private final StoryPack pack;

    public Details(StoryPack pack) {
        this.pack = pack;
    }

    /** What a "Show it anyway" button carries before the chapter that it raises the spoiler limit to. */
    public static final String SHOW_ANYWAY = "upto";

    /**
     * The details of a selection, as the view's filter lets the reader see them. A selection past the spoiler limit
     * (a link shared by someone further on) gets a notice and a deliberate way to see it, which raises the limit.
     */
    public Element of(ExplorerFilter filter, ViewState.Selection selection) {
        Element content = new Element("div").addClass("detail-body");
        Optional<Integer> later = filter.revealedAfterLimit(selection);
        if (later.isPresent()) {
            beyondLimit(content, filter.spoilerLimitKnown().orElseThrow(), later.get());
            return content;
        }
        switch (selection) {
            case ViewState.EventSelection selected -> pack.event(selected.eventId())
                    .ifPresent(event -> event(content, event, filter));
            case ViewState.CharacterSelection selected -> pack.character(selected.characterId())
                    .ifPresent(character -> character(content, character, filter));
            case ViewState.RelationshipSelection selected -> pack.relationship(selected.relationshipId())
                    .ifPresent(relationship -> relationship(content, relationship, filter));
            case ViewState.NoSelection none -> introduction(content);
        }
        return content;
    }

    private static void beyondLimit(Element content, int limit, int chapter) {
        Element notice = content.appendElement("div").addClass("detail-beyond").attr("role", "note");
        notice.appendElement("h2").id("detail-title").text("Beyond chapter " + limit);
        notice.appendElement("p").text("This link shows something that chapter " + chapter
                + " tells. You have read up to chapter " + limit + ", so it is hidden to keep the story for you.");
        ChoiceButtons.append(notice.appendElement("p"), SHOW_ANYWAY, String.valueOf(chapter), showAnyway(chapter));
    }

    /** The name of the way past the spoiler limit, the same in every view. */
    public static String showAnyway(int chapter) {
        return "Show it anyway (read up to chapter " + chapter + ")";
    }

    private void introduction(Element content) {
        content.appendElement("h2").text(pack.work().title());
        content.appendElement("p").text(pack.work().description());
        content.appendElement("p")
                .text("Choose an event on the timeline, or a person in the graph, to see the details here.");
        Element about = content.appendElement("p");
        about.appendText("What the timeline covers, its sources and how to cite it: ");
        about.appendElement("button").attr("type", "button").addClass("link-button")
                .attr("data-choose", "view:about").text("About this book");
    }

    private void event(Element content, Event event, ExplorerFilter filter) {
        content.appendElement("h2").id("detail-title").text(event.title());
        FuzzyDate date = event.date();
        Element line = content.appendElement("p").addClass("detail-date");
        line.appendElement("span").id("detail-date").text(date.label());
        StringBuilder rest = new StringBuilder(date.isEstimate() ? " (approximate)" : "");
        pack.track(event.trackId()).ifPresent(track -> rest.append(" \u00b7 ").append(track.title()));
        event.toldInChapter().ifPresent(chapter -> rest.append(" \u00b7 told in chapter ").append(chapter));
        line.appendText(rest.toString());
        // The glossary is the novel's own use of words, so only story events link them ("Gallery" in a real gallery's
        // name is not Madame's); and only words the reader has reached, as a definition can give away more.
        List<GlossaryTerm> readable = event.phase().isEmpty() ? List.of() : pack.glossary().stream()
                .filter(filter::knows)
                .toList();
        List<GlossaryTerm> linked = GlossaryLinks.append(content.appendElement("p"), event.text(), readable);
        if (event.uncertain() || event.note() != null) {
            Element note = content.appendElement("p").addClass("detail-note");
            if (event.uncertain()) {
                note.appendElement("span").addClass("badge-uncertain").text("Uncertain");
                note.appendText(" ");
            }
            if (event.note() != null) {
                note.appendText(event.note());
            }
        }
        List<StoryCharacter> people = event.characterIds().stream().flatMap(id -> pack.character(id).stream())
                .filter(filter::knows).toList();
        if (!people.isEmpty()) {
            content.appendElement("h3").text("People");
            Element list = content.appendElement("p").addClass("detail-people");
            people.forEach(person -> choice(list, "character:" + person.id(), person.name()));
        }
        related(content, event, filter);
        content.appendElement("h3").text("Sources");
        Element sources = content.appendElement("ul").addClass("detail-sources");
        event.sourceIds().stream().flatMap(id -> pack.source(id).stream())
                .forEach(source -> source(sources.appendElement("li"), source));
        prompts(content, event.prompts(), "To discuss");
        glossary(content, linked, filter);
    }

    /**
     * What an event leads to: the events before and after it on its track and in the order of telling, the
     * relationships between its people that change in its phase or are evidenced in its chapter, and the other
     * events of its phase. Only what the view shows (its filters and spoiler limit) is offered.
     */
    private void related(Element content, Event event, ExplorerFilter filter) {
        List<Event> shown = filter.events();
        Element nav = new Element("ul").addClass("detail-related");
        List<Event> track = shown.stream().filter(e -> e.trackId().equals(event.trackId())).toList();
        neighbours(nav, track, event, "on this track");
        if (event.toldInChapter().isPresent()) {
            neighbours(nav, EventTable.rows(filter, ViewState.Order.TELLING), event, "in the order of telling");
        }
        if (!nav.children().isEmpty()) {
            content.appendElement("h3").text("Before and after");
            content.appendChild(nav);
        }
        List<Element> changes = new java.util.ArrayList<>();
        for (Relationship relationship : pack.relationships()) {
            if (!event.involves(relationship.firstCharacterId()) || !event.involves(relationship.secondCharacterId())) {
                continue;
            }
            for (RelationshipState state : relationship.states()) {
                boolean begins = event.phase().map(phase -> phase.equals(state.fromPhaseId())).orElse(false);
                boolean evidence = event.toldInChapter().map(chapter -> state.evidence().stream()
                        .anyMatch(piece -> chapter.equals(piece.chapter()))).orElse(false);
                if (filter.shows(state) && filter.knows(relationship) && (begins || evidence)) {
                    Element item = new Element("li");
                    choice(item, "relationship:" + relationship.id(), name(relationship.firstCharacterId()) + " and "
                            + name(relationship.secondCharacterId()));
                    item.appendText(": " + state.label() + (begins ? ", from " + pack.phase(state.fromPhaseId())
                            .map(Phase::title).orElse("") : "") + (evidence ? " (evidence in chapter "
                            + event.toldInChapter().orElseThrow() + ")" : ""));
                    changes.add(item);
                }
            }
        }
        if (!changes.isEmpty()) {
            content.appendElement("h3").text("Relationships it shows");
            Element list = content.appendElement("ul").addClass("detail-related");
            changes.forEach(list::appendChild);
        }
        event.phase().flatMap(pack::phase).ifPresent(phase -> {
            List<Event> others = shown.stream().filter(e -> phase.id().equals(e.phaseId()) && !e.equals(event))
                    .toList();
            if (!others.isEmpty()) {
                content.appendElement("h3").text("Also in " + phase.title() + " (" + others.size() + ")");
                Element list = content.appendElement("ul").addClass("detail-events");
                others.forEach(other -> choice(list.appendElement("li"), "event:" + other.id(), other.title()));
            }
        });
    }

    private static void neighbours(Element nav, List<Event> events, Event event, String where) {
        int index = events.indexOf(event);
        if (index < 0) {
            return;
        }
        if (index > 0) {
            Element item = nav.appendElement("li").text("Before, " + where + ": ");
            choice(item, "event:" + events.get(index - 1).id(), events.get(index - 1).title());
        }
        if (index < events.size() - 1) {
            Element item = nav.appendElement("li").text("After, " + where + ": ");
            choice(item, "event:" + events.get(index + 1).id(), events.get(index + 1).title());
        }
    }

    private String name(String characterId) {
        return pack.character(characterId).map(StoryCharacter::name).orElse(characterId);
    }

    /** The definitions of the words linked in an event's text, which their links lead to. */
    private void glossary(Element content, List<GlossaryTerm> terms, ExplorerFilter filter) {
        if (terms.isEmpty()) {
            return;
        }
        content.appendElement("h3").text("Words the novel uses in its own way");
        Element list = content.appendElement("dl").addClass("detail-glossary");
        for (GlossaryTerm term : terms) {
            list.appendElement("dt").id(GlossaryLinks.anchor(term)).attr("tabindex", "-1").text(term.term());
            Element definition = list.appendElement("dd");
            definition.appendText(filter.definition(term) + " First matters in chapter " + term.firstChapter() + ".");
            term.noteKnown().ifPresent(note -> definition.appendText(" " + note));
            term.sourceIds().stream().flatMap(id -> pack.source(id).stream()).forEach(source -> {
                definition.appendText(" (");
                source(definition, source);
                definition.appendText(")");
            });
        }
    }

    /** A character as far as the reader knows them, and those of their events that the view shows. */
    private void character(Element content, StoryCharacter character, ExplorerFilter filter) {
        content.appendElement("h2").id("detail-title").text(character.name());
        content.appendElement("p").text(filter.description(character));
        character.firstChapterKnown().ifPresent(chapter -> content.appendElement("p")
                .text("First appears in chapter " + chapter + "."));
        List<Event> events = filter.events().stream().filter(event -> event.involves(character.id())).toList();
        content.appendElement("h3").text("Events (" + events.size() + ")");
        Element list = content.appendElement("ul").addClass("detail-events");
        events.forEach(event -> choice(list.appendElement("li"), "event:" + event.id(),
                event.title() + " \u2014 " + event.date().label()));
    }

    /** A relationship's states in story order, each with its evidence; states beyond a spoiler limit stay hidden. */
    private void relationship(Element content, Relationship relationship, ExplorerFilter filter) {
        String first = pack.character(relationship.firstCharacterId()).map(StoryCharacter::name).orElse("");
        String second = pack.character(relationship.secondCharacterId()).map(StoryCharacter::name).orElse("");
        content.appendElement("h2").id("detail-title").text(first + " and " + second);
        Element states = content.appendElement("ol").addClass("detail-states");
        for (RelationshipState state : relationship.states()) {
            if (!filter.shows(state)) {
                continue;
            }
            Element item = states.appendElement("li");
            String from = pack.phase(state.fromPhaseId()).map(Phase::title).orElse(state.fromPhaseId());
            String to = pack.phase(state.toPhaseId()).map(Phase::title).orElse(state.toPhaseId());
            item.appendElement("span").addClass("state-phases").text(from.equals(to) ? from : from + " to " + to);
            item.appendText(": " + state.label() + " (" + state.kind().label().toLowerCase(Locale.ROOT) + ")");
            Element evidence = item.appendElement("ul");
            for (Evidence piece : state.evidence().stream().filter(filter::reads).toList()) {
                Element line = evidence.appendElement("li");
                if (piece.chapter() != null) {
                    line.appendText("Chapter " + piece.chapter() + ": ");
                }
                if (piece.quote() != null) {
                    line.appendText("\u201c" + piece.quote() + "\u201d ");
                } else if (piece.paraphrase() != null) {
                    line.appendText(piece.paraphrase() + " ");
                }
                piece.sourceIds().stream().flatMap(id -> pack.source(id).stream()).forEach(source -> {
                    line.appendText("(");
                    source(line, source);
                    line.appendText(") ");
                });
            }
            prompts(item, state.prompts(), null);
        }
    }

    private static void prompts(Element parent, List<String> questions, String heading) {
        if (questions.isEmpty()) {
            return;
        }
        if (heading != null) {
            parent.appendElement("h3").text(heading);
        }
        Element list = parent.appendElement("ul").addClass("detail-prompts");
        questions.forEach(question -> list.appendElement("li").text(question));
    }

    /** A button that selects a person or an event, heard by the panel's one click listener. */
    private static void choice(Element parent, String choice, String text) {
        String[] kindAndId = choice.split(":", 2);
        ChoiceButtons.append(parent, kindAndId[0], kindAndId[1], text);
    }

    /** A source's citation, linked when it has a web address (only http and https ever become links). */
    public static void source(Element parent, Source source) {
        Optional<String> link = source.link().filter(Details::isWebAddress);
        if (link.isPresent()) {
            parent.appendElement("a").attr("href", link.get()).attr("target", "_blank")
                    .attr("rel", "noopener noreferrer").text(source.citation());
        } else {
            parent.appendText(source.citation());
        }
    }

    private static boolean isWebAddress(String address) {
        try {
            String scheme = URI.create(address).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
