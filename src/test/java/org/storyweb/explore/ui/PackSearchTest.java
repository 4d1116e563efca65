package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewState;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;

/** The search over the real pack: what it finds, how it groups it, and that it respects the view's filters. */
class PackSearchTest {

    private static final StoryPack PACK = RealPack.get();

    private static ExplorerFilter filter(ViewState state) {
        return ExplorerFilter.of(PACK, state);
    }

    private static ExplorerFilter whole() {
        return filter(ViewState.of(PACK.id()));
    }

    @Test
    void findsAnEventByAWordOfItsTextInAnyCaseAndWithoutAccents() {
        Map<PackSearch.Kind, List<PackSearch.Result>> found = PackSearch.search(whole(), "MAMMARY roslin");

        assertThat(found.get(PackSearch.Kind.EVENTS)).extracting(PackSearch.Result::choice)
                .contains("event:dolly-born");
        assertThat(PackSearch.fold("Émile Zola")).isEqualTo("emile zola");
    }

    @Test
    void groupsResultsByKindInAFixedOrderAndPutsTitleMatchesFirst() {
        Map<PackSearch.Kind, List<PackSearch.Result>> found = PackSearch.search(whole(), "ruth");

        assertThat(found.keySet()).containsSubsequence(PackSearch.Kind.EVENTS, PackSearch.Kind.PEOPLE,
                PackSearch.Kind.RELATIONSHIPS);
        assertThat(found.get(PackSearch.Kind.PEOPLE)).extracting(PackSearch.Result::choice)
                .contains("character:ruth");
        List<PackSearch.Result> events = found.get(PackSearch.Kind.EVENTS);
        int lastInTitle = events.stream().filter(PackSearch.Result::inTitle).mapToInt(events::indexOf).max()
                .orElse(-1);
        int firstElsewhere = events.stream().filter(result -> !result.inTitle()).mapToInt(events::indexOf).min()
                .orElse(events.size());
        assertThat(lastInTitle).isLessThan(firstElsewhere);
    }

    @Test
    void findsQuotesSourcesAndGlossaryWordsAndEachLeadsToSomethingSelectable() {
        Map<PackSearch.Kind, List<PackSearch.Result>> carer = PackSearch.search(whole(), "carer");
        assertThat(carer).containsKey(PackSearch.Kind.GLOSSARY);
        assertThat(carer.get(PackSearch.Kind.GLOSSARY).getFirst().choice()).startsWith("event:");

        String quoted = PACK.relationships().stream().flatMap(r -> r.states().stream())
                .flatMap(s -> s.evidence().stream()).filter(e -> e.quote() != null).findFirst().orElseThrow()
                .quote();
        String word = List.of(quoted.split("\\W+")).stream().filter(w -> w.length() > 5).findFirst().orElseThrow();
        assertThat(PackSearch.search(whole(), word)).containsKey(PackSearch.Kind.QUOTES);

        assertThat(PackSearch.search(whole(), "Roslin Institute").get(PackSearch.Kind.SOURCES))
                .allSatisfy(result -> assertThat(result.choice()).matches("(event|relationship):.+"));
    }

    @Test
    void searchesOnlyWhatTheViewShows() {
        ViewState limited = ViewState.of(PACK.id()).withPosition(ViewState.StoryPosition.START.withSpoilerLimit(3));
        Set<String> shown = Set.copyOf(filter(limited).events().stream().map(Event::id).toList());

        PackSearch.search(filter(limited), "the").getOrDefault(PackSearch.Kind.EVENTS, List.of())
                .forEach(result -> assertThat(shown).contains(result.choice().substring("event:".length())));
        ViewState onlyScience = ViewState.of(PACK.id()).withTimeline(ViewState.TimelineView.WHOLE
                .withTracks(Set.of("science")));
        assertThat(PackSearch.search(filter(onlyScience), "Kathy").get(PackSearch.Kind.EVENTS)).isNull();
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(PackSearch.search(whole(), "  ,. ")).isEmpty();
    }

    @Test
    void thePersonAndPartFiltersKeepTheirEvents() {
        ViewState ruth = ViewState.of(PACK.id()).withTimeline(ViewState.TimelineView.WHOLE
                .withPeople(Set.of("ruth")).withPart("part-two"));
        List<Event> events = filter(ruth).events();

        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.involves("ruth")).isTrue();
            assertThat(event.toldInChapter()).hasValueSatisfying(chapter -> assertThat(chapter).isBetween(10, 17));
        });
    }

    /** The pack in content/, loaded once for these tests. */
    static final class RealPack {
        private static StoryPack pack;

        static synchronized StoryPack get() {
            if (pack == null) {
                pack = StoryPacks.load(java.nio.file.Path.of("content")).find("never-let-me-go").orElseThrow();
            }
            return pack;
        }
    }
}
