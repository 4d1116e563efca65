package org.storyweb.components.timeline;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.storyweb.components.ConnectorSync;
import org.storyweb.components.SentList;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A zoomable timeline of items in rows (groups), with shaded background spans, selection, a visible window that can
 * be read and set, focus on an item, and time markers. Wraps the npm package vis-timeline.
 * <p>
 * It knows nothing about what the items mean. Text is always shown as plain text. Changes made during one server
 * round-trip reach the browser as one update, and of groups, items and backgrounds only what was added, changed or
 * removed goes.
 * <p>
 * Where the component is narrower than about 600 pixels (a phone), it lists the items as an agenda, one row each in
 * time order with its caption, text and group, instead of drawing the axis.
 * <p>
 * A timeline of more than {@link #ALL_ITEMS_UP_TO} items sends only those near the window: the ones it shows and
 * half a window's width either side, and the selected ones; as the reader pans, the rest follow. So a pack of
 * thousands of events opens as fast as a small one, and a small one (the agenda lists all of it) is sent whole.
 */
@Tag("div")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@NpmPackage(value = "vis-data", version = "8.0.6")
@JsModule("./components/timeline/timeline-connector.js")
public class Timeline extends Component implements HasSize, HasStyle {

    /** Up to this many items, all of them are sent; beyond it, only those near the window. */
    public static final int ALL_ITEMS_UP_TO = 500;

    private enum Change {
        AXIS, GROUPS, ITEMS, BACKGROUNDS, SELECTION, WINDOW, FOCUS, MARKERS, LABEL, ZOOM
    }

    private List<TimelineGroup> groups = List.of();
    private List<TimelineItem> items = List.of();
    private List<TimelineBackground> backgrounds = List.of();
    private List<String> selection = List.of();
    private TimeWindow window;
    private String focusItemId;
    private final Map<String, TimeMarker> markers = new LinkedHashMap<>();
    private String accessibleLabel = "Timeline";
    private String sequenceUnit;
    private double zoomFactor = 1;

    // Groups are compared with their place, which orders the rows.
    private record PlacedGroup(TimelineGroup group, int order) {
    }

    private final SentList<PlacedGroup> sentGroups = new SentList<>(placed -> placed.group().id(), Timeline::json);
    private final SentList<TimelineItem> sentItems = new SentList<>(TimelineItem::id, Timeline::json);
    private final SentList<TimelineBackground> sentBackgrounds =
            new SentList<>(TimelineBackground::id, Timeline::json);

    private final ConnectorSync<Change> sync =
            new ConnectorSync<>(this, "storywebTimelineConnector", Change.class, this::patch);

    /** A vertical line at a time, with a caption; a draggable one reports moves as {@link MarkerMoveEvent}s. */
    public record TimeMarker(String id, Instant time, String label, boolean draggable) {
        public TimeMarker {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(label, "label");
        }
    }

    public Timeline() {
        addClassName("storyweb-timeline");
        // Keep the client's idea of the window and selection in step, so a later full sync does not undo the user.
        addWindowChangeListener(event -> {
            window = event.window();
            if (items.size() > ALL_ITEMS_UP_TO) {
                changed(Change.ITEMS);
            }
        });
        addSelectListener(event -> selection = event.ids());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A new element in the browser, which holds nothing yet.
        sentGroups.forget();
        sentItems.forget();
        sentBackgrounds.forget();
        sync.everything();
    }

    public void setGroups(Collection<TimelineGroup> groups) {
        this.groups = List.copyOf(groups);
        changed(Change.GROUPS);
    }

    public List<TimelineGroup> getGroups() {
        return groups;
    }

    public void setItems(Collection<TimelineItem> items) {
        this.items = List.copyOf(items);
        changed(Change.ITEMS);
    }

    public List<TimelineItem> getItems() {
        return items;
    }

    public void setBackgrounds(Collection<TimelineBackground> backgrounds) {
        this.backgrounds = List.copyOf(backgrounds);
        changed(Change.BACKGROUNDS);
    }

    public List<TimelineBackground> getBackgrounds() {
        return backgrounds;
    }

    /** Selects these items (without firing {@link ItemSelectEvent}); an empty list clears the selection. */
    public void setSelection(Collection<String> itemIds) {
        this.selection = List.copyOf(itemIds);
        changed(Change.SELECTION);
        if (items.size() > ALL_ITEMS_UP_TO) {
            changed(Change.ITEMS);
        }
    }

    public List<String> getSelection() {
        return selection;
    }

    /** Shows this window. */
    public void setWindow(TimeWindow window) {
        this.window = Objects.requireNonNull(window);
        this.focusItemId = null;
        changed(Change.WINDOW);
        if (items.size() > ALL_ITEMS_UP_TO) {
            changed(Change.ITEMS);
        }
    }

    /**
     * The window last set by the server or moved to by the user. After {@link #focusItem} the browser may have moved
     * on from it, to bring the item into view.
     */
    public Optional<TimeWindow> getWindow() {
        return Optional.ofNullable(window);
    }

    /** Moves the window so that this item is in view, keeping the zoom where the item fits. */
    public void focusItem(String itemId) {
        this.focusItemId = Objects.requireNonNull(itemId);
        changed(Change.FOCUS);
        if (items.size() > ALL_ITEMS_UP_TO) {
            changed(Change.ITEMS);
        }
    }

    /**
     * Zooms the browser's window around its middle: a factor below 1 zooms in (0.5 shows half as much), above 1 out.
     * The new window comes back as a {@link WindowChangeEvent} by the user, as a zoom with the mouse does.
     */
    public void zoom(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("A zoom factor is a positive number, not " + factor);
        }
        zoomFactor *= factor;
        changed(Change.ZOOM);
    }

    public void setMarker(TimeMarker marker) {
        if (!marker.equals(markers.put(marker.id(), marker))) {
            changed(Change.MARKERS);
        }
    }

    public void removeMarker(String markerId) {
        if (markers.remove(markerId) != null) {
            changed(Change.MARKERS);
        }
    }

    public Optional<TimeMarker> getMarker(String markerId) {
        return Optional.ofNullable(markers.get(markerId));
    }

    /**
     * Makes the axis count positions in a sequence instead of showing dates: the item at day {@code n} after the
     * epoch sits at position {@code n}, labelled "{@code unit} n" (for example "Ch. 7"). Null goes back to dates.
     */
    public void setSequenceAxis(String unit) {
        if (!Objects.equals(unit, sequenceUnit)) {
            this.sequenceUnit = unit;
            // The browser builds a new timeline for the new axis; it needs the markers and selection again.
            changed(Change.AXIS);
            changed(Change.MARKERS);
            changed(Change.SELECTION);
        }
    }

    /** An instant for position {@code n} on a sequence axis. */
    public static Instant sequencePosition(double n) {
        return Instant.ofEpochMilli(Math.round(n * 86_400_000d));
    }

    /** The name a screen reader announces for the timeline as a whole. */
    public void setAccessibleLabel(String label) {
        this.accessibleLabel = Objects.requireNonNull(label);
        changed(Change.LABEL);
    }

    public Registration addSelectListener(ComponentEventListener<ItemSelectEvent> listener) {
        return addListener(ItemSelectEvent.class, listener);
    }

    public Registration addWindowChangeListener(ComponentEventListener<WindowChangeEvent> listener) {
        return addListener(WindowChangeEvent.class, listener);
    }

    public Registration addMarkerMoveListener(ComponentEventListener<MarkerMoveEvent> listener) {
        return addListener(MarkerMoveEvent.class, event -> {
            TimeMarker old = markers.get(event.markerId());
            if (old != null) {
                markers.put(old.id(), new TimeMarker(old.id(), event.time(), old.label(), old.draggable()));
            }
            listener.onComponentEvent(event);
        });
    }

    private void changed(Change change) {
        sync.changed(change);
    }

    private ObjectNode patch(Set<Change> pending) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (pending.contains(Change.AXIS)) {
            patch.putObject("axis").put("sequenceUnit", sequenceUnit);
        }
        if (pending.contains(Change.GROUPS)) {
            List<PlacedGroup> placed = IntStream.range(0, groups.size())
                    .mapToObj(i -> new PlacedGroup(groups.get(i), i)).toList();
            sentGroups.patchTo(placed).ifPresent(changes -> patch.set("groups", changes));
        }
        if (pending.contains(Change.ITEMS)) {
            sentItems.patchTo(itemsToSend()).ifPresent(changes -> patch.set("items", changes));
        }
        if (pending.contains(Change.BACKGROUNDS)) {
            sentBackgrounds.patchTo(backgrounds).ifPresent(changes -> patch.set("backgrounds", changes));
        }
        if (pending.contains(Change.SELECTION)) {
            ArrayNode array = patch.putArray("selection");
            selection.forEach(array::add);
        }
        if (pending.contains(Change.WINDOW) && window != null) {
            patch.putObject("window")
                    .put("start", window.start().toEpochMilli())
                    .put("end", window.end().toEpochMilli());
        }
        if (pending.contains(Change.FOCUS) && focusItemId != null) {
            patch.put("focus", focusItemId);
        }
        if (pending.contains(Change.MARKERS)) {
            ArrayNode array = patch.putArray("markers");
            markers.values().forEach(marker -> array.addObject()
                    .put("id", marker.id())
                    .put("time", marker.time().toEpochMilli())
                    .put("label", marker.label())
                    .put("draggable", marker.draggable()));
        }
        if (pending.contains(Change.ZOOM) && zoomFactor != 1) {
            patch.put("zoom", zoomFactor);
            zoomFactor = 1;
        }
        if (pending.contains(Change.LABEL)) {
            patch.put("label", accessibleLabel);
        }
        return patch;
    }

    /** All the items, or for a large timeline those near the window, with the selected and focused ones. */
    private List<TimelineItem> itemsToSend() {
        if (items.size() <= ALL_ITEMS_UP_TO || window == null) {
            return items;
        }
        TimelineItem focused = focusItemId == null ? null
                : items.stream().filter(item -> item.id().equals(focusItemId)).findFirst().orElse(null);
        return near(items, nearWindow(window, focused), id -> selection.contains(id) || id.equals(focusItemId));
    }

    /**
     * The window the browser shows for a window it was given: that window, or, when a focused item lies out of it,
     * the same width around the item, since the browser brings the item into the middle, keeping the zoom, and does
     * not report that move.
     *
     * @param focused the item to be brought into view, or null
     */
    public static TimeWindow shownWindow(TimeWindow window, TimelineItem focused) {
        if (focused == null || !(focused.start().isAfter(window.end())
                || focused.endKnown().orElse(focused.start()).isBefore(window.start()))) {
            return window;
        }
        Duration width = Duration.between(window.start(), window.end());
        Instant start = focused.start().minus(width.dividedBy(2));
        return new TimeWindow(start, start.plus(width));
    }

    /**
     * Where the items lie that a timeline of more than {@link #ALL_ITEMS_UP_TO} items sends for a window: the
     * {@linkplain #shownWindow shown window} and half its width either side.
     *
     * @param focused the item to be brought into view, or null
     */
    public static TimeWindow nearWindow(TimeWindow window, TimelineItem focused) {
        TimeWindow shown = shownWindow(window, focused);
        Duration half = Duration.between(shown.start(), shown.end()).dividedBy(2);
        return new TimeWindow(shown.start().minus(half), shown.end().plus(half));
    }

    /** The items that lie in a span (from {@link #nearWindow}), and the kept ones wherever they lie. */
    public static List<TimelineItem> near(List<TimelineItem> items, TimeWindow span, Predicate<String> kept) {
        return items.stream().filter(item -> kept.test(item.id()) || (!item.start().isAfter(span.end())
                && !item.endKnown().orElse(item.start()).isBefore(span.start()))).toList();
    }

    private static ObjectNode json(PlacedGroup placed) {
        TimelineGroup group = placed.group();
        return JsonNodeFactory.instance.objectNode()
                .put("id", group.id())
                .put("text", group.text())
                .put("className", group.className())
                .put("color", group.color())
                .put("order", placed.order());
    }

    private static ObjectNode json(TimelineItem item) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("id", item.id())
                .put("text", item.text())
                .put("start", item.start().toEpochMilli())
                .put("group", item.groupId())
                .put("className", item.className());
        item.endKnown().ifPresent(end -> node.put("end", end.toEpochMilli()));
        if (item.caption() != null) {
            node.put("caption", item.caption());
        }
        return node;
    }

    private static ObjectNode json(TimelineBackground background) {
        return JsonNodeFactory.instance.objectNode()
                .put("id", background.id())
                .put("text", background.text())
                .put("start", background.start().toEpochMilli())
                .put("end", background.end().toEpochMilli())
                .put("group", background.groupId())
                .put("className", background.className());
    }
}
