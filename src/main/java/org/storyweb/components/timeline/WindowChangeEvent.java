package org.storyweb.components.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Instant;

/** The user panned or zoomed the timeline; a move that the server asked for is not reported. */
@DomEvent("timeline-window-change")
public class WindowChangeEvent extends ComponentEvent<Timeline> {

    private final TimeWindow window;

    public WindowChangeEvent(Timeline source, boolean fromClient, @EventData("event.detail.start") double start,
            @EventData("event.detail.end") double end) {
        super(source, fromClient);
        this.window = new TimeWindow(Instant.ofEpochMilli((long) start), Instant.ofEpochMilli((long) end));
    }

    public TimeWindow window() {
        return window;
    }
}
