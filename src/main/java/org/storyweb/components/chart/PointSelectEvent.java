package org.storyweb.components.chart;

import com.vaadin.flow.component.ComponentEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * The user selected a point of a {@link ScatterChart}, by clicking or tapping it or by pressing Enter or Space on it.
 * The chart has already drawn it as selected. Not fired by {@link ScatterChart#setSelectedPoint}.
 */
public class PointSelectEvent extends ComponentEvent<ScatterChart> {

    private final String pointId;

    public PointSelectEvent(ScatterChart source, boolean fromClient, String pointId) {
        super(source, fromClient);
        this.pointId = Objects.requireNonNull(pointId, "pointId");
    }

    public String pointId() {
        return pointId;
    }

    /** The selected point, as the chart holds it now. */
    public Optional<ChartPoint> point() {
        return getSource().getPoints().stream().filter(point -> point.id().equals(pointId)).findFirst();
    }
}
