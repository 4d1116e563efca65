package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.storyweb.components.network.EdgeStyle;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.RelationKind;

/**
 * The key to the graph: the groups of people in it, each with a sample box in its colours and shape, and the kinds of
 * relationship, each with a sample of its line. Every sample has its name beside it, so nothing depends on colour.
 */
class GraphKey extends Composite<Div> {

    private final Div groups = list("Groups of people");
    private List<CharacterGroup> shown = List.of();

    GraphKey() {
        Div kinds = list("Kinds of relationship");
        for (RelationKind kind : RelationKind.values()) {
            EdgeStyle style = RelationshipNetwork.style(kind);
            Element line = new Element("line").setAttribute("x1", "2").setAttribute("y1", "8")
                    .setAttribute("x2", "46").setAttribute("y2", "8").setAttribute("stroke", style.color())
                    .setAttribute("stroke-width", String.valueOf(style.width()));
            int[] dashes = style.dashes();
            if (dashes.length > 0) {
                line.setAttribute("stroke-dasharray", Arrays.stream(dashes).mapToObj(String::valueOf)
                        .collect(Collectors.joining(" ")));
            }
            kinds.add(item(line, kind.label()));
        }
        getContent().addClassName("graph-key");
        getContent().add(groups, kinds);
    }

    /** Lists the groups of the people in the graph. */
    void show(StoryGraph graph) {
        List<CharacterGroup> inGraph = RelationshipNetwork.groupsIn(graph);
        if (inGraph.equals(shown)) {
            return;
        }
        shown = inGraph;
        groups.removeAll();
        for (CharacterGroup group : inGraph) {
            // The pack's colours are #rrggbb, checked when the pack was loaded.
            Element shape = group.shape() == CharacterGroup.Shape.ELLIPSE
                    ? new Element("ellipse").setAttribute("cx", "24").setAttribute("cy", "8")
                            .setAttribute("rx", "15").setAttribute("ry", "7")
                    : new Element("rect").setAttribute("x", "9").setAttribute("y", "1").setAttribute("width", "30")
                            .setAttribute("height", "14").setAttribute("rx", "2");
            shape.setAttribute("fill", group.background()).setAttribute("stroke", group.border())
                    .setAttribute("stroke-width", "2");
            groups.add(item(shape, group.label()));
        }
        groups.setVisible(!inGraph.isEmpty());
    }

    private static Div list(String name) {
        Div list = new Div();
        list.addClassName("graph-legend");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", name);
        return list;
    }

    private static Span item(Element drawing, String label) {
        Element sample = new Element("svg").setAttribute("viewBox", "0 0 48 16").setAttribute("width", "32")
                .setAttribute("height", "16").setAttribute("aria-hidden", "true").appendChild(drawing);
        Span item = new Span();
        item.getElement().setAttribute("role", "listitem");
        item.getElement().appendChild(sample);
        item.add(new Span(label));
        return item;
    }
}
