package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.story.StoryPack;

/** The graph's relationships at the view's phase as a table: {@code /<pack>/relationships}. */
@Route(":pack/relationships")
class RelationshipTableView extends TextView {

    RelationshipTableView(StoryPacks packs, PackDrawings drawings) {
        super(packs, drawings, Mode.RELATIONSHIPS);
    }

    @Override
    protected Component text(StoryPack pack) {
        return new RelationshipTable(pack, drawings.of(pack).graph(), state(), this::go);
    }
}
