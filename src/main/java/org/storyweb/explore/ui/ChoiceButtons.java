package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.signals.Signal;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.story.StoryPack;

/**
 * Buttons inside a fragment of HTML (see {@link Fragments}) that choose a person, an event or a relationship. Each
 * carries what it chooses in a data attribute ({@code character:ruth}, {@code event:dolly-born},
 * {@code relationship:kathy-ruth}), and one click listener on the fragment's component hears them all, so a fragment
 * of any size costs one listener and no components.
 */
final class ChoiceButtons {

    private static final String CHOSEN = "event.target.closest('[data-choose]')?.dataset.choose ?? null";

    private ChoiceButtons() {
    }

    /** A button that chooses something, written into {@code parent}. */
    static Element append(Element parent, String kind, String id, String text) {
        return parent.appendElement("button").attr("type", "button").addClass("link-button")
                .attr("data-choose", kind + ":" + id).text(text);
    }

    /**
     * Listens for the choices made inside a component: a known person, event or relationship goes to its view;
     * anything else ({@code kind:id} of another kind) is handed to {@code other}.
     */
    static void listen(Component component, StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go,
            java.util.function.BiConsumer<String, String> other) {
        component.getElement().addEventListener("click", click -> {
            tools.jackson.databind.JsonNode data = click.getEventData().get(CHOSEN);
            if (data == null || !data.isString()) {
                return;
            }
            String[] kindAndId = data.asString().split(":", 2);
            if (kindAndId.length != 2) {
                return;
            }
            String kind = kindAndId[0];
            String id = kindAndId[1];
            ViewState current = state.peek();
            if (kind.equals("character") && pack.character(id).isPresent()) {
                go.accept(Choices.character(current, id));
            } else if (kind.equals("event") && pack.event(id).isPresent()) {
                go.accept(Choices.event(pack, current, id));
            } else if (kind.equals("relationship") && pack.relationship(id).isPresent()) {
                go.accept(current.withSelection(new RelationshipSelection(id)));
            } else {
                other.accept(kind, id);
            }
        }).addEventData(CHOSEN);
    }
}
