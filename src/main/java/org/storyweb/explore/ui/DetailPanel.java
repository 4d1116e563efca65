package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
 * The panel that explains the selection: an event with its date, text, people and sources, a character with their
 * events, a relationship through the story, or a short welcome when nothing is selected. It scrolls on its own, so
 * that what is selected is read beside the timeline and the graph.
 * <p>
 * The panel is read, not edited, so it goes to the browser as one fragment of HTML instead of a tree of components:
 * a new selection costs one value on the wire and nothing in the session. The fragment is built with jsoup, which
 * escapes every text and attribute, so content text stays text. Its buttons (a person, an event, a glossary word)
 * carry their id in a data attribute, and one click listener on the panel hears them all.
 */
public class DetailPanel extends Composite<Section> {

    /** What the panel depends on; any other change of the view leaves it alone. */
    private record Shown(ExplorerFilter filter, ViewState.Selection selection) {
    }

    private static final String CHOSEN = "event.target.closest('[data-choose]')?.dataset.choose ?? null";

    private final StoryPack pack;
    private final Html body = new Html("<div></div>");

    public DetailPanel(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        this.pack = pack;
        Section section = getContent();
        section.addClassName("detail-panel");
        section.setId("detail-panel");
        section.getElement().setAttribute("aria-live", "polite");
        section.getElement().setAttribute("aria-label", "Details");
        section.add(body);
        section.getElement().addEventListener("click", click -> {
            tools.jackson.databind.JsonNode data = click.getEventData().get(CHOSEN);
            if (data == null || !data.isString()) {
                return;
            }
            String chosen = data.asString();
            // "character:ruth" or "event:dolly-born", as the buttons below are written.
            String[] kindAndId = chosen.split(":", 2);
            if (kindAndId.length == 2 && kindAndId[0].equals("character") && pack.character(kindAndId[1]).isPresent()) {
                go.accept(Choices.character(state.peek(), kindAndId[1]));
            } else if (kindAndId.length == 2 && kindAndId[0].equals("event") && pack.event(kindAndId[1]).isPresent()) {
                go.accept(Choices.event(pack, state.peek(), kindAndId[1]));
            } else if (chosen.startsWith(GlossaryLinks.CHOICE) && pack.term(kindAndId[1]).isPresent()) {
                // A word's definition is further down this panel: bring it into view; the view itself stays.
                getContent().getElement().executeJs("const term = this.querySelector('#' + $0);"
                        + " if (term) { term.scrollIntoView({block: 'nearest'}); term.focus(); }",
                        GlossaryLinks.anchor(pack.term(kindAndId[1]).orElseThrow()));
            }
        }).addEventData(CHOSEN);
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.selection())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    private void show(Shown shown) {
        Element content = new Element("div").addClass("detail-body");
        switch (shown.selection()) {
            case ViewState.EventSelection selected -> pack.event(selected.eventId())
                    .ifPresent(event -> event(content, event, shown.filter()));
            case ViewState.CharacterSelection selected -> pack.character(selected.characterId())
                    .ifPresent(character -> character(content, character, shown.filter().events()));
            case ViewState.RelationshipSelection selected -> pack.relationship(selected.relationshipId())
                    .ifPresent(relationship -> relationship(content, relationship, shown.filter()));
            case ViewState.NoSelection none -> introduction(content);
        }
        body.setHtmlContent(Fragments.html(content));
        // A new subject starts at its top, not where the last one was scrolled to.
        getContent().getElement().executeJs("this.scrollTop = 0");
    }

    /** The panel's HTML as the browser gets it; for tests. */
    String html() {
        return body.getInnerHtml();
    }

    private void introduction(Element content) {
        content.appendElement("h2").text(pack.work().title());
        content.appendElement("p").text(pack.work().description());
        content.appendElement("p")
                .text("Choose an event on the timeline, or a person in the graph, to see the details here.");
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
                .filter(term -> filter.spoilerLimitKnown().map(limit -> term.firstChapter() <= limit).orElse(true))
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
                .toList();
        if (!people.isEmpty()) {
            content.appendElement("h3").text("People");
            Element list = content.appendElement("p").addClass("detail-people");
            people.forEach(person -> choice(list, "character:" + person.id(), person.name()));
        }
        content.appendElement("h3").text("Sources");
        Element sources = content.appendElement("ul").addClass("detail-sources");
        event.sourceIds().stream().flatMap(id -> pack.source(id).stream())
                .forEach(source -> source(sources.appendElement("li"), source));
        prompts(content, event.prompts(), "To discuss");
        glossary(content, linked);
    }

    /** The definitions of the words linked in an event's text, which their links lead to. */
    private void glossary(Element content, List<GlossaryTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        content.appendElement("h3").text("Words the novel uses in its own way");
        Element list = content.appendElement("dl").addClass("detail-glossary");
        for (GlossaryTerm term : terms) {
            list.appendElement("dt").id(GlossaryLinks.anchor(term)).attr("tabindex", "-1").text(term.term());
            Element definition = list.appendElement("dd");
            definition.appendText(term.definition() + " First matters in chapter " + term.firstChapter() + ".");
            term.noteKnown().ifPresent(note -> definition.appendText(" " + note));
            term.sourceIds().stream().flatMap(id -> pack.source(id).stream()).forEach(source -> {
                definition.appendText(" (");
                source(definition, source);
                definition.appendText(")");
            });
        }
    }

    /** A character and those of their events that the view shows. */
    private void character(Element content, StoryCharacter character, List<Event> shown) {
        content.appendElement("h2").id("detail-title").text(character.name());
        content.appendElement("p").text(character.description());
        character.firstChapterKnown().ifPresent(chapter -> content.appendElement("p")
                .text("First appears in chapter " + chapter + "."));
        List<Event> events = shown.stream().filter(event -> event.involves(character.id())).toList();
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
            for (Evidence piece : state.evidence()) {
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
        parent.appendElement("button").attr("type", "button").addClass("link-button").attr("data-choose", choice)
                .text(text);
    }

    /** A source's citation, linked when it has a web address (only http and https ever become links). */
    private static void source(Element parent, Source source) {
        Optional<String> link = source.link().filter(DetailPanel::isWebAddress);
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
