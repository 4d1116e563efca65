package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * The panel that explains the selection: an event with its date, text, people and sources, or a character with their
 * events. All content goes in as text.
 */
class DetailPanel extends Composite<Section> {

    private final Consumer<String> onCharacter;
    private final Consumer<String> onEvent;

    DetailPanel(Consumer<String> onCharacter, Consumer<String> onEvent) {
        this.onCharacter = onCharacter;
        this.onEvent = onEvent;
        getContent().addClassName("detail-panel");
        getContent().setId("detail-panel");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().getElement().setAttribute("aria-label", "Details");
    }

    void showIntroduction(StoryPack pack) {
        getContent().removeAll();
        getContent().add(new H2(pack.work().title()),
                new Paragraph(pack.work().description()),
                new Paragraph("Choose an event on the timeline, or a person in the graph, to see the details here."));
    }

    void showEvent(StoryPack pack, Event event) {
        getContent().removeAll();
        H2 title = new H2(event.title());
        title.setId("detail-title");
        getContent().add(title, dateLine(pack, event));
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
        getContent().add(new H3("Sources"), sources(pack, event.sourceIds()));
    }

    private Paragraph dateLine(StoryPack pack, Event event) {
        Paragraph line = new Paragraph();
        line.addClassName("detail-date");
        FuzzyDate date = event.date();
        Span when = new Span(date.label());
        when.setId("detail-date");
        line.add(when);
        if (date.isEstimate()) {
            line.add(new Span(" (approximate)"));
        }
        pack.track(event.trackId()).ifPresent(track -> line.add(new Span(" · " + track.title())));
        event.toldInChapter().ifPresent(chapter -> line.add(new Span(" · told in chapter " + chapter)));
        return line;
    }

    private UnorderedList sources(StoryPack pack, List<String> sourceIds) {
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

    void showCharacter(StoryPack pack, StoryCharacter character) {
        getContent().removeAll();
        H2 title = new H2(character.name());
        title.setId("detail-title");
        getContent().add(title, new Paragraph(character.description()));
        character.firstChapterKnown().ifPresent(chapter -> getContent().add(
                new Paragraph("First appears in chapter " + chapter + ".")));
        List<Event> events = pack.eventsOf(character.id());
        getContent().add(new H3("Events (" + events.size() + ")"));
        UnorderedList list = new UnorderedList();
        list.addClassName("detail-events");
        events.forEach(event -> list.add(new ListItem(
                linkButton(event.title() + " — " + event.date().label(), () -> onEvent.accept(event.id())))));
        getContent().add(list);
    }

    private static Button linkButton(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("link-button");
        return button;
    }
}
