package org.storyweb.components.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A scatter chart of labelled points on two axes, drawn as an inline SVG that scales to its container. It knows
 * nothing about what the points mean.
 * <p>
 * Points may carry a span on y, drawn as a thin line behind the point. Shaded {@link Band}s with captions mark regions
 * along either axis. A line can connect the points in x order. y grows upward.
 * <p>
 * Every point is a button for assistive technology and the keyboard: Tab reaches the points in x order (points with
 * the same x keep the order they were given in), Left and Right arrows move to the previous and next point, Home and
 * End to the first and last, and Enter or Space selects, as a click or tap does; the user's selection is reported as a
 * {@link PointSelectEvent}. A selected point is drawn larger and as a diamond with a dark outline, so it does not
 * depend on colour. Text is always set as text, never as markup.
 * <p>
 * The drawing is built on the server with the element API, so the component needs no npm package; changes made during
 * one server round-trip are drawn once, just before the response. Points keep their elements from one drawing to the
 * next, so a point that has keyboard focus keeps it when the chart is redrawn. Points outside the axes are drawn at
 * the edge of the plot.
 * <p>
 * The look comes from CSS classes ({@code scatter-point}, {@code is-selected}, {@code scatter-band},
 * {@code scatter-axis}, {@code scatter-line}, {@code scatter-span}, ...) with defaults in {@code scatter-chart.css};
 * the classes of {@link ChartPoint#className()} and {@link Band#className()} are added for styling by the caller.
 */
@Tag("div")
@StyleSheet("components/chart/scatter-chart.css")
public class ScatterChart extends Component implements HasSize, HasStyle {

    // The drawing's coordinate system (the SVG viewBox) and the plot area inside it, leaving room for labels.
    static final double WIDTH = 720;
    static final double HEIGHT = 480;
    static final double PLOT_LEFT = 84;
    static final double PLOT_RIGHT = 704;
    static final double PLOT_TOP = 36;
    static final double PLOT_BOTTOM = 416;

    static final double MARK_RADIUS = 6;
    static final double SELECTED_MARK_SIZE = 11;
    // About 26 CSS pixels across on a phone, where the drawing is scaled down to roughly 0.7.
    static final double HIT_RADIUS = 18;

    // Event data and filters, evaluated in the browser; the browser sends the point's id only.
    // Points and their touch areas both carry the point's id.
    static final String POINT_ID = "event.target.closest('[data-point-id]')?.getAttribute('data-point-id')";
    static final String ON_POINT = "!!event.target.closest('[data-point-id]')";
    static final String SELECT_KEY = "(event.key === 'Enter' || event.key === ' ') && !event.repeat && " + ON_POINT;

    static final String VIEW_BOX = "0 0 " + number(WIDTH) + " " + number(HEIGHT);

    /*
     * Runs on every attach, as the browser's elements are new then. The element API writes attribute names in lower
     * case, and SVG ignores "viewbox", so the viewBox is set here. The key handler moves focus between points with
     * the arrow keys, which must not wait for the server, and keeps Space from scrolling the page.
     */
    private static final String CLIENT_SCRIPT = """
            const host = this;
            host.querySelector(':scope > svg').setAttribute('viewBox', $0);
            if (host.$scatterKeys) {
              return;
            }
            host.$scatterKeys = event => {
              const point = event.target.closest('.scatter-point');
              if (!point || !host.contains(point) || event.altKey || event.ctrlKey || event.metaKey) {
                return;
              }
              if (event.key === ' ') {
                event.preventDefault();
                return;
              }
              const points = Array.from(host.querySelectorAll('.scatter-point'));
              const index = points.indexOf(point);
              const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: points.length - 1 };
              if (Object.hasOwn(moves, event.key)) {
                event.preventDefault();
                points[moves[event.key]]?.focus();
              }
            };
            host.addEventListener('keydown', host.$scatterKeys);
            """;

    private List<ChartPoint> points = List.of();
    private Axis xAxis = new Axis("", 0, 1);
    private Axis yAxis = new Axis("", 0, 1);
    private List<Band> bands = List.of();
    private boolean connected;
    private String selectedPointId;
    private String accessibleLabel = "Scatter chart";
    private SerializableFunction<ChartPoint, String> accessibleLabelGenerator;

    private final Element svg = new Element("svg");
    private final Element title = new Element("title");
    private final Element bandLayer = layer("scatter-bands", true);
    private final Element axisLayer = layer("scatter-axes", true);
    private final Element lineLayer = layer("scatter-lines", true);
    private final Element spanLayer = layer("scatter-spans", true);
    // Touch areas lie beneath all points, so that a point's own mark is never covered by its neighbour's area.
    private final Element hitLayer = layer("scatter-hits", true);
    private final Element pointLayer = layer("scatter-points", false);
    private final Element calloutLayer = layer("scatter-callouts", true);
    // One element per point id, reused from one drawing to the next so that keyboard focus survives a redraw.
    private final Map<String, Element> pointElements = new HashMap<>();
    private final Map<String, PointDrawing> drawnPoints = new HashMap<>();

    /** The parts of the drawing, each redrawn only when something it shows has changed. */
    private enum Part {
        LABEL, BANDS, AXES, LINE, SPANS, POINTS, CALLOUT
    }

    /** What a point's element shows; when it is unchanged, the element is left alone. */
    private record PointDrawing(ChartPoint point, boolean selected, double x, double y, String accessibleLabel)
            implements Serializable {
    }

    private final Set<Part> stale = EnumSet.allOf(Part.class);
    private boolean scheduled;

    public ScatterChart() {
        addClassName("scatter-chart");
        // Points are interactive, so the drawing is a group of buttons rather than one image.
        svg.setAttribute("role", "group");
        svg.setAttribute("font-size", "17");
        svg.getClassList().add("scatter-svg");
        svg.appendChild(title, bandLayer, axisLayer, lineLayer, spanLayer, hitLayer, pointLayer, calloutLayer);
        // The selected point's caption must not catch clicks meant for the points beneath it.
        calloutLayer.setAttribute("pointer-events", "none");
        getElement().appendChild(svg);

        getElement().addEventListener("click", this::pointActivated)
                .addEventData(POINT_ID)
                .setFilter(ON_POINT);
        getElement().addEventListener("keydown", this::pointActivated)
                .addEventData(POINT_ID)
                .setFilter(SELECT_KEY);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(CLIENT_SCRIPT, VIEW_BOX);
        if (!stale.isEmpty()) {
            schedule(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // A scheduled drawing waits for the next attach, which schedules again if still needed.
        scheduled = false;
    }

    /**
     * Replaces the points.
     *
     * @throws IllegalArgumentException if two points have the same id
     */
    public void setPoints(Collection<ChartPoint> points) {
        List<ChartPoint> copy = List.copyOf(points);
        requireUniqueIds(copy.stream().map(ChartPoint::id).toList(), "points");
        this.points = copy;
        changed(Part.LINE, Part.SPANS, Part.POINTS, Part.CALLOUT);
    }

    /** The points, in the order they were given. */
    public List<ChartPoint> getPoints() {
        return points;
    }

    /** Sets both axes: x runs left to right, y bottom to top. */
    public void setAxes(Axis xAxis, Axis yAxis) {
        this.xAxis = Objects.requireNonNull(xAxis, "xAxis");
        this.yAxis = Objects.requireNonNull(yAxis, "yAxis");
        // Everything is placed by the axes.
        changed(Part.values());
    }

    public Axis getXAxis() {
        return xAxis;
    }

    public Axis getYAxis() {
        return yAxis;
    }

    /**
     * Replaces the shaded bands.
     *
     * @throws IllegalArgumentException if two bands have the same id
     */
    public void setBands(Collection<Band> bands) {
        List<Band> copy = List.copyOf(bands);
        requireUniqueIds(copy.stream().map(Band::id).toList(), "bands");
        this.bands = copy;
        changed(Part.BANDS);
    }

    public List<Band> getBands() {
        return bands;
    }

    /** Whether a line connects the points in x order, showing how they jump up and down. Off at first. */
    public void setConnected(boolean connected) {
        if (connected != this.connected) {
            this.connected = connected;
            changed(Part.LINE);
        }
    }

    public boolean isConnected() {
        return connected;
    }

    /**
     * Draws this point as selected, without firing a {@link PointSelectEvent}; null clears the selection. An id that
     * is not among the points selects nothing visible until such a point is set.
     */
    public void setSelectedPoint(String pointId) {
        if (!Objects.equals(pointId, selectedPointId)) {
            this.selectedPointId = pointId;
            changed(Part.SPANS, Part.POINTS, Part.CALLOUT);
        }
    }

    /** The id of the selected point, chosen by the user or set with {@link #setSelectedPoint}. */
    public Optional<String> getSelectedPoint() {
        return Optional.ofNullable(selectedPointId);
    }

    /** The name a screen reader announces for the chart as a whole, also shown as its tooltip. */
    public void setAccessibleLabel(String label) {
        this.accessibleLabel = Objects.requireNonNull(label, "label");
        changed(Part.LABEL);
    }

    public String getAccessibleLabel() {
        return accessibleLabel;
    }

    /**
     * Sets what a screen reader announces for each point: its label and where it is, in words, such as "Tommy's
     * tantrum — told in chapter 1, happened 1970s". Null restores the default, which names the point's position with
     * the axis titles and the tick labels (or numbers), and a span as "between ... and ...".
     */
    public void setAccessibleLabelGenerator(SerializableFunction<ChartPoint, String> generator) {
        this.accessibleLabelGenerator = generator;
        changed(Part.POINTS);
    }

    /** Listens for the user selecting a point. */
    public Registration addPointSelectListener(ComponentEventListener<PointSelectEvent> listener) {
        return addListener(PointSelectEvent.class, listener);
    }

    private void pointActivated(DomEvent event) {
        JsonNode id = event.getEventData().get(POINT_ID);
        if (id == null || !id.isString()) {
            return;
        }
        // The browser may be behind the server: ignore points that are no longer there.
        String pointId = id.asString();
        if (points.stream().noneMatch(point -> point.id().equals(pointId))) {
            return;
        }
        setSelectedPoint(pointId);
        fireEvent(new PointSelectEvent(this, true, pointId));
    }

    private void changed(Part... parts) {
        stale.addAll(List.of(parts));
        getUI().ifPresent(this::schedule);
    }

    private void schedule(UI ui) {
        if (scheduled) {
            return;
        }
        scheduled = true;
        ui.beforeClientResponse(this, context -> {
            scheduled = false;
            render();
        });
    }

    /** Brings the drawing up to date with the chart's state. */
    void render() {
        if (stale.isEmpty()) {
            return;
        }
        Set<Part> parts = EnumSet.copyOf(stale);
        stale.clear();
        List<ChartPoint> ordered = points.stream().sorted(Comparator.comparingDouble(ChartPoint::x)).toList();
        if (parts.contains(Part.LABEL)) {
            svg.setAttribute("aria-label", accessibleLabel);
            title.setText(accessibleLabel);
        }
        if (parts.contains(Part.BANDS)) {
            renderBands();
        }
        if (parts.contains(Part.AXES)) {
            renderAxes();
        }
        if (parts.contains(Part.LINE)) {
            renderLine(ordered);
        }
        if (parts.contains(Part.SPANS)) {
            renderSpans(ordered);
        }
        if (parts.contains(Part.POINTS)) {
            renderPoints(ordered);
        }
        if (parts.contains(Part.CALLOUT)) {
            renderCallout(ordered.stream().filter(point -> point.id().equals(selectedPointId)).findFirst()
                    .orElse(null));
        }
    }

    private void renderBands() {
        bandLayer.removeAllChildren();
        int[] alternate = new int[Band.Dimension.values().length];
        for (Band band : bands.stream().sorted(Comparator.comparingDouble(Band::from)).toList()) {
            Element group = new Element("g");
            group.setAttribute("data-band-id", band.id());
            addClasses(group, "scatter-band", band.dimension() == Band.Dimension.X ? "scatter-band-x" : "scatter-band-y",
                    alternate[band.dimension().ordinal()]++ % 2 == 1 ? "is-alternate" : null, band.className());
            Element area = svgElement("rect", "scatter-band-area");
            Element caption = svgElement("text", "scatter-band-label");
            caption.setText(band.label());
            if (band.dimension() == Band.Dimension.X) {
                double left = clamp(x(band.from()), PLOT_LEFT, PLOT_RIGHT);
                double right = clamp(x(band.to()), PLOT_LEFT, PLOT_RIGHT);
                if (right <= left) {
                    continue;
                }
                rect(area, left, PLOT_TOP, right - left, PLOT_BOTTOM - PLOT_TOP);
                // Captions of strips along x sit above the plot, clear of the points and of strips along y.
                caption.setAttribute("x", number((left + right) / 2));
                caption.setAttribute("y", number(PLOT_TOP - 12));
                caption.setAttribute("text-anchor", "middle");
            } else {
                double top = clamp(y(band.to()), PLOT_TOP, PLOT_BOTTOM);
                double bottom = clamp(y(band.from()), PLOT_TOP, PLOT_BOTTOM);
                if (bottom <= top) {
                    continue;
                }
                rect(area, PLOT_LEFT, top, PLOT_RIGHT - PLOT_LEFT, bottom - top);
                caption.setAttribute("x", number(PLOT_LEFT + 8));
                caption.setAttribute("y", number(top + 20));
                caption.setAttribute("text-anchor", "start");
            }
            group.appendChild(area, caption);
            bandLayer.appendChild(group);
        }
    }

    private void renderAxes() {
        axisLayer.removeAllChildren();

        Element horizontal = svgElement("g", "scatter-axis scatter-axis-x");
        for (Axis.Tick tick : xAxis.ticks()) {
            double x = x(tick.value());
            horizontal.appendChild(line("scatter-grid", x, PLOT_TOP, x, PLOT_BOTTOM),
                    line("scatter-tick", x, PLOT_BOTTOM, x, PLOT_BOTTOM + 6),
                    text("scatter-tick-label", tick.label(), x, PLOT_BOTTOM + 26, "middle"));
        }
        horizontal.appendChild(line("scatter-axis-line", PLOT_LEFT, PLOT_BOTTOM, PLOT_RIGHT, PLOT_BOTTOM));
        if (!xAxis.title().isEmpty()) {
            horizontal.appendChild(text("scatter-axis-title", xAxis.title(), (PLOT_LEFT + PLOT_RIGHT) / 2,
                    HEIGHT - 10, "middle"));
        }

        Element vertical = svgElement("g", "scatter-axis scatter-axis-y");
        for (Axis.Tick tick : yAxis.ticks()) {
            double y = y(tick.value());
            Element label = text("scatter-tick-label", tick.label(), PLOT_LEFT - 10, y, "end");
            label.setAttribute("dy", "0.35em");
            vertical.appendChild(line("scatter-grid", PLOT_LEFT, y, PLOT_RIGHT, y),
                    line("scatter-tick", PLOT_LEFT - 6, y, PLOT_LEFT, y), label);
        }
        vertical.appendChild(line("scatter-axis-line", PLOT_LEFT, PLOT_TOP, PLOT_LEFT, PLOT_BOTTOM));
        if (!yAxis.title().isEmpty()) {
            Element axisTitle = text("scatter-axis-title", yAxis.title(), 0, 0, "middle");
            axisTitle.setAttribute("transform",
                    "translate(22 " + number((PLOT_TOP + PLOT_BOTTOM) / 2) + ") rotate(-90)");
            vertical.appendChild(axisTitle);
        }

        axisLayer.appendChild(horizontal, vertical);
    }

    private void renderLine(List<ChartPoint> ordered) {
        lineLayer.removeAllChildren();
        if (!connected || ordered.size() < 2) {
            return;
        }
        StringBuilder coordinates = new StringBuilder();
        for (ChartPoint point : ordered) {
            if (!coordinates.isEmpty()) {
                coordinates.append(' ');
            }
            coordinates.append(number(pointX(point))).append(',').append(number(pointY(point.y())));
        }
        Element polyline = svgElement("polyline", "scatter-line");
        polyline.setAttribute("points", coordinates.toString());
        polyline.setAttribute("fill", "none");
        lineLayer.appendChild(polyline);
    }

    private void renderSpans(List<ChartPoint> ordered) {
        spanLayer.removeAllChildren();
        for (ChartPoint point : ordered) {
            if (point.hasSpan()) {
                double x = pointX(point);
                Element span = line("scatter-span", x, pointY(point.yHigh()), x, pointY(point.yLow()));
                if (point.id().equals(selectedPointId)) {
                    span.getClassList().add("is-selected");
                }
                spanLayer.appendChild(span);
            }
        }
    }

    private void renderPoints(List<ChartPoint> ordered) {
        hitLayer.removeAllChildren();
        List<Element> wanted = new ArrayList<>(ordered.size());
        Set<String> ids = new HashSet<>();
        for (ChartPoint point : ordered) {
            ids.add(point.id());
            PointDrawing drawing = new PointDrawing(point, point.id().equals(selectedPointId), pointX(point),
                    pointY(point.y()), accessibleLabel(point));
            Element group = pointElements.computeIfAbsent(point.id(), id -> new Element("g"));
            if (!drawing.equals(drawnPoints.put(point.id(), drawing))) {
                drawPoint(group, drawing);
            }
            wanted.add(group);

            Element hit = circle("scatter-hit", drawing.x(), drawing.y(), HIT_RADIUS);
            hit.setAttribute("data-point-id", point.id());
            hit.setAttribute("fill", "transparent");
            hitLayer.appendChild(hit);
        }
        pointElements.keySet().retainAll(ids);
        drawnPoints.keySet().retainAll(ids);
        // Move or remove only what changed, so a focused point stays in the page.
        Set<Element> keep = new HashSet<>(wanted);
        for (Element child : pointLayer.getChildren().toList()) {
            if (!keep.contains(child)) {
                pointLayer.removeChild(child);
            }
        }
        for (int index = 0; index < wanted.size(); index++) {
            Element group = wanted.get(index);
            if (index >= pointLayer.getChildCount() || !pointLayer.getChild(index).equals(group)) {
                pointLayer.insertChild(index, group);
            }
        }
    }

    private void drawPoint(Element group, PointDrawing drawing) {
        ChartPoint point = drawing.point();
        boolean selected = drawing.selected();
        double x = drawing.x();
        double y = drawing.y();

        Set<String> classes = classes("scatter-point", selected ? "is-selected" : null, point.className());
        group.getClassList().retainAll(classes);
        group.getClassList().addAll(classes);
        group.setAttribute("data-point-id", point.id());
        group.setAttribute("tabindex", "0");
        group.setAttribute("role", "button");
        group.setAttribute("aria-label", drawing.accessibleLabel());
        if (selected) {
            group.setAttribute("aria-current", "true");
        } else {
            group.removeAttribute("aria-current");
        }

        // The group keeps its element (and so its focus); only its drawing is replaced.
        group.removeAllChildren();
        Element ring = circle("scatter-focus-ring", x, y, (selected ? SELECTED_MARK_SIZE : MARK_RADIUS) + 6);
        ring.setAttribute("fill", "none");
        Element mark;
        if (selected) {
            double s = SELECTED_MARK_SIZE;
            mark = svgElement("path", "scatter-mark");
            mark.setAttribute("d", "M" + number(x) + "," + number(y - s) + " L" + number(x + s) + "," + number(y)
                    + " L" + number(x) + "," + number(y + s) + " L" + number(x - s) + "," + number(y) + " Z");
        } else {
            mark = circle("scatter-mark", x, y, MARK_RADIUS);
        }
        group.appendChild(ring, mark);
    }

    private void renderCallout(ChartPoint selected) {
        calloutLayer.removeAllChildren();
        if (selected == null) {
            return;
        }
        // The selected point's label, shown beside it on the side with more room.
        double x = pointX(selected);
        double y = pointY(selected.y());
        boolean leftHalf = x < (PLOT_LEFT + PLOT_RIGHT) / 2;
        double labelY = y - 18 > PLOT_TOP + 12 ? y - 18 : y + 32;
        calloutLayer.appendChild(text("scatter-callout", selected.label(), leftHalf ? x + 14 : x - 14, labelY,
                leftHalf ? "start" : "end"));
    }

    private String accessibleLabel(ChartPoint point) {
        if (accessibleLabelGenerator != null) {
            return Objects.requireNonNullElse(accessibleLabelGenerator.apply(point), point.label());
        }
        String yText = point.hasSpan()
                ? "between " + valueText(yAxis, point.yLow()) + " and " + valueText(yAxis, point.yHigh())
                : valueText(yAxis, point.y());
        return point.label() + " — " + titled(xAxis, valueText(xAxis, point.x())) + ", " + titled(yAxis, yText);
    }

    private static String titled(Axis axis, String value) {
        return axis.title().isEmpty() ? value : axis.title() + " " + value;
    }

    /** A tick's label when the value is exactly on a tick, otherwise the number. */
    private static String valueText(Axis axis, double value) {
        return axis.ticks().stream().filter(tick -> tick.value() == value).map(Axis.Tick::label).findFirst()
                .orElseGet(() -> number(value));
    }

    private double x(double value) {
        return PLOT_LEFT + xAxis.fraction(value) * (PLOT_RIGHT - PLOT_LEFT);
    }

    // y grows upward, the SVG's y downward.
    private double y(double value) {
        return PLOT_BOTTOM - yAxis.fraction(value) * (PLOT_BOTTOM - PLOT_TOP);
    }

    private double pointX(ChartPoint point) {
        return clamp(x(point.x()), PLOT_LEFT, PLOT_RIGHT);
    }

    private double pointY(double value) {
        return clamp(y(value), PLOT_TOP, PLOT_BOTTOM);
    }

    private static Element layer(String className, boolean decorative) {
        Element layer = svgElement("g", className);
        if (decorative) {
            // Screen readers get the points, whose labels say where they are; the rest is for the eye.
            layer.setAttribute("aria-hidden", "true");
        }
        return layer;
    }

    private static Element svgElement(String tag, String classNames) {
        Element element = new Element(tag);
        addClasses(element, classNames);
        return element;
    }

    private static void addClasses(Element element, String... classNames) {
        element.getClassList().addAll(classes(classNames));
    }

    /** The single class names in these space-separated lists; nulls are skipped. */
    private static Set<String> classes(String... classNames) {
        Set<String> classes = new LinkedHashSet<>();
        for (String names : classNames) {
            if (names != null) {
                for (String name : names.trim().split("\\s+")) {
                    if (!name.isEmpty()) {
                        classes.add(name);
                    }
                }
            }
        }
        return classes;
    }

    private static Element line(String className, double x1, double y1, double x2, double y2) {
        Element line = svgElement("line", className);
        line.setAttribute("x1", number(x1));
        line.setAttribute("y1", number(y1));
        line.setAttribute("x2", number(x2));
        line.setAttribute("y2", number(y2));
        return line;
    }

    private static Element circle(String className, double cx, double cy, double r) {
        Element circle = svgElement("circle", className);
        circle.setAttribute("cx", number(cx));
        circle.setAttribute("cy", number(cy));
        circle.setAttribute("r", number(r));
        return circle;
    }

    private static void rect(Element rect, double x, double y, double width, double height) {
        rect.setAttribute("x", number(x));
        rect.setAttribute("y", number(y));
        rect.setAttribute("width", number(width));
        rect.setAttribute("height", number(height));
    }

    private static Element text(String className, String content, double x, double y, String anchor) {
        Element text = svgElement("text", className);
        text.setAttribute("x", number(x));
        text.setAttribute("y", number(y));
        text.setAttribute("text-anchor", anchor);
        text.setText(content);
        return text;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A coordinate for an attribute: at most two decimals, no trailing zeros, no locale. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(Math.round(value * 100)).movePointLeft(2).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Two of the " + what + " have the id '" + id + "'.");
            }
        }
    }
}
