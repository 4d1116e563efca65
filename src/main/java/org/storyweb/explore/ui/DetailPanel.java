package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;

/**
 * The panel that explains the selection ({@link Details} says what it holds). It scrolls on its own, so that what is
 * selected is read beside the timeline and the graph.
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

    private final Details details;
    private final Html body = new Html("<div></div>");

    public DetailPanel(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        this.details = new Details(pack);
        Section section = getContent();
        section.addClassName("detail-panel");
        section.setId("detail-panel");
        // So that the focus can move here, after a search result is chosen.
        section.getElement().setAttribute("tabindex", "-1");
        section.getElement().setAttribute("aria-label", "Details");
        section.add(body);
        ChoiceButtons.listen(this, pack, state, go, (kind, id) -> {
            if (kind.equals(Details.SHOW_ANYWAY) && id.matches("\\d{1,3}")) {
                go.accept(Choices.readUpTo(pack, state.peek(), Integer.parseInt(id)));
            } else if (kind.equals("view") && id.equals("about")) {
                go.accept(ViewSwitch.to(state.peek(), ViewState.Mode.ABOUT));
            } else if (kind.equals(GlossaryLinks.KIND) && pack.term(id).isPresent()) {
                // A word's definition is further down this panel: bring the word and its definition into view (the
                // definition first, then the word, so that on a phone neither is left below the fold); the view
                // itself stays.
                getContent().getElement().executeJs("""
                        const term = this.querySelector('#' + $0);
                        if (term) {
                          term.focus({ preventScroll: true });
                          (term.nextElementSibling ?? term).scrollIntoView({ block: 'nearest' });
                          term.scrollIntoView({ block: 'nearest' });
                        }""", GlossaryLinks.anchor(pack.term(id).orElseThrow()));
            }
        });
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.selection())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(this::show));
    }

    private void show(Shown shown) {
        body.setHtmlContent(Fragments.html(details.of(shown.filter(), shown.selection())));
        // A new subject starts at its top, not where the last one was scrolled to.
        getContent().getElement().executeJs("this.scrollTop = 0");
    }

    /** The panel's HTML as the browser gets it; for tests. */
    String html() {
        return body.getInnerHtml();
    }
}
