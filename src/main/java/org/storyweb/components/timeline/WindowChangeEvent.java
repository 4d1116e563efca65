package org.storyweb.components.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Instant;

/** The visible window changed, after the user panned or zoomed, or after the server moved it. */
@DomEvent("timeline-window-change")
public class WindowChangeEvent extends ComponentEvent<Timeline> {

    private final TimeWindow window;
    private final boolean byUser;

    public WindowChangeEvent(Timeline source, boolean fromClient, @EventData("event.detail.start") double start,
            @EventData("event.detail.end") double end, @EventData("event.detail.byUser") boolean byUser) {
        super(source, fromClient);
        this.window = new TimeWindow(Instant.ofEpochMilli((long) start), Instant.ofEpochMilli((long) end));
        this.byUser = byUser;
    }

    public TimeWindow window() {
        return window;
    }

    /** True when the user panned or zoomed, false when the change came from the server. */
    public boolean isByUser() {
        return byUser;
    }
}
