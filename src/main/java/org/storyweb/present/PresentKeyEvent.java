package org.storyweb.present;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A presenter's key (or remote's button) that moves the presentation: next, previous, first, last or leave. */
@DomEvent("present-key")
public class PresentKeyEvent extends ComponentEvent<PresentView> {

    private final String action;

    public PresentKeyEvent(PresentView source, boolean fromClient, @EventData("event.detail.action") String action) {
        super(source, fromClient);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
