package org.storyweb.embed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.storyweb.components.network.EdgeStyle;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.components.timeline.TimelineGroup;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ui.Choices;
import org.storyweb.explore.ui.Details;
import org.storyweb.explore.ui.EventTimeline;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.GlossaryLinks;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.explore.ui.RelationshipNetwork;
import org.storyweb.picture.GraphPicture;
import org.storyweb.explore.ui.TourGuide;
import org.storyweb.share.LinkPreviews;
import org.storyweb.story.Event;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's page for one view: the explorer's picture (the timeline, the graph at the view's phase and the details
 * of the selection) written by the server from the link alone. The drawings' data goes into the page, and every
 * choice in it (an event, a person, a relationship, a phase) is a plain link to the view it leads to, made by the same
 * {@link Choices} and codec as the explorer's, so the frame needs no session, no cookie and no push.
 * <p>
 * The page is built with jsoup, which escapes every text and attribute; the drawings' data travels in a data
 * attribute and embed.js draws labels as text, so content text never runs as markup.
 */
final class EmbedPage {

    /** Where the embed's scripts and styles are served from (see {@link EmbedConfiguration}). */
    static final String FILES = "embed-files/";

    /** Where, after the pack's id, the timeline's further items are served (see {@link EmbedItemsController}). */
    static final String ITEMS = "/embed/items";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryPack pack;
    private final PackDrawings.Drawing drawing;
    private final ViewState state;
    private final ExplorerFilter filter;
    private final Phase phase;
    private final GraphPicture graph;

    EmbedPage(StoryPack pack, PackDrawings.Drawing drawing, ViewState state) {
        this.pack = pack;
        this.drawing = drawing;
        this.state = state;
        this.filter = ExplorerFilter.of(pack, state);
        this.phase = filter.phase(state);
        this.graph = GraphPicture.of(drawing, filter, state);
    }

    /**
     * The page as HTML.
     *
     * @param root    the app's root address, ending in a slash: the page's base, which its links are relative to
     * @param notices what the link asked for and could not be shown
     */
    String html(URI root, List<String> notices) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.prependChild(new DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        // No icon of its own: without this line the browser asks for /favicon.ico, which the app does not have.
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("base").attr("href", root.getRawPath());
        // A link to the embed pasted into a chat shows the same preview as the view's own link.
        LinkPreviews.describe(page, pack, state, root);
        head.appendElement("link").attr("rel", "canonical").attr("href", link(state));
        // vis-network's own stylesheet styles only its editing tools and tooltips, which the embed does not use.
        for (String style : List.of("vis-timeline-graph2d.min.css", "timeline.css", "network.css", "embed.css")) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", FILES + style);
        }
        for (String script : List.of("vis-timeline-graph2d.min.js", "vis-network.min.js")) {
            head.appendElement("script").attr("defer", "").attr("src", FILES + script);
        }
        // A module runs after the deferred scripts above, in order.
        head.appendElement("script").attr("type", "module").attr("src", FILES + "embed.js");

