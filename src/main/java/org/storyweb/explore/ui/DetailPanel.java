package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.signals.Signal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyweb.explore.ViewState;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The panel that explains the selection: an event with its date, text, people and sources, a character with their
 * events, a relationship through the story, or a short welcome when nothing is selected. All content goes in as
 * text. It scrolls on its own, so that what is selected is read beside the timeline and the graph.
 */
class DetailPanel extends Composite<Section> {

    /** What the panel depends on; any other change of the view leaves it alone. */
    private record Shown(ExplorerFilter filter, ViewState.Selection selection) {
    }

    private final StoryPack pack;
    private final Consumer<String> onCharacter;
    private final Consumer<String> onEvent;

    DetailPanel(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        this.pack = pack;
        this.onCharacter = id -> go.accept(Choices.character(state.peek(), id));
        this.onEvent = id -> go.accept(Choices.event(pack, state.peek(), id));
        getContent().addClassName("detail-panel");
        getContent().setId("detail-panel");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().getElement().setAttribute("aria-label", "Details");
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.selection())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    private void show(Shown shown) {
        switch (shown.selection()) {
            case ViewState.EventSelection selected -> pack.event(selected.eventId()).ifPresent(this::showEvent);
            case ViewState.CharacterSelection selected -> pack.character(selected.characterId())
                    .ifPresent(character -> showCharacter(character, shown.filter().events()));
            case ViewState.RelationshipSelection selected -> pack.relationship(selected.relationshipId())
                    .ifPresent(relationship -> showRelationship(relationship, shown.filter()));
            case ViewState.NoSelection none -> showIntroduction();
        }
        // A new subject starts at its top, not where the last one was scrolled to.
        getContent().getElement().executeJs("this.scrollTop = 0");
    }

    private void showIntroduction() {
        getContent().removeAll();
        getContent().add(new H2(pack.work().title()), new Paragraph(pack.work().description()),
                new Paragraph("Choose an event on the timeline, or a person in the graph, to see the details here."));
    }

    private void showEvent(Event event) {
        getContent().removeAll();
        H2 title = new H2(event.title());
        title.setId("detail-title");
        getContent().add(title, dateLine(event));
        getContent().add(new Paragraph(event.text()));
        if (event.uncertain() || event.note() != null) {
            Paragraph note = new Paragraph();
            note.addClassName("detail-note");
            if (event.uncertain()) {
                Span badge = new Span("Uncertain");
                badge.addClassName("badge-uncertain");
                note.add(badge, new Span(" "));
            }
            if (event.note() != null) {
                note.add(new Span(event.note()));
            }
            getContent().add(note);
        }
        List<StoryCharacter> people = event.characterIds().stream().flatMap(id -> pack.character(id).stream())
                .toList();
        if (!people.isEmpty()) {
            getContent().add(new H3("People"));
            Div buttons = new Div();
            buttons.addClassName("detail-people");
            people.forEach(person -> buttons.add(linkButton(person.name(), () -> onCharacter.accept(person.id()))));
            getContent().add(buttons);
        }
        getContent().add(new H3("Sources"), sources(event.sourceIds()));
        if (!event.prompts().isEmpty()) {
            getContent().add(new H3("To discuss"), prompts(event.prompts()));
        }
    }

    private static UnorderedList prompts(List<String> questions) {
        UnorderedList list = new UnorderedList();
        list.addClassName("detail-prompts");
        questions.forEach(question -> list.add(new ListItem(question)));
        return list;
    }

    private Paragraph dateLine(Event event) {
        Paragraph line = new Paragraph();
        line.addClassName("detail-date");
        FuzzyDate date = event.date();
        Span when = new Span(date.label());
        when.setId("detail-date");
        StringBuilder rest = new StringBuilder(date.isEstimate() ? " (approximate)" : "");
        pack.track(event.trackId()).ifPresent(track -> rest.append(" · ").append(track.title()));
        event.toldInChapter().ifPresent(chapter -> rest.append(" · told in chapter ").append(chapter));
        line.add(when, new Text(rest.toString()));
        return line;
    }

    private UnorderedList sources(List<String> sourceIds) {
        UnorderedList list = new UnorderedList();
        list.addClassName("detail-sources");
        for (String id : sourceIds) {
            pack.source(id).ifPresent(source -> list.add(new ListItem(sourceEntry(source))));
        }
        return list;
    }

    private static com.vaadin.flow.component.Component sourceEntry(Source source) {
        return source.link()
                .<com.vaadin.flow.component.Component>map(url -> {
                    Anchor anchor = new Anchor(url, source.citation(), AnchorTarget.BLANK);
                    anchor.getElement().setAttribute("rel", "noopener noreferrer");
                    return anchor;
                })
                .orElseGet(() -> new Span(source.citation()));
    }

    /** A character and those of their events that the view shows. */
    private void showCharacter(StoryCharacter character, List<Event> shown) {
        getContent().removeAll();
        H2 title = new H2(character.name());
        title.setId("detail-title");
        getContent().add(title, new Paragraph(character.description()));
        character.firstChapterKnown().ifPresent(chapter -> getContent().add(
                new Paragraph("First appears in chapter " + chapter + ".")));
        List<Event> events = shown.stream().filter(event -> event.involves(character.id())).toList();
        getContent().add(new H3("Events (" + events.size() + ")"));
        UnorderedList list = new UnorderedList();
        list.addClassName("detail-events");
        events.forEach(event -> list.add(new ListItem(
                linkButton(event.title() + " — " + event.date().label(), () -> onEvent.accept(event.id())))));
        getContent().add(list);
    }

    /** A relationship's states in story order, each with its evidence; states beyond a spoiler limit stay hidden. */
    private void showRelationship(Relationship relationship, ExplorerFilter filter) {
        getContent().removeAll();
        String first = pack.character(relationship.firstCharacterId()).map(StoryCharacter::name).orElse("");
        String second = pack.character(relationship.secondCharacterId()).map(StoryCharacter::name).orElse("");
        H2 title = new H2(first + " and " + second);
        title.setId("detail-title");
        getContent().add(title);
        OrderedList states = new OrderedList();
        states.addClassName("detail-states");
        for (RelationshipState state : relationship.states()) {
            if (!filter.shows(state)) {
                continue;
            }
            ListItem item = new ListItem();
            String from = pack.phase(state.fromPhaseId()).map(Phase::title).orElse(state.fromPhaseId());
            String to = pack.phase(state.toPhaseId()).map(Phase::title).orElse(state.toPhaseId());
            Span when = new Span(from.equals(to) ? from : from + " to " + to);
            when.addClassName("state-phases");
            Span what = new Span(": " + state.label() + " (" + state.kind().label().toLowerCase() + ")");
            item.add(when, what);
            UnorderedList evidence = new UnorderedList();
            for (Evidence piece : state.evidence()) {
                ListItem line = new ListItem();
                if (piece.chapter() != null) {
                    line.add(new Span("Chapter " + piece.chapter() + ": "));
                }
                if (piece.quote() != null) {
                    line.add(new Span("\u201c" + piece.quote() + "\u201d "));
                } else if (piece.paraphrase() != null) {
                    line.add(new Span(piece.paraphrase() + " "));
                }
                piece.sourceIds().stream().flatMap(id -> pack.source(id).stream())
                        .forEach(source -> line.add(new Span("("), sourceEntry(source), new Span(") ")));
                evidence.add(line);
            }
            item.add(evidence);
            if (!state.prompts().isEmpty()) {
                item.add(prompts(state.prompts()));
            }
            states.add(item);
        }
        getContent().add(states);
    }

    private static Button linkButton(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("link-button");
        return button;
    }
}
