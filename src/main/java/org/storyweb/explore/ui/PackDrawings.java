package org.storyweb.explore.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.relations.OutsiderOfTriangle;
import org.storyweb.relations.PhaseCentrality;
import org.storyweb.relations.StoryGraph;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;

/**
 * What every explorer of a pack draws the same way: its graph, the graph's layout and the phases' places on the
 * timeline. Packs never change once loaded, so these are worked out once per pack and shared by all sessions,
 * instead of once per open browser tab.
 */
@Component
public class PackDrawings {

    /**
     * One pack's shared drawing data, and its analyses: who is on the outside of the pack's triangle (if it names
     * one) and the centrality of every phase.
     */
    public record Drawing(StoryGraph graph, List<NetworkNode> nodes, Map<Phase, Instant> phaseMoments,
            Map<String, TimelineItem> plainItems, Optional<OutsiderOfTriangle> outsider, PhaseCentrality centrality,
            Map<Optional<Integer>, String> keys) {

        /** The people of the graph that the view's reader knows, each where the whole story's layout puts them. */
        public List<NetworkNode> nodes(ExplorerFilter filter) {
            return nodes.stream().filter(node -> graph.pack().character(node.id()).map(filter::knows).orElse(true))
                    .toList();
        }

        /** The key to the graph as the view's reader sees it: only the groups of people they know. */
        public String keyHtml(ExplorerFilter filter) {
            return keys.computeIfAbsent(filter.spoilerLimitKnown(), limit -> GraphKey.html(graph, filter::knows));
        }
    }

    private final Map<String, Drawing> drawings = new ConcurrentHashMap<>();

    public Drawing of(StoryPack pack) {
        return drawings.computeIfAbsent(pack.id(), id -> {
            StoryGraph graph = StoryGraph.of(pack);
            List<String> triangle = pack.work().triangle();
            Optional<OutsiderOfTriangle> outsider = triangle.isEmpty() ? Optional.empty()
                    : Optional.of(new OutsiderOfTriangle(graph, triangle.get(0), triangle.get(1), triangle.get(2)));
            return new Drawing(graph, RelationshipNetwork.nodes(graph), Map.copyOf(EventTimeline.phaseMoments(pack)),
                    EventTimeline.plainItems(pack), outsider, new PhaseCentrality(graph), new ConcurrentHashMap<>());
        });
    }
}