        Element body = page.body().addClass("embed").attr("data-link", link(state));
        bar(body.appendElement("header").addClass("embed-bar"));
        if (!notices.isEmpty()) {
            Element box = body.appendElement("div").addClass("notices").attr("role", "status");
            notices.forEach(text -> box.appendElement("p").text(text));
        }
        TimelineShown shown = timelineShown();
        Element main = body.appendElement("main").addClass("embed-main");
        Element timeline = main.appendElement("section").addClass("embed-timeline").attr("aria-label", "Timeline");
        timeline.appendElement("div").id("timeline").addClass("storyweb-timeline")
                .attr("aria-label", "Timeline of events, one row per track; the lists under the details name them");
        data(timeline, "timeline-view", timelineData(shown));
        Element graph = main.appendElement("section").addClass("embed-graph").attr("aria-label", "Relationships");
        graph.appendElement("div").id("graph").addClass("storyweb-network").attr("role", "img")
                .attr("aria-label", graphLabel());
        data(graph, "graph-view", graphData());
        Element details = main.appendElement("section").id("detail-panel").addClass("embed-details")
                .attr("aria-label", "Details");
        details.appendChild(TourGuide.content(pack, state).addClass("embed-tour"));
        details.appendChild(linked(new Details(pack).of(filter, state.selection())));
        lists(details, shown);
        // A link out of the embed (present mode, the about page, a source) opens a new tab: the frame stays.
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (!link.hasAttr("target") && !href.startsWith("#")
                    && !href.startsWith(pack.id() + "/" + Mode.EMBED.segment())) {
                link.attr("target", "_blank").attr("rel", "noopener");
            }
        }
        return page.outerHtml();
    }

    /**
     * The drawings' data, as JSON in a script element that does not run: unlike an attribute, it needs no escaping of
     * every quote, which would make a large pack's page half as large again. A "<" is written as an escape, so
     * content text cannot end the element.
     */
    private static void data(Element parent, String id, Object data) {
        parent.appendElement("script").attr("type", "application/json").id(id)
                .appendChild(new DataNode(JSON.writeValueAsString(data).replace("<", "\\u003c")));
    }

    // The book, the graph's phase with a step either way, and the way out to the full app in a new tab.
    private void bar(Element bar) {
        bar.appendElement("p").addClass("embed-book").text(pack.work().title());
        Element phases = bar.appendElement("nav").addClass("embed-phases").attr("aria-label", "Phase of the graph");
        List<Phase> reached = filter.phases();
        int index = reached.indexOf(phase);
        phaseLink(phases, index > 0 ? reached.get(index - 1) : null, "\u2039", "Previous phase", "prev");
        phases.appendElement("span").id("embed-phase").addClass("embed-phase")
                .text("Graph: " + phase.title() + " (" + (index + 1) + " of " + reached.size() + ")");
        phaseLink(phases, index < reached.size() - 1 ? reached.get(index + 1) : null, "\u203a", "Next phase",
                "next");
        bar.appendElement("a").id("embed-open").addClass("embed-open")
                .attr("href", ViewNavigation.location(as(state, Mode.EXPLORE)))
                .attr("title", "Opens this view in Storyweb, in a new tab")
                .text("Open in Storyweb \u2197");
    }

    private void phaseLink(Element nav, Phase to, String arrow, String label, String rel) {
        if (to == null) {
            nav.appendElement("span").addClass("embed-step").attr("aria-hidden", "true").text(arrow);
            return;
        }
        nav.appendElement("a").addClass("embed-step").attr("rel", rel).attr("href",
                link(Choices.phase(pack, state, to))).attr("aria-label", label + ": " + to.title())
                .attr("title", label + ": " + to.title()).text(arrow);
    }

    /** The details' choices, which the explorer hears as buttons, as links to the views they lead to. */
    private Element linked(Element details) {
        for (Element button : details.select("button[data-choose]")) {
            String[] kindAndId = button.attr("data-choose").split(":", 2);
            String id = kindAndId.length == 2 ? kindAndId[1] : "";
            Optional<String> href = switch (kindAndId[0]) {
                case "event" -> pack.event(id).map(event -> link(Choices.event(pack, state, id)));
                case "character" -> pack.character(id).map(person -> link(Choices.character(state, id)));
                case "relationship" -> pack.relationship(id)
                        .map(tie -> link(state.withSelection(new RelationshipSelection(id))));
                case GlossaryLinks.KIND -> pack.term(id).map(term -> "#" + GlossaryLinks.anchor(term));
                case Details.SHOW_ANYWAY -> Optional.of(id).filter(chapter -> chapter.matches("\\d{1,3}"))
                        .map(chapter -> link(Choices.readUpTo(pack, state, Integer.parseInt(chapter))));
                default -> Optional.empty();
            };
            Element anchor = new Element("a").text(button.text());
            if (href.isPresent()) {
                anchor.attr("href", href.get());
            } else if (button.attr("data-choose").equals("view:about")) {
                anchor.attr("href", ViewNavigation.location(as(state, Mode.ABOUT)));
            } else {
                continue;
            }
            button.replaceWith(anchor);
        }
        return details;
    }

    // What the drawings show, as lists of links: the way to them for a keyboard or a screen reader.
    private void lists(Element details, TimelineShown shown) {
        Element all = details.appendElement("div").addClass("embed-lists");
        Set<String> listed = shown.listed().stream().map(TimelineItem::id).collect(Collectors.toSet());
        List<Event> events = timelineEvents().stream().filter(event -> listed.contains(event.id())).toList();
        Element eventList = list(all, shown.near() == null ? "Events on the timeline (" + events.size() + ")"
                : "Events in the timeline's window (" + events.size() + " of " + shown.all() + ")");
        events.forEach(event -> eventList.appendElement("li").appendElement("a")
                .attr("href", link(Choices.event(pack, state, event.id())))
                .text(event.title() + " \u2014 " + event.date().label()));
        if (shown.near() != null) {
            eventList.parent().appendElement("p").text("The other " + (shown.all() - events.size())
                    + " are on the timeline beyond its window: pan or zoom it to bring them into view, or open this"
                    + " view in Storyweb.");
        }
        Element peopleList = list(all, "People in the graph (" + graph.people().size() + ")");
        graph.people().forEach(person -> peopleList.appendElement("li").appendElement("a")
                .attr("href", link(Choices.character(state, person.id()))).text(person.name()));
        Element tieList = list(all, "Relationships during " + phase.title() + " (" + graph.ties().size() + ")");
        graph.ties().forEach(tie -> tieList.appendElement("li").appendElement("a")
                .attr("href", link(state.withSelection(new RelationshipSelection(tie.relationshipId()))))
                .text(tie.label()));
    }

    private static Element list(Element parent, String summary) {
        Element folded = parent.appendElement("details");
        folded.appendElement("summary").text(summary);
        return folded.appendElement("ul");
    }

    private boolean telling() {
        return state.timeline().order() == Order.TELLING;
    }

    private List<Event> timelineEvents() {
        List<Event> events = filter.events();
        return telling() ? events.stream().filter(event -> event.toldInChapter().isPresent())
                .sorted(java.util.Comparator.comparing(event -> event.toldInChapter().orElseThrow())).toList()
                : events;
    }

    /**
     * The timeline's items and the window it opens on. Of a pack of more than {@link Timeline#ALL_ITEMS_UP_TO} events
     * only those that it draws in the window it opens on go, and the selected one; {@code near} is then where they
     * lie, and {@code listed} the ones in the window, which the list under the details names. The rest come from
     * {@link #itemsIn} as the reader pans or zooms (embed.js), as the explorer's timeline brings them.
     */
    private record TimelineShown(List<TimelineItem> items, List<TimelineItem> listed, int all, TimeWindow window,
            TimeWindow near) {
    }

    private List<TimelineItem> timelineItems() {
        Set<String> related = related();
        List<Event> events = timelineEvents();
        return telling() ? EventTimeline.tellingItems(events, related)
                : EventTimeline.items(events, related, drawing.plainItems());
    }

    private TimelineShown timelineShown() {
        List<TimelineItem> items = timelineItems();
        TimeWindow window = telling() ? EventTimeline.wholeBook(pack) : state.timeline().window() == null
                ? EventTimeline.aroundPhase(pack, phase)
                : new TimeWindow(EventTimeline.startOf(state.timeline().window().from()),
                        EventTimeline.endOf(state.timeline().window().to()));
        if (items.size() <= Timeline.ALL_ITEMS_UP_TO) {
            return new TimelineShown(items, items, items.size(), window, null);
        }
        String selected = state.selection() instanceof EventSelection event ? event.eventId() : null;
        TimeWindow shownWindow = Timeline.shownWindow(window,
                items.stream().filter(item -> item.id().equals(selected)).findFirst().orElse(null));
        // vis-timeline draws and stacks the items within a quarter of the window's width either side of it
        // (Group._updateItemsInRange): with those, the opening picture is the one that all the items would give.
        Duration quarter = Duration.between(shownWindow.start(), shownWindow.end()).dividedBy(4);
        TimeWindow near = new TimeWindow(shownWindow.start().minus(quarter), shownWindow.end().plus(quarter));
        return new TimelineShown(Timeline.near(items, near, id -> id.equals(selected)),
                Timeline.near(items, shownWindow, id -> id.equals(selected)), items.size(), window, near);
    }

    /**
     * The timeline's items that lie in a span, as the page's data has them, and their link: what the embed's items
     * address sends.
     */
    Map<String, Object> itemsIn(TimeWindow span) {
        return Map.of("items", itemData(Timeline.near(timelineItems(), span, id -> false)), "eventLink", eventLink());
    }

    // Each item as embed.js draws it. To keep a large pack's data small, what follows from the rest is left to
    // embed.js: its type and its track's colour, from its end and its track, and its link, when that is the
    // event's link with the graph where it is ({@link #eventLink}); an event of the story moves the graph to its
    // phase, and carries its own.
    private List<Map<String, Object>> itemData(List<TimelineItem> shown) {
        List<String> around = eventLink();
        List<Map<String, Object>> items = new ArrayList<>();
        for (TimelineItem item : shown) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", item.id());
            data.put("text", item.text());
            data.put("start", item.start().toEpochMilli());
            item.endKnown().ifPresent(end -> data.put("end", end.toEpochMilli()));
            data.put("group", item.groupId());
            data.put("className", item.className());
            String href = link(Choices.event(pack, state, item.id()));
            if (!href.equals(around.getFirst() + item.id() + around.getLast())) {
                data.put("href", href);
            }
            items.add(data);
        }
        return items;
    }

    private Map<String, Object> timelineData(TimelineShown shown) {
        List<Event> events = timelineEvents();
        List<Map<String, Object>> groups = new ArrayList<>();
        int order = 0;
        for (TimelineGroup group : EventTimeline.groups(filter.shownTracks())) {
            if (telling() && events.stream().noneMatch(event -> event.trackId().equals(group.id()))) {
                continue;
            }
            groups.add(Map.of("id", group.id(), "text", group.text(), "className", group.className(),
                    "order", order++, "style", "--group-color: " + group.color()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", itemData(shown.items()));
        data.put("eventLink", eventLink());
        data.put("groups", groups);
        data.put("window", Map.of("start", shown.window().start().toEpochMilli(),
                "end", shown.window().end().toEpochMilli()));
        if (shown.near() != null) {
            data.put("near", Map.of("start", shown.near().start().toEpochMilli(),
                    "end", shown.near().end().toEpochMilli()));
            data.put("more", pack.id() + ITEMS + Optional.ofNullable(URI.create(link(state)).getRawQuery())
                    .map("?"::concat).orElse(""));
        }
        data.put("chapters", telling());
        if (!telling()) {
            Optional.ofNullable(drawing.phaseMoments().get(phase)).ifPresent(moment -> data.put("marker",
                    Map.of("time", moment.toEpochMilli(), "label", "Graph: " + phase.title())));
        }
        if (state.selection() instanceof EventSelection event) {
            data.put("selected", event.eventId());
        }
        data.put("none", link(state.withSelection(ViewState.NOTHING)));
        return data;
    }

    /** The link of an event's view with the graph where it is, as the parts before and after the event's id. */
    private List<String> eventLink() {
        String marker = "0event0";
        String link = link(state.withSelection(new EventSelection(marker)));
        int at = link.indexOf(marker);
        return List.of(link.substring(0, at), link.substring(at + marker.length()));
    }

    // The events of a selected person, or those the two of a selected relationship share, stand out.
    private Set<String> related() {
        return switch (state.selection()) {
            case CharacterSelection character -> pack.eventsOf(character.characterId()).stream().map(Event::id)
                    .collect(Collectors.toSet());
            case RelationshipSelection selection -> pack.relationship(selection.relationshipId())
                    .map(tie -> pack.events().stream().filter(event -> event.involves(tie.firstCharacterId())
                            && event.involves(tie.secondCharacterId())).map(Event::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            default -> Set.of();
        };
    }

    private String graphLabel() {
        return graph.accessibleLabel().replaceFirst("\\.$", "; the lists under the details name them.");
    }

    // The people and lines as the graph has them, with the selection; embed.js draws the emphasis with the app's own
    // rule (network-look.js).
    private Map<String, Object> graphData() {
        Map<String, String> relationshipOfEdge = graph.ties().stream()
                .collect(Collectors.toMap(GraphPicture.Tie::edgeId, GraphPicture.Tie::relationshipId));
        Map<String, Object> groups = new LinkedHashMap<>();
        RelationshipNetwork.groupStyles(pack).forEach((id, style) -> groups.put(id, Map.of("shape", style.shape(),
                "background", style.background(), "border", style.border(), "textColor", style.textColor())));

        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkNode node : graph.nodes()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", node.id());
            data.put("label", node.label());
            node.positionKnown().ifPresent(position -> {
                data.put("x", position.x());
                data.put("y", position.y());
            });
            data.put("group", node.group());
            data.put("href", link(Choices.character(state, node.id())));
            nodes.add(data);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (NetworkEdge edge : graph.edges()) {
            EdgeStyle style = edge.style();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", edge.id());
            data.put("from", edge.from());
            data.put("to", edge.to());
            data.put("label", edge.label());
            data.put("baseWidth", style.width());
            data.put("baseColor", style.color());
            data.put("dashes", style.dashes().length == 0 ? false : style.dashes());
            data.put("href", link(state.withSelection(new RelationshipSelection(
                    relationshipOfEdge.getOrDefault(edge.id(), edge.id())))));
            lines.add(data);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", nodes);
        data.put("edges", lines);
        data.put("groups", groups);
        data.put("selectedEdge", graph.selectedEdge());
        data.put("highlighted", graph.highlighted());
        data.put("none", link(state.withSelection(ViewState.NOTHING)));
        return data;
    }

    /** A view's embed link, relative to the app's root. */
    private static String link(ViewState view) {
        return ViewNavigation.location(as(view, Mode.EMBED));
    }

    private static ViewState as(ViewState view, Mode mode) {
        return view.withPresentation(view.presentation().withMode(mode));
    }
}
