package org.storyweb.components.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import java.util.List;

/** A page with only a scatter chart, for {@link ScatterChartIT}; exists in tests only. */
@Route("test/scatter-chart")
public class ScatterChartTestView extends Div {

    public ScatterChartTestView() {
        ScatterChart chart = new ScatterChart();
        chart.setId("chart");
        chart.setAccessibleLabel("Test chart");
        chart.setAxes(new Axis("Chapter", 0.5, 6.5, List.of(new Axis.Tick(1, "1"), new Axis.Tick(2, "2"),
                        new Axis.Tick(3, "3"), new Axis.Tick(4, "4"), new Axis.Tick(5, "5"), new Axis.Tick(6, "6"))),
                new Axis("Year", 1950, 2000, List.of(new Axis.Tick(1960, "1960s"), new Axis.Tick(1990, "1990s"))));
        chart.setBands(List.of(Band.alongX("one", 0.5, 3.5, "Part One", null),
                Band.alongX("two", 3.5, 6.5, "Part Two", null),
                Band.alongY("now", 1995, 2000, "Now", null)));
        chart.setPoints(List.of(
                new ChartPoint("now", 1, 1998, "Now", null),
                new ChartPoint("early", 2, 1960, "Early", null).withSpan(1955, 1965),
                // Close enough that its touch area overlaps the mark of "early".
                new ChartPoint("close", 2, 1963, "Close", null),
                new ChartPoint("middle", 4, 1975, "Middle", null),
                new ChartPoint("late", 6, 1990, "Late", null)));
        chart.setConnected(true);

        Paragraph selected = new Paragraph("none");
        selected.setId("selected");
        chart.addPointSelectListener(event -> selected.setText(event.pointId()));

        // Content below the chart, so that a scrolling page would show.
        Div filler = new Div();
        filler.setHeight("200vh");
        add(chart, selected, filler);
    }
}
