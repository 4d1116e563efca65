package org.storyweb.explore.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.storyweb.components.network.EdgeStyle;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.RelationKind;
import org.storyweb.story.StoryCharacter;

/**
 * The key to the graph: the groups of people in it, each with a sample box in its colours and shape, and the kinds of
 * relationship, each with a sample of its line. Every sample has its name beside it, so nothing depends on colour.
 * <p>
 * The key is the same for every reader of a pack, so it is written once per pack as HTML (by jsoup, which escapes the
 * pack's labels) and every page shows that one string, instead of keeping a tree of elements per open page.
 */
final class GraphKey {

    private GraphKey() {
    }

    /** The key of a pack's graph for the people a reader knows, as one {@code div}. */
    static String html(StoryGraph graph, Predicate<StoryCharacter> known) {
        Element key = new Element("div").addClass("graph-key");
        List<CharacterGroup> groups = RelationshipNetwork.groupsIn(graph, known);
        if (!groups.isEmpty()) {
            Element list = list(key, "Groups of people");
            for (CharacterGroup group : groups) {
                // The pack's colours are #rrggbb, checked when the pack was loaded.
                Element shape = group.shape() == CharacterGroup.Shape.ELLIPSE
                        ? new Element("ellipse").attr("cx", "24").attr("cy", "8").attr("rx", "15").attr("ry", "7")
                        : new Element("rect").attr("x", "9").attr("y", "1").attr("width", "30").attr("height", "14")
                                .attr("rx", "2");
                shape.attr("fill", group.background()).attr("stroke", group.border()).attr("stroke-width", "2");
                item(list, shape, group.label());
            }
        }
        Element kinds = list(key, "Kinds of relationship");
        for (RelationKind kind : RelationKind.values()) {
            EdgeStyle style = RelationshipNetwork.style(kind);
            Element line = new Element("line").attr("x1", "2").attr("y1", "8").attr("x2", "46").attr("y2", "8")
                    .attr("stroke", style.color()).attr("stroke-width", String.valueOf(style.width()));
            if (style.dashes().length > 0) {
                line.attr("stroke-dasharray", Arrays.stream(style.dashes()).mapToObj(String::valueOf)
                        .collect(Collectors.joining(" ")));
            }
            item(kinds, line, kind.label());
        }
        return Fragments.html(key);
    }

    private static Element list(Element key, String name) {
        return key.appendElement("div").addClass("graph-legend").attr("role", "list").attr("aria-label", name);
    }

    private static void item(Element list, Element drawing, String label) {
        Element item = list.appendElement("span").attr("role", "listitem");
        item.appendElement("svg").attr("viewBox", "0 0 48 16").attr("width", "32").attr("height", "16")
                .attr("aria-hidden", "true").appendChild(drawing);
        item.appendElement("span").text(label);
    }
}
