package org.storyweb.api;

import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one builder of links to the data addresses, relative to the app's root (no leading slash), as
 * {@link org.storyweb.explore.ViewNavigation} is for views: the explorer's downloads and the list of packs use it.
 */
public final class DataLinks {

    /** The files every pack has, by the last segment of their address. */
    public enum DataFile {
        EVENTS_JSON("events.json"), EVENTS_CSV("events.csv"), GRAPH_GEXF("graph.gexf"),
        GRAPH_GRAPHML("graph.graphml"), TIMELINEJS("timelinejs.json");

        private final String name;

        DataFile(String name) {
            this.name = name;
        }

        public String fileName() {
            return name;
        }
    }

    static final String ROOT = "api/packs";

    private DataLinks() {
    }

    /** The list of packs. */
    public static String packs() {
        return ROOT;
    }

    /**
     * A pack's file.
     *
     * @param phaseId the phase, for the graph at one phase; ignored by the other files
     * @param upto    the last chapter read, or empty for the whole book
     */
    public static String file(String packId, DataFile file, Optional<String> phaseId, Optional<Integer> upto) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(ROOT).pathSegment(packId, file.fileName());
        if (file == DataFile.GRAPH_GRAPHML) {
            phaseId.ifPresent(id -> link.queryParam("phase", id));
        }
        upto.ifPresent(chapter -> link.queryParam("upto", chapter));
        return link.encode().build().toUriString();
    }
}
