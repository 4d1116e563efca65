package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.story.StoryPack;

/**
 * A view of the pack in words rather than pictures: the two tables and the page about the pack. Each has the
 * explorer's bar, the switch between the ways of seeing the view, and beside its text the details of what is
 * selected, so that a screen-reader user, or a teacher printing a handout, has what the picture gives.
 */
abstract class TextView extends LinkedView {

    private final Mode mode;
    protected final PackDrawings drawings;

    TextView(StoryPacks packs, PackDrawings drawings, Mode mode) {
        super(packs, mode);
        this.mode = mode;
        this.drawings = drawings;
        addClassNames("explorer", "text-view");
    }

    /** The view's text, which the skip link leads to. */
    protected abstract Component text(StoryPack pack);

    @Override
    protected void open(StoryPack pack) {
        Component text = text(pack);
        text.setId(CONTENT);
        text.getElement().setAttribute("tabindex", "-1");
        Div details = new Div(new DetailPanel(pack, state(), this::go));
        details.addClassName("details-column");
        Div stage = new Div(text, details);
        stage.addClassName("text-stage");
        add(skipLink("Skip to the " + ViewSwitch.VIEWS.get(mode).toLowerCase(java.util.Locale.ROOT)),
                new ControlBar(pack, state(), this::go), new ViewSwitch(mode, state(), this::go), notices(), stage,
                printLink(java.util.Map.of()), new Announcer(pack, state()));
    }
}
