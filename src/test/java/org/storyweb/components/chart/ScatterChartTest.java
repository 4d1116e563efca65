package org.storyweb.components.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the chart draws, read from its element tree as the browser receives it. The plot area of the 720 × 480 drawing
 * runs from x 84 to 704 and from y 36 (top) to 416 (bottom); the axes here make the arithmetic easy.
 */
class ScatterChartTest {

    private static final Axis X = new Axis("Chapter", 0, 10, List.of(new Axis.Tick(0, "start"), new Axis.Tick(5, "5")));
    private static final Axis Y = new Axis("Year", 1900, 2000,
            List.of(new Axis.Tick(1900, "1900s"), new Axis.Tick(1950, "1950s"), new Axis.Tick(2000, "2000s")));

    private UI ui;
    private ScatterChart chart;

    @BeforeEach
    void attach() {
        ui = new UI();
        // A session only so that the chart's keyboard script can be queued; nothing here reads it.
        ui.getInternals().setSession(Mockito.mock(VaadinSession.class));
        chart = new ScatterChart();
        chart.setAxes(X, Y);
        ui.add(chart);
    }

    /** Ends the server round-trip: what the chart schedules for the response runs now. */
    private void respond() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private Stream<Element> withClass(String className) {
        return descendants(chart.getElement()).filter(e -> !e.isTextNode() && e.getClassList().contains(className));
    }

    private List<Element> points() {
        return withClass("scatter-point").toList();
    }

