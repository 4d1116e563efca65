package org.storyweb.components.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The user selected items (by click, tap or keyboard), or cleared the selection: {@link #ids()} is then empty. */
@DomEvent("timeline-select")
public class ItemSelectEvent extends ComponentEvent<Timeline> {

    private final List<String> ids;

    public ItemSelectEvent(Timeline source, boolean fromClient, @EventData("event.detail.ids") JsonNode ids) {
        super(source, fromClient);
        this.ids = ids == null ? List.of() : ids.valueStream().map(JsonNode::asString).toList();
    }

    public List<String> ids() {
        return ids;
    }
}
