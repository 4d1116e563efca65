package org.storyweb.api;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.Phase;
import org.storyweb.story.SpoilerLimit;
import org.storyweb.story.Spoilers;
import org.storyweb.story.StoryPack;

/**
 * The spoiler crawl of the data addresses: at every limit from 1 to 22, the events (JSON, CSV, TimelineJS) and the
 * graphs (GEXF, GraphML at every phase read) name no event or person that a later chapter first tells. The texts are
 * data, where the novel's words are not looked for.
 */
class DataSpoilerCrawlTest {

    private static final StoryPacks PACKS = StoryPacks.loadPackaged();
    private static final StoryPack PACK = PACKS.find("never-let-me-go").orElseThrow();
    private final DataController data = new DataController(PACKS);

    static IntStream limits() {
        return IntStream.rangeClosed(1, 22);
    }

    @ParameterizedTest(name = "upto={0}")
    @MethodSource("limits")
    void theDownloadsHoldNothingPastTheLimit(int limit) {
        Spoilers spoilers = new Spoilers(PACK, limit);
        Optional<String> upto = Optional.of(String.valueOf(limit));
        spoilers.checkNames("events.json", data.eventsJson(PACK.id(), upto).getBody().replace("\\\"", "\""));
        spoilers.checkNames("events.csv", data.eventsCsv(PACK.id(), upto).getBody().replace("\"\"", "\""));
        spoilers.checkNames("timelinejs.json", data.timelineJs(PACK.id(), upto).getBody().replace("\\\"", "\""));
        spoilers.checkNames("graph.gexf", data.gexf(PACK.id(), upto).getBody().replace("&quot;", "\""));
        for (Phase phase : new SpoilerLimit(limit).phases(PACK)) {
            spoilers.checkNames("graph.graphml at " + phase.id(), data.graphml(PACK.id(), Optional.of(phase.id()),
                    upto).getBody().replace("&quot;", "\""));
        }
        spoilers.assertNothingLeaked();
    }
}