    private Element point(String id) {
        return withClass("scatter-point").filter(e -> id.equals(e.getAttribute("data-point-id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no point " + id));
    }

    private static Element mark(Element point) {
        return point.getChildren().filter(e -> e.getClassList().contains("scatter-mark")).findFirst().orElseThrow();
    }

    private Element svg() {
        return chart.getElement().getChild(0);
    }

    private List<String> texts(String className) {
        return withClass(className).map(Element::getText).toList();
    }

    private void fireDom(String type, String pointId, String filter) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ScatterChart.POINT_ID, pointId);
        data.put(filter, true);
        chart.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(chart.getElement(), type, data));
    }

    @Test
    void theDrawingIsAnSvgGroupNamedByItsAccessibleLabel() {
        chart.setAccessibleLabel("When events are told and when they happened");
        respond();

        Element svg = svg();
        assertThat(svg.getTag()).isEqualTo("svg");
        // The viewBox is set in the browser (see ScatterChartIT): the element API would write it in lower case.
        assertThat(ScatterChart.VIEW_BOX).isEqualTo("0 0 720 480");
        assertThat(svg.getAttribute("role")).isEqualTo("group");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("When events are told and when they happened");
        Element title = svg.getChild(0);
        assertThat(title.getTag()).isEqualTo("title");
        assertThat(title.getText()).isEqualTo("When events are told and when they happened");
        assertThat(chart.getElement().getClassList()).contains("scatter-chart");
    }

    @Test
    void eachPointIsDrawnOnceAtItsPlaceWithLaterValuesHigherUp() {
        chart.setPoints(List.of(
                new ChartPoint("middle", 5, 1950, "Middle", null),
                new ChartPoint("corner", 10, 2000, "Top right", null),
                new ChartPoint("origin", 0, 1900, "Bottom left", null)));
        respond();

        assertThat(points()).hasSize(3);
        assertThat(mark(point("middle")).getAttribute("cx")).isEqualTo("394");
        assertThat(mark(point("middle")).getAttribute("cy")).isEqualTo("226");
        assertThat(mark(point("corner")).getAttribute("cx")).isEqualTo("704");
        assertThat(mark(point("corner")).getAttribute("cy")).isEqualTo("36");
        assertThat(mark(point("origin")).getAttribute("cx")).isEqualTo("84");
        assertThat(mark(point("origin")).getAttribute("cy")).isEqualTo("416");
        assertThat(mark(point("middle")).getTag()).isEqualTo("circle");
        assertThat(mark(point("middle")).getAttribute("r")).isEqualTo("6");
    }

    @Test
    void pointsOutsideTheAxesAreDrawnAtTheEdgeOfThePlot() {
        chart.setPoints(List.of(new ChartPoint("late", 12, 2050, "Too late", null)));
        respond();

        assertThat(mark(point("late")).getAttribute("cx")).isEqualTo("704");
        assertThat(mark(point("late")).getAttribute("cy")).isEqualTo("36");
    }

    @Test
    void everyPointHasALargerInvisibleAreaToTapBeneathAllPointsAndARingForKeyboardFocus() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null), new ChartPoint("b", 5, 1955, "B", null)));
        respond();

        List<Element> hits = withClass("scatter-hit").toList();
        assertThat(hits).extracting(e -> e.getAttribute("data-point-id")).containsExactly("a", "b");
        Element hit = hits.get(0);
        assertThat(List.of(hit.getAttribute("cx"), hit.getAttribute("cy"), hit.getAttribute("r"),
                hit.getAttribute("fill"))).containsExactly("394", "226", "18", "transparent");
        // B's area overlaps A's mark, so all areas lie beneath all marks.
        assertThat(svg().indexOfChild(hit.getParent())).isLessThan(svg().indexOfChild(point("a").getParent()));

        Element point = point("a");
        assertThat(point.getChild(0).getClassList()).contains("scatter-focus-ring");
        assertThat(point.getChild(1)).isEqualTo(mark(point));
    }

    @Test
    void ticksAndAxisTitlesAreShownAsTextAtTheirValues() {
        respond();

        Element xAxis = withClass("scatter-axis-x").findFirst().orElseThrow();
        List<Element> xLabels = descendants(xAxis).filter(e -> e.getClassList().contains("scatter-tick-label"))
                .toList();
        assertThat(xLabels).extracting(Element::getText).containsExactly("start", "5");
        assertThat(xLabels).extracting(e -> e.getAttribute("x")).containsExactly("84", "394");

        Element yAxis = withClass("scatter-axis-y").findFirst().orElseThrow();
        List<Element> yLabels = descendants(yAxis).filter(e -> e.getClassList().contains("scatter-tick-label"))
                .toList();
        assertThat(yLabels).extracting(Element::getText).containsExactly("1900s", "1950s", "2000s");
        assertThat(yLabels).extracting(e -> e.getAttribute("y")).containsExactly("416", "226", "36");

        assertThat(texts("scatter-axis-title")).containsExactly("Chapter", "Year");
        // One grid line per tick.
        assertThat(withClass("scatter-grid")).hasSize(5);
    }

    @Test
    void bandsAreShadedAcrossThePlotWithTheirCaptions() {
        chart.setBands(List.of(
                Band.alongX("one", 0, 5, "Part One", "part"),
                Band.alongX("two", 5, 10, "Part Two", "part"),
                Band.alongY("now", 1990, 2000, "England, late 1990s", "narration")));
        respond();

        assertThat(texts("scatter-band-label")).containsExactly("Part One", "Part Two", "England, late 1990s");

        Element partTwo = withClass("scatter-band").filter(e -> "two".equals(e.getAttribute("data-band-id")))
                .findFirst().orElseThrow();
        assertThat(partTwo.getClassList()).contains("scatter-band-x", "part", "is-alternate");
        Element area = partTwo.getChild(0);
        assertThat(area.getTag()).isEqualTo("rect");
        assertThat(List.of(area.getAttribute("x"), area.getAttribute("y"), area.getAttribute("width"),
                area.getAttribute("height"))).containsExactly("394", "36", "310", "380");

        Element narration = withClass("narration").findFirst().orElseThrow();
        assertThat(narration.getClassList()).contains("scatter-band-y").doesNotContain("is-alternate");
        Element strip = narration.getChild(0);
        assertThat(List.of(strip.getAttribute("x"), strip.getAttribute("y"), strip.getAttribute("width"),
                strip.getAttribute("height"))).containsExactly("84", "36", "620", "38");
    }

    @Test
    void bandsReachingBeyondTheAxesAreCutToThePlotAndBandsOutsideItAreLeftOut() {
        chart.setBands(List.of(Band.alongX("wide", -5, 5, "Wide", null), Band.alongY("gone", 2010, 2020, "Gone", null)));
        respond();

        assertThat(texts("scatter-band-label")).containsExactly("Wide");
        Element area = withClass("scatter-band-area").findFirst().orElseThrow();
        assertThat(area.getAttribute("x")).isEqualTo("84");
        assertThat(area.getAttribute("width")).isEqualTo("310");
    }

    @Test
    void eachPointIsAButtonThatSaysWhatAndWhereItIs() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "Tommy's tantrum", null),
                new ChartPoint("b", 2.5, 1930, "Hailsham", null).withSpan(1920, 1940)));
        respond();

        Element a = point("a");
        assertThat(a.getAttribute("role")).isEqualTo("button");
        assertThat(a.getAttribute("tabindex")).isEqualTo("0");
        assertThat(a.getAttribute("aria-label")).isEqualTo("Tommy's tantrum — Chapter 5, Year 1950s");
        assertThat(point("b").getAttribute("aria-label")).isEqualTo("Hailsham — Chapter 2.5, Year between 1920 and 1940");
    }

    @Test
    void theCallerCanWordWhatAScreenReaderSaysForAPoint() {
        chart.setPoints(List.of(new ChartPoint("a", 1, 1970, "Tommy's tantrum", null)));
        chart.setAccessibleLabelGenerator(point -> point.label() + " — told in chapter " + (int) point.x()
                + ", happened 1970s");
        respond();

        assertThat(point("a").getAttribute("aria-label"))
                .isEqualTo("Tommy's tantrum — told in chapter 1, happened 1970s");
    }

    @Test
    void tabReachesThePointsInXOrderAndPointsWithTheSameXKeepTheirOrder() {
        chart.setPoints(List.of(
                new ChartPoint("c", 9, 1950, "C", null),
                new ChartPoint("a2", 1, 1990, "A second", null),
                new ChartPoint("b", 4, 1910, "B", null),
                new ChartPoint("a1", 1, 1920, "A first", null)));
        respond();

        assertThat(points()).extracting(e -> e.getAttribute("data-point-id")).containsExactly("a2", "a1", "b", "c");
    }

    @Test
    void theSelectedPointIsALargerOutlinedDiamondMarkedAsCurrentWithItsLabelShown() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "Chosen", null), new ChartPoint("b", 6, 1960, "Other",
                null)));
        chart.setSelectedPoint("a");
        respond();

        Element a = point("a");
        assertThat(a.getClassList()).contains("scatter-point", "is-selected");
        assertThat(a.getAttribute("aria-current")).isEqualTo("true");
        assertThat(mark(a).getTag()).isEqualTo("path");
        assertThat(mark(a).getAttribute("d")).isEqualTo("M394,215 L405,226 L394,237 L383,226 Z");
        assertThat(point("b").getClassList()).doesNotContain("is-selected");
        assertThat(point("b").hasAttribute("aria-current")).isFalse();
        assertThat(mark(point("b")).getTag()).isEqualTo("circle");
        assertThat(texts("scatter-callout")).containsExactly("Chosen");
        assertThat(chart.getSelectedPoint()).contains("a");

        chart.setSelectedPoint(null);
        respond();
        assertThat(withClass("is-selected")).isEmpty();
        assertThat(texts("scatter-callout")).isEmpty();
    }

    @Test
    void anApproximateValueShowsAsAThinLineBehindItsPoint() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "About 1950", null).withSpan(1940, 1960),
                new ChartPoint("b", 6, 1950, "Exactly 1950", null)));
        respond();

        List<Element> spans = withClass("scatter-span").toList();
        assertThat(spans).hasSize(1);
        Element span = spans.get(0);
        assertThat(List.of(span.getAttribute("x1"), span.getAttribute("y1"), span.getAttribute("x2"),
                span.getAttribute("y2"))).containsExactly("394", "188", "394", "264");
        // Drawn before, and so behind, the points.
        Element spanLayer = span.getParent();
        Element pointLayer = point("a").getParent();
        assertThat(svg().indexOfChild(spanLayer)).isLessThan(svg().indexOfChild(pointLayer));
    }

    @Test
    void theConnectingLineRunsThroughThePointsInXOrderAndCanBeHidden() {
        chart.setPoints(List.of(new ChartPoint("c", 10, 1900, "C", null), new ChartPoint("a", 0, 1900, "A", null),
                new ChartPoint("b", 5, 2000, "B", null)));
        respond();
        assertThat(withClass("scatter-line")).isEmpty();

        chart.setConnected(true);
        respond();
        List<Element> lines = withClass("scatter-line").toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getTag()).isEqualTo("polyline");
        assertThat(lines.get(0).getAttribute("points")).isEqualTo("84,416 394,36 704,416");

        chart.setConnected(false);
        respond();
        assertThat(withClass("scatter-line")).isEmpty();
    }

    @Test
    void labelsAreShownAsTextAndNeverBecomeMarkup() {
        String evil = "<script>alert('x')</script><b>bold</b>";
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, evil, null)));
        chart.setBands(List.of(Band.alongX("b", 0, 5, evil, null)));
        chart.setAccessibleLabel(evil);
        chart.setSelectedPoint("a");
        respond();

        Element callout = withClass("scatter-callout").findFirst().orElseThrow();
        assertThat(callout.getChildCount()).isEqualTo(1);
        assertThat(callout.getChild(0).isTextNode()).isTrue();
        assertThat(callout.getText()).isEqualTo(evil);
        assertThat(texts("scatter-band-label")).containsExactly(evil);
        assertThat(point("a").getAttribute("aria-label")).startsWith(evil);
        assertThat(descendants(chart.getElement()).filter(e -> !e.isTextNode()).map(Element::getTag))
                .doesNotContain("script", "b");
    }

    @Test
    void clickingOrPressingEnterOnAPointSelectsItAndReportsItsId() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null), new ChartPoint("b", 6, 1960, "B", null)));
        respond();
        List<PointSelectEvent> events = new ArrayList<>();
        chart.addPointSelectListener(events::add);

        fireDom("click", "b", ScatterChart.ON_POINT);
        respond();

        assertThat(events).extracting(PointSelectEvent::pointId).containsExactly("b");
        assertThat(events.get(0).isFromClient()).isTrue();
        assertThat(events.get(0).point()).map(ChartPoint::label).contains("B");
        assertThat(point("b").getClassList()).contains("is-selected");
        assertThat(chart.getSelectedPoint()).contains("b");

        fireDom("keydown", "a", ScatterChart.SELECT_KEY);
        respond();

        assertThat(events).extracting(PointSelectEvent::pointId).containsExactly("b", "a");
        assertThat(point("a").getClassList()).contains("is-selected");
        assertThat(point("b").getClassList()).doesNotContain("is-selected");
    }

    @Test
    void aClickOnAPointThatIsNoLongerThereIsIgnored() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null)));
        respond();
        List<PointSelectEvent> events = new ArrayList<>();
        chart.addPointSelectListener(events::add);

        fireDom("click", "gone", ScatterChart.ON_POINT);

        assertThat(events).isEmpty();
        assertThat(chart.getSelectedPoint()).isEmpty();
    }

    @Test
    void selectingFromTheServerFiresNoEvent() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null)));
        List<PointSelectEvent> events = new ArrayList<>();
        chart.addPointSelectListener(events::add);

        chart.setSelectedPoint("a");
        respond();

        assertThat(events).isEmpty();
        assertThat(point("a").getClassList()).contains("is-selected");
    }

    @Test
    void changesDuringOneRoundTripAreDrawnTogetherBeforeTheResponse() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null)));
        chart.setConnected(true);
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null), new ChartPoint("b", 6, 1960, "B", null)));
        chart.setSelectedPoint("b");

        assertThat(points()).isEmpty();
        respond();

        assertThat(points()).hasSize(2);
        assertThat(withClass("scatter-line")).hasSize(1);
        assertThat(point("b").getClassList()).contains("is-selected");
    }

    @Test
    void aPointKeepsItsElementWhenTheChartIsRedrawnSoKeyboardFocusStaysOnIt() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null), new ChartPoint("b", 6, 1960, "B", null)));
        respond();
        Element a = point("a");
        Element b = point("b");

        chart.setSelectedPoint("a");
        chart.setPoints(List.of(new ChartPoint("z", 1, 1950, "Z", null), new ChartPoint("a", 5, 1955, "A", null),
                new ChartPoint("b", 6, 1960, "B", null)));
        respond();

        // The same state node is the same element in the browser.
        assertThat(point("a").getNode()).isSameAs(a.getNode());
        assertThat(point("b").getNode()).isSameAs(b.getNode());
        assertThat(points()).extracting(e -> e.getAttribute("data-point-id")).containsExactly("z", "a", "b");
        assertThat(mark(a).getAttribute("d")).isEqualTo("M394,196 L405,207 L394,218 L383,207 Z");
    }

    @Test
    void pointsThatAreRemovedDisappear() {
        chart.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null), new ChartPoint("b", 6, 1960, "B", null)));
        respond();

        chart.setPoints(List.of(new ChartPoint("b", 6, 1960, "B", null)));
        respond();

        assertThat(points()).extracting(e -> e.getAttribute("data-point-id")).containsExactly("b");
    }

    @Test
    void aChartAttachedLaterIsDrawnWhenAttached() {
        ScatterChart later = new ScatterChart();
        later.setAxes(X, Y);
        later.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null)));
        ui.add(later);
        respond();

        assertThat(descendants(later.getElement()).filter(e -> !e.isTextNode()
                && e.getClassList().contains("scatter-point"))).hasSize(1);
    }

    @Test
    void theRenderMethodDrawsWithoutAPage() {
        ScatterChart detached = new ScatterChart();
        detached.setAxes(X, Y);
        detached.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null)));
        detached.render();

        assertThat(descendants(detached.getElement()).filter(e -> !e.isTextNode()
                && e.getClassList().contains("scatter-point"))).extracting(e -> e.getAttribute("aria-label"))
                .containsExactly("A — Chapter 5, Year 1950s");
    }

    @Test
    void aChartCanBeStoredWithItsSession() throws Exception {
        ScatterChart stored = new ScatterChart();
        stored.setAxes(X, Y);
        stored.setBands(List.of(Band.alongX("one", 0, 5, "Part One", null)));
        stored.setPoints(List.of(new ChartPoint("a", 5, 1950, "A", null).withSpan(1940, 1960)));
        stored.setAccessibleLabelGenerator(point -> point.label() + " in words");
        stored.render();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stored);
        }
        ScatterChart restored;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (ScatterChart) in.readObject();
        }

        // A session restored on another server draws the same chart, with the same words for each point.
        assertThat(restored.getPoints()).isEqualTo(stored.getPoints());
        assertThat(restored.getBands()).isEqualTo(stored.getBands());
        restored.render();
        assertThat(descendants(restored.getElement()).filter(e -> !e.isTextNode()
                && e.getClassList().contains("scatter-point"))).extracting(e -> e.getAttribute("aria-label"))
                .containsExactly("A in words");
    }

    @Test
    void wrongDataIsRejectedWithASentenceNamingIt() {
        assertThatThrownBy(() -> new ChartPoint("a", 1, 1950, "A", null).withSpan(1960, 1970))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'").hasMessageContaining("span");
        assertThatThrownBy(() -> new ChartPoint("a", 1, 1950, 1940.0, null, "A", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both or neither");
        assertThatThrownBy(() -> new Axis("x", 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min below max");
        assertThatThrownBy(() -> new Axis("x", 0, 10, List.of(new Axis.Tick(11, "eleven"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'eleven'");
        assertThatThrownBy(() -> Band.alongX("b", 3, 2, "B", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> chart.setPoints(List.of(new ChartPoint("a", 1, 1950, "A", null),
                new ChartPoint("a", 2, 1960, "A again", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    @Test
    void numbersInTheDrawingHaveAtMostTwoDecimalsAndNoLocale() {
        assertThat(ScatterChart.number(394)).isEqualTo("394");
        assertThat(ScatterChart.number(12.3456)).isEqualTo("12.35");
        assertThat(ScatterChart.number(-0.001)).isEqualTo("0");
        assertThat(ScatterChart.number(1200.5)).isEqualTo("1200.5");
        assertThat(ScatterChart.number(100)).isEqualTo("100");
    }
}
