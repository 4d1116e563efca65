package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.TestLinks;
import org.storyweb.story.Phase;
import org.storyweb.story.Spoilers;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * The spoiler crawl of the explorer, its tables and its tour guide: at every limit from chapter 1 to 22, every text
 * a reader can reach (the details of every item a link can select, the graph's people, lines, key and lists at every
 * phase read, both tables, search results, the tour steps) names no event, person or glossary word that a later
 * chapter first tells. The panels draw exactly these fragments; the browser tests check that they do.
 */
class SpoilerCrawlTest {

    private static final StoryPack PACK = Spoilers.PACK;
    private static final PackDrawings.Drawing DRAWING = new PackDrawings().of(PACK);

    static IntStream limits() {
        return IntStream.rangeClosed(1, 22);
    }

    static ViewState link(int limit, String... more) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        parameters.put("upto", List.of(String.valueOf(limit)));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], List.of(more[i + 1]));
        }
        return TestLinks.open(PACK, ViewState.Mode.EXPLORE.segment(), parameters);
    }

    /** Every selection a link can make: each event, person and relationship of the pack, known or not. */
    static List<ViewState.Selection> everySelection() {
        List<ViewState.Selection> all = new ArrayList<>();
        PACK.events().forEach(event -> all.add(new ViewState.EventSelection(event.id())));
        PACK.characters().forEach(person -> all.add(new ViewState.CharacterSelection(person.id())));
        PACK.relationships().forEach(tie -> all.add(new ViewState.RelationshipSelection(tie.id())));
        return all;
    }

    @ParameterizedTest(name = "upto={0}")
    @MethodSource("limits")
    void nothingAReaderCanReachTellsALaterChapter(int limit) {
        Spoilers spoilers = new Spoilers(PACK, limit);
        ViewState base = link(limit);
        ExplorerFilter filter = ExplorerFilter.of(PACK, base);
        assertThat(filter.spoilerLimit()).isEqualTo(limit);

        for (ViewState.Selection selection : everySelection()) {
            details(spoilers, "the details of " + selection, filter, selection);
        }
        java.util.Set<String> knownGroups = DRAWING.nodes(filter).stream().map(NetworkNode::group)
                .collect(java.util.stream.Collectors.toSet());
        PACK.work().groups().stream().filter(group -> !knownGroups.contains(group.id())).forEach(group ->
                assertThat(DRAWING.keyHtml(filter)).as("the key at upto=%d names %s, of whom nobody is shown", limit,
                        group.label()).doesNotContain(">" + group.label() + "<"));
        spoilers.check("the graph's key", org.jsoup.Jsoup.parse(DRAWING.keyHtml(filter)).text());
        spoilers.check("the graph's people", String.join(", ", DRAWING.nodes(filter).stream()
                .map(NetworkNode::label).toList()));
        spoilers.check("the list of people", String.join(", ", filter.characters().stream()
                .map(person -> person.name()).toList()));
        for (Phase phase : filter.phases()) {
            ViewState atPhase = Choices.phase(PACK, base, phase);
            assertThat(filter.phase(atPhase)).isEqualTo(phase);
            spoilers.check("the graph's lines during " + phase.title(), String.join(", ",
                    RelationshipNetwork.edges(DRAWING.graph(), phase, filter::shows).stream()
                            .map(edge -> edge.label() + " " + edge.from() + " " + edge.to()).toList()));
            spoilers.check("the relationship table during " + phase.title(),
                    RelationshipTable.table(DRAWING.graph(), filter, phase, ViewState.NOTHING).text());
        }
        for (ViewState.Order order : ViewState.Order.values()) {
            spoilers.check("the event table by " + order, EventTable.table(filter, order, ViewState.NOTHING)
                    .text());
        }
        for (String query : queries(limit)) {
            PackSearch.search(filter, query).values().stream().flatMap(List::stream).forEach(result -> {
                String where = "the search for \u201c" + query + "\u201d";
                if (realWorld(result.choice())) {
                    spoilers.checkNames(where, result.label() + " " + result.detail());
                } else {
                    spoilers.check(where, result.label() + " " + result.detail());
                }
            });
        }
        for (Tour tour : PACK.tours()) {
            for (int step = 1; step <= tour.steps().size(); step++) {
                ViewState view = Choices.tourStep(PACK, base, tour, step);
                assertThat(view.position().spoilerLimit()).as("a tour step keeps the reader's limit").isEqualTo(limit);
                Element guide = TourGuide.content(PACK, view);
                spoilers.check("the tour guide at " + tour.id() + " step " + step, guide.text());
                details(spoilers, "the details at " + tour.id() + " step " + step, ExplorerFilter.of(PACK, view),
                        view.selection());
            }
        }
        spoilers.assertNothingLeaked();
    }

    // The real world's events and people use the novel's words as plain words, as the details panel treats them.
    private static boolean realWorld(String choice) {
        String[] kindAndId = choice.split(":", 2);
        return switch (kindAndId[0]) {
            case "event" -> PACK.event(kindAndId[1]).orElseThrow().phase().isEmpty();
            case "character" -> org.storyweb.story.SpoilerLimit.firstChapter(PACK,
                    PACK.character(kindAndId[1]).orElseThrow()).isEmpty();
            default -> false;
        };
    }

    private static void details(Spoilers spoilers, String where, ExplorerFilter filter, ViewState.Selection selection) {
        String text = new Details(PACK).of(filter, selection).text();
        boolean realWorld = switch (selection) {
            case ViewState.EventSelection event -> realWorld("event:" + event.eventId());
            case ViewState.CharacterSelection person -> realWorld("character:" + person.characterId());
            default -> false;
        };
        if (realWorld) {
            spoilers.checkNames(where, text);
        } else {
            spoilers.check(where, text);
        }
    }

    /** The words a curious reader might search for: everything a later chapter tells, and the novel's own words. */
    private static List<String> queries(int limit) {
        return Stream.concat(Stream.of("complete", "donation", "deferral", "carer", "possible", "veteran"),
                Stream.concat(PACK.characters().stream().map(person -> person.name()),
                        PACK.events().stream().filter(event -> !event.isRevealedBy(limit)).map(event -> event.title())))
                .toList();
    }
}
