package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.story.StoryPack;

/** The timeline's events as a table: {@code /<pack>/table}. */
@Route(":pack/table")
class EventTableView extends TextView {

    EventTableView(StoryPacks packs, PackDrawings drawings) {
        super(packs, drawings, Mode.TABLE);
    }

    @Override
    protected Component text(StoryPack pack) {
        return new EventTable(pack, state(), this::go);
    }
}
