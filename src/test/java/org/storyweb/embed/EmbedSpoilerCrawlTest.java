package org.storyweb.embed;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.TestLinks;
import org.storyweb.explore.ui.Choices;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.story.Phase;
import org.storyweb.story.Spoilers;
import org.storyweb.story.StoryPack;

/**
 * The spoiler crawl of the embed, which the server writes from the link alone: at every limit from 1 to 22 and every
 * phase read, its lists, its graph's people and lines, its steps and its preview name nothing a later chapter first
 * tells, and a linked person or event past the limit shows only the notice. (Its details are the explorer's, which
 * SpoilerCrawlTest crawls for every item.)
 */
class EmbedSpoilerCrawlTest {

    private static final StoryPack PACK = Spoilers.PACK;
    private static final PackDrawings.Drawing DRAWING = new PackDrawings().of(PACK);
    private static final URI ROOT = URI.create("https://storyweb.example/");

    static IntStream limits() {
        return IntStream.rangeClosed(1, 22);
    }

    private static ViewState embed(int limit, String... more) {
        Map<String, List<String>> parameters = new java.util.HashMap<>(Map.of("upto", List.of(String.valueOf(limit))));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], List.of(more[i + 1]));
        }
        return TestLinks.open(PACK, ViewState.Mode.EMBED.segment(), parameters);
    }

    // Its text, and the labels it hands the drawings in attributes and data.
    private static String shown(Document page) {
        return page.text() + " " + page.select("[title]").eachAttr("title") + " "
                + page.select("[aria-label]").eachAttr("aria-label") + " " + page.select("meta[content]")
                        .eachAttr("content") + " " + page.select("script[type=application/json]").stream()
                        .map(org.jsoup.nodes.Element::data).collect(java.util.stream.Collectors.joining(" "))
                        .replace("\\\"", "\"");
    }

    @ParameterizedTest(name = "upto={0}")
    @MethodSource("limits")
    void theEmbedTellsNothingPastTheLimit(int limit) {
        Spoilers spoilers = new Spoilers(PACK, limit);
        ViewState base = embed(limit);
        for (Phase phase : ExplorerFilter.of(PACK, base).phases()) {
            ViewState view = Choices.phase(PACK, base, phase);
            spoilers.checkNames("the embed during " + phase.title(),
                    shown(Jsoup.parse(new EmbedPage(PACK, DRAWING, view).html(ROOT, List.of()))));
        }
        for (String person : List.of("chrissie", "rodney", "tommy", "ruth", "laura", "miss-lucy")) {
            spoilers.check("the embed of " + person, Jsoup.parse(new EmbedPage(PACK, DRAWING,
                    embed(limit, "character", person)).html(ROOT, List.of())).select("#detail-panel").text());
        }
        spoilers.assertNothingLeaked();
    }
}
