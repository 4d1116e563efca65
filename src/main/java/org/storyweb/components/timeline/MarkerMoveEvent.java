package org.storyweb.components.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Instant;

/** The user dragged a time marker to a new time (sent when the drag ends). */
@DomEvent("timeline-marker-move")
public class MarkerMoveEvent extends ComponentEvent<Timeline> {

    private final String markerId;
    private final Instant time;

    public MarkerMoveEvent(Timeline source, boolean fromClient, @EventData("event.detail.id") String markerId,
            @EventData("event.detail.time") double time) {
        super(source, fromClient);
        this.markerId = markerId;
        this.time = Instant.ofEpochMilli((long) time);
    }

    public String markerId() {
        return markerId;
    }

    public Instant time() {
        return time;
    }
}
