package org.storyweb.components;

import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects what changed in a component during one server round-trip and sends it to the component's JavaScript
 * connector as one patch, just before the response, instead of one call per setter.
 *
 * @param <C> the kinds of change the component knows
 */
public final class ConnectorSync<C extends Enum<C>> {

    private final Component component;
    private final String connector;
    private final Class<C> kinds;
    private final Function<Set<C>, ObjectNode> patch;
    private final Set<C> pending;
    private boolean scheduled;

    /**
     * @param component the component whose element the connector is attached to
     * @param connector the connector's name under {@code window.Vaadin.Flow}; it has {@code sync(element, patch)}
     * @param kinds     the enum of the kinds of change
     * @param patch     builds the patch for the pending kinds of change
     */
    public ConnectorSync(Component component, String connector, Class<C> kinds, Function<Set<C>, ObjectNode> patch) {
        this.component = component;
        this.connector = connector;
        this.kinds = kinds;
        this.patch = patch;
        this.pending = EnumSet.noneOf(kinds);
    }

    /** Records a change, to be sent with the next response. */
    public void changed(C kind) {
        pending.add(kind);
        schedule();
    }

    /** Sends everything again, as after the component is attached (or re-attached) to a page. */
    public void everything() {
        pending.addAll(EnumSet.allOf(kinds));
        schedule();
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        component.getUI().ifPresent(ui -> {
            scheduled = true;
            ui.beforeClientResponse(component, context -> {
                scheduled = false;
                ObjectNode changes = patch.apply(EnumSet.copyOf(pending));
                pending.clear();
                // A component that sends only differences may find there are none.
                if (changes.isEmpty()) {
                    return;
                }
                component.getElement().executeJs("window.Vaadin.Flow." + connector + ".sync(this, $0)", changes);
            });
        });
    }
}
