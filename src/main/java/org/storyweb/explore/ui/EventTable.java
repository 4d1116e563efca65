package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.signals.Signal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.story.Event;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/**
 * The timeline as a table, its text alternative: the same events under the same filters and spoiler limit, with the
 * date as written, the title, the track, the chapter that tells the event and its people. It sorts by date or by
 * chapter, which is the view's order, so the sort is in the link and the timeline follows it: by chapter, as on the
 * chapter axis, only the events a chapter tells are listed.
 */
class EventTable extends Composite<Section> {

    /** What the table depends on; a selection only marks a row. */
    private record Shown(ExplorerFilter filter, Order order) {
    }

    private final Html body = new Html("<div></div>");

    EventTable(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        Section section = getContent();
        section.addClassName("text-table-section");
        section.getElement().setAttribute("aria-label", "Events as a table");
        section.add(body);
        ChoiceButtons.listen(this, pack, state, go, (kind, id) -> {
            if (kind.equals("sort")) {
                ViewState current = state.peek();
                Order order = id.equals("chapter") ? Order.TELLING : Order.CHRONOLOGICAL;
                go.accept(current.withTimeline(current.timeline().withOrder(order).withWindow(null)));
            }
        });
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.timeline().order())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(shown -> {
            body.setHtmlContent(Fragments.html(table(shown.filter(), shown.order(), state.peek().selection())));
        }));
        TableMarks.follow(this, state);
    }

    /** The events the table lists, in its order: exactly those the timeline shows. */
    static List<Event> rows(ExplorerFilter filter, Order order) {
        if (order == Order.CHRONOLOGICAL) {
            return filter.events();
        }
        return filter.events().stream().filter(event -> event.toldInChapter().isPresent())
                .sorted(Comparator.comparing((Event event) -> event.toldInChapter().orElseThrow())
                        .thenComparing(event -> event.date().earliest()))
                .toList();
    }

    /** The table of the events a view's filter shows, in an order, with the selection's rows marked. */
    static Element table(ExplorerFilter filter, Order order, ViewState.Selection selection) {
        StoryPack pack = filter.pack();
        List<Event> events = rows(filter, order);
        boolean telling = order == Order.TELLING;
        Element root = new Element("div").addClass("text-table-body");
        Element table = root.appendElement("table").addClass("text-table").id("event-table");
        table.appendElement("caption").text(events.size() + (events.size() == 1 ? " event" : " events")
                + (telling ? " told in the novel, by chapter" : " of the timeline, by date")
                + filter.part().map(part -> ", in " + part.title()).orElse("")
                + filter.spoilerLimitKnown().map(limit -> ", up to chapter " + limit).orElse(""));
        Element head = table.appendElement("thead").appendElement("tr");
        sortable(head, "Date", "date", !telling);
        head.appendElement("th").attr("scope", "col").text("Event");
        head.appendElement("th").attr("scope", "col").text("Track");
        sortable(head, "Chapter", "chapter", telling);
        head.appendElement("th").attr("scope", "col").text("People");
        Element rows = table.appendElement("tbody");
        for (Event event : events) {
            Element row = rows.appendElement("tr").attr("data-id", event.id())
                    .attr("data-people", String.join(" ", event.characterIds()));
            if (TableMarks.marks(selection, event.id(), event.characterIds())) {
                row.attr("aria-current", "true");
            }
            row.appendElement("td").addClass("nowrap").attr("data-label", "Date").text(event.date().label()
                    + (event.date().isEstimate() ? " (approximate)" : ""));
            Element title = row.appendElement("th").attr("scope", "row");
            ChoiceButtons.append(title, "event", event.id(), event.title());
            if (event.uncertain()) {
                title.appendText(" ").appendElement("span").addClass("badge-uncertain").text("Uncertain");
            }
            row.appendElement("td").attr("data-label", "Track").text(pack.track(event.trackId()).map(Track::title).orElse(event.trackId()));
            row.appendElement("td").attr("data-label", "Chapter").text(event.toldInChapter().map(String::valueOf).orElse("\u2014"));
            row.appendElement("td").attr("data-label", "People").text(event.characterIds().stream().flatMap(id -> pack.character(id).stream())
                    .filter(filter::knows).map(StoryCharacter::name).collect(Collectors.joining(", ")));
        }
        if (events.isEmpty()) {
            root.appendElement("p").text("No event matches these filters.");
        }
        return root;
    }

    // A column header that sorts the table; the column it is sorted by says so to screen readers.
    private static void sortable(Element head, String text, String key, boolean sorted) {
        Element cell = head.appendElement("th").attr("scope", "col");
        if (sorted) {
            cell.attr("aria-sort", "ascending");
        }
        cell.appendElement("button").attr("type", "button").addClass("sort-button")
                .attr("data-choose", "sort:" + key).attr("aria-pressed", String.valueOf(sorted))
                .text(text + (sorted ? " \u25b2" : ""));
    }
}
