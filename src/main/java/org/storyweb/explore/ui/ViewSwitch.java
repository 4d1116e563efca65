package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.signals.Signal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;

/**
 * The ways of seeing one view: the picture (timeline and graph), its two tables, and the page about the pack. Each
 * keeps the selection, the filters and the phase, so a reader moves between them without losing their place.
 */
class ViewSwitch extends Composite<Nav> {

    static final Map<Mode, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put(Mode.EXPLORE, "Picture");
        VIEWS.put(Mode.TABLE, "Events as a table");
        VIEWS.put(Mode.RELATIONSHIPS, "Relationships as a table");
        VIEWS.put(Mode.ABOUT, "About this book");
    }

    ViewSwitch(Mode current, Signal<ViewState> state, Consumer<ViewState> go) {
        Nav nav = getContent();
        nav.addClassName("view-switch");
        nav.getElement().setAttribute("aria-label", "Views");
        VIEWS.forEach((mode, label) -> {
            Button button = new Button(label, click -> go.accept(to(state.peek(), mode)));
            button.addThemeVariants(ButtonVariant.SMALL, mode == current ? ButtonVariant.PRIMARY
                    : ButtonVariant.TERTIARY);
            button.setId("view-" + (mode == Mode.EXPLORE ? "picture" : mode.segment()));
            if (mode == current) {
                button.getElement().setAttribute("aria-current", "page");
            }
            nav.add(button);
        });
    }

    /** The same view, seen another way. */
    static ViewState to(ViewState state, Mode mode) {
        return state.withPresentation(state.presentation().withMode(mode));
    }
}
