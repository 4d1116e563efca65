package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.signals.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/**
 * A live region, unseen, that tells a screen-reader user in one sentence what a choice changed: what is now selected,
 * and the phase the graph moved to. The panels themselves stay quiet; a reader who wants more goes to them.
 */
class Announcer extends Composite<Div> {

    private record Shown(Selection selection, Phase phase, Optional<Integer> beyond) {
    }

    private final StoryPack pack;
    private Shown last;

    Announcer(StoryPack pack, Signal<ViewState> state) {
        this.pack = pack;
        Div region = getContent();
        region.setId("announcer");
        region.addClassName("visually-hidden");
        region.getElement().setAttribute("role", "status");
        region.getElement().setAttribute("aria-live", "polite");
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : shown(ExplorerFilter.of(pack, view), view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::announce));
    }

    // A selection past the spoiler limit is announced as the details panel shows it, never by its name.
    private static Shown shown(ExplorerFilter filter, ViewState view) {
        return new Shown(filter.known(view.selection()), filter.phase(view),
                filter.revealedAfterLimit(view.selection()));
    }

    private void announce(Shown next) {
        Shown previous = last;
        last = next;
        if (previous == null) {
            // The page's own title says what it opened on; nothing to announce.
            return;
        }
        List<String> sentences = new ArrayList<>();
        if (next.beyond().isPresent() && !next.beyond().equals(previous.beyond())) {
            sentences.add("Selected: something beyond chapter " + next.beyond().get() + ", hidden to keep the story.");
        } else if (!next.selection().equals(previous.selection())) {
            sentences.add(sentence(next.selection()));
        }
        if (!next.phase().equals(previous.phase())) {
            sentences.add("The graph now shows " + next.phase().title() + ".");
        }
        if (!sentences.isEmpty()) {
            getContent().setText(String.join(" ", sentences));
        }
    }

    /** One sentence about a selection. */
    String sentence(Selection selection) {
        return switch (selection) {
            case EventSelection event -> pack.event(event.eventId())
                    .map(e -> "Selected event: " + e.title() + ", " + e.date().label() + ".").orElse("");
            case CharacterSelection character -> pack.character(character.characterId())
                    .map(c -> "Selected person: " + c.name() + ".").orElse("");
            case RelationshipSelection relationship -> pack.relationship(relationship.relationshipId())
                    .map(r -> "Selected relationship: " + name(r.firstCharacterId()) + " and "
                            + name(r.secondCharacterId()) + ".").orElse("");
            case ViewState.NoSelection none -> "Nothing selected.";
        };
    }

    private String name(String characterId) {
        return pack.character(characterId).map(StoryCharacter::name).orElse(characterId);
    }

    // For tests: the last sentence.
    String text() {
        return getContent().getText();
    }

}
