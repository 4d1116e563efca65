package org.storyweb.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.Presentation;
import org.storyweb.explore.ViewState.StoryPosition;
import org.storyweb.explore.ViewState.TimelineView;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;
import org.storyweb.explore.LinkReader.Reading;
import org.storyweb.story.Chapter;
import org.storyweb.story.Event;
import org.storyweb.story.EventBuilder;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationships;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Tour;
import org.storyweb.story.Track;
import org.storyweb.story.Window;

class ViewStateCodecTest {

    private static final StoryPack PACK = tinyPack("tiny");
    private static final StoryPack OTHER = tinyPack("other");

    private static StoryPack tinyPack(String id) {
        List<Track> tracks = List.of(new Track("story", "Story", "", "#1d4f91"),
                new Track("world", "World", "", "#8a5a00"), new Track("science", "Science", "", "#1f6b3a"));
        List<Phase> phases = List.of(new Phase("school", 0, "School", 1, 3, null, ""),
                new Phase("later", 1, "Later", 4, 10, null, ""));
        List<Part> parts = List.of(new Part("one", "One",
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(n -> new Chapter(n, null)).toList()));
        List<StoryCharacter> people = List.of(
                new StoryCharacter("ann", "Ann", "", "student", null, null, List.of("annie")),
                new StoryCharacter("ben", "Ben", "", "student", null, null, List.of()));
        List<Event> events = List.of(
                EventBuilder.event("meeting").title("They meet").date("1990").told("school", 1, 1).characters("ann")
                        .aliases("first-meeting").build(),
                EventBuilder.event("dolly").title("Dolly").date("1996-07-05").track("science").build());
        List<Tour> tours = List.of(new Tour("walk", "A walk", null, List.of(
                new Tour.Step(Map.of("phase", "later", "event", "dolly", "window", "1990..2005"), "Dolly.", null,
                        List.of("s"), null),
                new Tour.Step(Map.of("character", "ann", "order", "telling", "upto", "3"), "Ann.", null,
                        List.of("s"), null))));
        return PackBuilder.pack(id).title("Tiny " + id)
                .themes(List.of(new Theme("memory", "Memory", Theme.Kind.THEME, "", List.of()),
                        new Theme("loss", "Loss", Theme.Kind.THEME, "", List.of())))
                .tracks(tracks).phases(phases).parts(parts).characters(people)
                .relationships(List.of(Relationships.between("ann", "ben",
                        Relationships.state("school", "later", RelationKind.FRIENDSHIP, "friends"))))
                .events(events).tours(tours).build();
    }

    private static Reading read(String location) {
        int question = location.indexOf('?');
        String[] path = (question < 0 ? location : location.substring(0, question)).split("/", 2);
        String query = question < 0 ? "" : location.substring(question + 1);
        Map<String, List<String>> parameters = QueryParameters.fromString(query).getParameters();
        return ViewStateCodec.read(path[0], path.length > 1 ? path[1] : null, parameters,
                id -> Optional.ofNullable(id.equals("tiny") ? PACK : id.equals("other") ? OTHER : null), PACK);
    }

    @Test
    void theDefaultViewIsJustThePack() {
        assertThat(ViewStateCodec.toLocation(ViewState.of("tiny"))).isEqualTo("tiny");
    }

    @Test
    void aLinkIsShortReadableAndInAFixedOrder() {
        ViewState state = ViewState.of("tiny")
                .withTimeline(TimelineView.WHOLE.withTracks(Set.of("story", "science"))
                        .withWindow(new Window(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 12, 31))))
                .withPosition(new StoryPosition("later", 9))
                .withSelection(new EventSelection("dolly"));

        assertThat(ViewStateCodec.toLocation(state))
                .isEqualTo("tiny?event=dolly&phase=later&window=1990..2005&tracks=science,story&upto=9");
    }

    @Test
    void aTourStepIsItsTourAndStepAndOpensTheStepsView() {
        Reading reading = read("tiny/present?tour=walk&step=2");

        assertThat(reading.notices()).isEmpty();
        ViewState state = reading.state();
        assertThat(state.selection()).isEqualTo(new CharacterSelection("ann"));
        assertThat(state.timeline().order()).isEqualTo(Order.TELLING);
        assertThat(state.position().spoilerLimitKnown()).contains(3);
        assertThat(state.presentation()).isEqualTo(new Presentation(Mode.PRESENT, "walk", 2));
        // The spoiler limit is the reader's, so a tour's link carries it beside the tour and the step.
        assertThat(ViewStateCodec.toLocation(state)).isEqualTo("tiny/present?upto=3&tour=walk&step=2");
        assertThat(read("tiny/present?upto=3&tour=walk&step=2").state()).isEqualTo(state);
        assertThat(read("tiny/present?upto=2&tour=walk&step=2").state().position().spoilerLimitKnown()).contains(2);
    }

    @Test
    void aTourWithoutAStepStartsAtTheFirst() {
        Reading reading = read("tiny/embed?tour=walk");

        assertThat(reading.notices()).isEmpty();
        assertThat(reading.state().selection()).isEqualTo(new EventSelection("dolly"));
        assertThat(reading.state().position().phase()).contains("later");
        assertThat(ViewStateCodec.toLocation(reading.state())).isEqualTo("tiny/embed?tour=walk&step=1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tiny?tour=walk&step=7 | 2 | The tour \u201cA walk\u201d has 2 steps; showing the last.",
        "tiny?tour=walk&step=zero | 1 | \u201czero\u201d is not a step number; showing the tour's first step.",
        "tiny?tour=walk&step=1&event=meeting&phase=school | 1 | A tour step sets the view itself; ignoring the "
                + "link's event, phase."
    })
    void aTourStepThatCannotBeUsedAsGivenOpensTheNearestStep(String location, int step, String notice) {
        Reading reading = read(location);

        assertThat(reading.notices()).containsExactly(notice);
        assertThat(reading.state().presentation().tourStep()).isEqualTo(step);
    }

    @Test
    void changingTheViewOfATourStepLeavesTheTour() {
        ViewState step = read("tiny/present?tour=walk&step=1").state();

        assertThat(ViewStateCodec.toLocation(step.withSelection(new EventSelection("meeting"))))
                .isEqualTo("tiny/present?event=meeting&phase=later&window=1990..2005");
        assertThat(ViewStateCodec.toLocation(step.withPresentation(step.presentation().withMode(Mode.EXPLORE))))
                .isEqualTo("tiny?tour=walk&step=1");
    }

    @Test
    void aWindowThatIsNotWholeYearsKeepsItsDays() {
        ViewState state = ViewState.of("tiny")
                .withTimeline(TimelineView.WHOLE.withWindow(new Window(LocalDate.of(1996, 7, 5), LocalDate.of(2003, 2, 14))));

        assertThat(ViewStateCodec.toLocation(state)).isEqualTo("tiny?window=1996-07-05..2003-02-14");
        assertThat(read("tiny?window=1996-07-05..2003-02-14").state()).isEqualTo(state);
    }

    /** Random valid states survive the trip to a link and back, exactly. */
    @RepeatedTest(300)
    void anyValidStateSurvivesTheRoundTrip(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        ViewState state = randomState(random);

        String location = ViewStateCodec.toLocation(state);
        Reading reading = read(location);

        assertThat(reading.notices()).as(location).isEmpty();
        assertThat(reading.state()).as(location).isEqualTo(state);
        assertThat(ViewStateCodec.toLocation(reading.state())).isEqualTo(location);
    }

    private static ViewState randomState(Random random) {
        StoryPack pack = random.nextBoolean() ? PACK : OTHER;
        Selection selection = switch (random.nextInt(4)) {
            case 0 -> ViewState.NOTHING;
            case 1 -> new EventSelection(pick(random, List.of("meeting", "dolly")));
            case 2 -> new CharacterSelection(pick(random, List.of("ann", "ben")));
            default -> new RelationshipSelection("ann-ben");
        };
        Window window = null;
        if (random.nextBoolean()) {
            LocalDate from = LocalDate.of(1 + random.nextInt(2500), 1 + random.nextInt(12), 1 + random.nextInt(28));
            window = new Window(from, from.plusDays(1 + random.nextInt(40000)));
        }
        return new ViewState(pack.id(), selection,
                new StoryPosition(random.nextBoolean() ? pick(random, List.of("school", "later")) : null,
                        random.nextBoolean() ? 1 + random.nextInt(9) : null),
                new TimelineView(window, randomSubset(random, List.of("story", "world", "science")),
                        randomSubset(random, List.of("memory", "loss")),
                        random.nextBoolean() ? Order.CHRONOLOGICAL : Order.TELLING,
                        random.nextBoolean() ? Set.of() : Set.of(pick(random, List.of("ann", "ben"))),
                        random.nextBoolean() ? "one" : null),
                new Presentation(Mode.values()[random.nextInt(Mode.values().length)], null, null));
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    // A proper subset: choosing every one is the default, written as none.
    private static Set<String> randomSubset(Random random, List<String> from) {
        Set<String> chosen = new TreeSet<>();
        for (String id : from) {
            if (random.nextBoolean()) {
                chosen.add(id);
            }
        }
        return chosen.size() == from.size() ? Set.of() : chosen;
    }

    @Test
    void eachViewHasItsOwnPlaceInTheLink() {
        ViewState present = ViewState.of("tiny").withPresentation(Presentation.EXPLORER.withMode(Mode.PRESENT))
                .withPosition(StoryPosition.START.withPhase("later"));

        assertThat(ViewStateCodec.toLocation(present)).isEqualTo("tiny/present?phase=later");
        assertThat(read("tiny/present?phase=later").state()).isEqualTo(present);
    }

    @Test
    void linksFromBeforeViewsHadTheirOwnPathStillOpenThem() {
        Reading present = read("tiny?phase=later&mode=present");
        Reading embedded = read("tiny?event=dolly&mode=embed");

        assertThat(present.notices()).isEmpty();
        assertThat(ViewStateCodec.toLocation(present.state())).isEqualTo("tiny/present?phase=later");
        assertThat(embedded.notices()).isEmpty();
        assertThat(ViewStateCodec.toLocation(embedded.state())).isEqualTo("tiny/embed?event=dolly");
    }

    @Test
    void theEmbedHasItsOwnPathAndLinksThatSaidEmbedOneOpenIt() {
        Reading embed = read("tiny/embed?event=dolly&phase=later");
        Reading old = read("tiny?event=dolly&phase=later&embed=1");
        Reading oldTable = read("tiny/table?event=dolly&phase=later&embed=yes");

        assertThat(embed.notices()).isEmpty();
        assertThat(embed.pathFound()).isTrue();
        assertThat(embed.state().presentation().mode()).isEqualTo(Mode.EMBED);
        assertThat(old.state()).isEqualTo(embed.state());
        assertThat(oldTable.state()).isEqualTo(embed.state());
        assertThat(ViewStateCodec.toLocation(embed.state())).isEqualTo("tiny/embed?event=dolly&phase=later");
    }

    @Test
    void theTablesAndTheAboutPageHaveTheirPlaceInThePathAndFiltersByPersonAndPartTheirParameters() {
        Reading table = read("tiny/table?part=one&people=annie&phase=later");
        Reading about = read("tiny/about");

        assertThat(table.notices()).isEmpty();
        assertThat(table.state().presentation().mode()).isEqualTo(Mode.TABLE);
        assertThat(table.state().timeline().people()).containsExactly("ann");
        assertThat(table.state().timeline().part()).contains("one");
        assertThat(ViewStateCodec.toLocation(table.state())).isEqualTo("tiny/table?phase=later&people=ann&part=one");
        assertThat(ViewStateCodec.toLocation(read("tiny/relationships?phase=later").state()))
                .isEqualTo("tiny/relationships?phase=later");
        assertThat(about.state().presentation().mode()).isEqualTo(Mode.ABOUT);
        assertThat(ViewStateCodec.toLocation(read("tiny?themes=x&people=ann").state())).isEqualTo("tiny?people=ann");
    }

    @Test
    void anOldIdLeadsToTheCurrentOne() {
        Reading reading = read("tiny?event=first-meeting");

        assertThat(reading.notices()).isEmpty();
        assertThat(reading.state().selectedEvent()).contains("meeting");
        assertThat(read("tiny?character=annie").state().selectedCharacter()).contains("ann");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'' | true", "tiny | true", "tiny/present?step=2 | true", "tiny/table | true", "tiny?event=nope | true",
        "nowhere | false", "nowhere/present | false", "tiny/nothing | false", "tiny/present/more | false"})
    void aPathThatNamesNoBookOrNoViewIsNotFoundThoughItOpensAView(String location, boolean found) {
        Reading reading = read(location);

        assertThat(reading.pathFound()).isEqualTo(found);
        assertThat(reading.state().packId()).isEqualTo("tiny");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nowhere?event=dolly | There is no book called \u201cnowhere\u201d here; showing Tiny tiny instead.",
        "tiny?event=nope | No event called \u201cnope\u201d in this book.",
        "tiny?character=zed | No character called \u201czed\u201d in this book.",
        "tiny?relationship=x-y | No relationship called \u201cx-y\u201d in this book.",
        "tiny?phase=college | No phase called \u201ccollege\u201d in this book; showing School.",
        "tiny?window=banana | The time window \u201cbanana\u201d could not be read; showing the whole timeline.",
        "tiny?window=2005..1990 | The time window \u201c2005..1990\u201d could not be read; showing the whole timeline.",
        "tiny?window=1990-02-30..2000 | The time window \u201c1990-02-30..2000\u201d could not be read; showing the whole timeline.",
        "tiny?window=0..99999 | The time window \u201c0..99999\u201d could not be read; showing the whole timeline.",
        "tiny?tracks=story,moon | No track called \u201cmoon\u201d in this book.",
        "tiny?themes=hope | No theme called \u201chope\u201d in this book.",
        "tiny?order=random | No order called \u201crandom\u201d; showing events in the order they happen.",
        "tiny?upto=-3 | \u201c-3\u201d is not a chapter number; showing the whole book.",
        "tiny?upto=99999999999 | \u201c99999999999\u201d is not a chapter number; showing the whole book.",
        "tiny?upto=500 | This book has 10 chapters; showing all of them.",
        "tiny?mode=admin | No mode called \u201cadmin\u201d; showing the explorer.",
        "tiny/tables | No view called \u201ctables\u201d; showing the explorer.",
        "tiny?people=ann,zed | No character called \u201czed\u201d in this book.",
        "tiny?part=nine | No part called \u201cnine\u201d in this book; showing the whole book.",
        "tiny?embed=maybe | \u201cmaybe\u201d is not a yes or no for \u201cembed\u201d; showing the page in full.",
        "tiny?tour=intro&step=2 | No tour called \u201cintro\u201d in this book.",
        "tiny?step=2 | A tour step needs a tour; ignoring the step.",
        "tiny?event=dolly&event=meeting | The link gives \u201cevent\u201d more than once; using the first.",
        "tiny?event=dolly&character=ann | A link selects one thing at a time; showing the first of them.",
    })
    void aBadPartOfALinkIsExplainedAndTheRestStillOpens(String location, String notice) {
        Reading reading = read(location);

        assertThat(reading.notices()).containsExactly(notice);
        assertThat(ViewStateCodec.toLocation(reading.state())).doesNotContain("nope", "banana", "moon", "admin");
    }

    @Test
    void whatCanBeUsedIsKeptBesideWhatCannot() {
        Reading reading = read("tiny?event=dolly&phase=nowhere&tracks=story,moon&upto=4");

        assertThat(reading.state().selectedEvent()).contains("dolly");
        assertThat(reading.state().position().phase()).isEmpty();
        assertThat(reading.state().timeline().tracks()).containsExactly("story");
        assertThat(reading.state().position().spoilerLimit()).isEqualTo(4);
        assertThat(reading.notices()).hasSize(2);
    }

    @Test
    void markupInALinkIsQuotedAsTextAndShortened() {
        Reading reading = read("tiny?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E");

        assertThat(reading.state().selection()).isEqualTo(ViewState.NOTHING);
        assertThat(reading.notices()).singleElement().asString()
                .isEqualTo("No event called \u201c<script>alert(1)</script><img src=x oner\u2026\u201d in this book.");
    }

    @Test
    void everyTrackChosenIsTheSameAsNoneChosen() {
        assertThat(read("tiny?tracks=story,world,science").state()).isEqualTo(ViewState.of("tiny"));
    }

    @Test
    void aGarbageLinkStillOpensTheDefaultView() {
        List<String> garbage = new ArrayList<>(List.of("tiny?&&&==&", "tiny?event", "tiny?event=",
                "tiny?window=..", "tiny?" + "x".repeat(5000) + "=1", "tiny?event=" + "y".repeat(5000)));
        for (String location : garbage) {
            assertThat(read(location).state()).as(location).isEqualTo(ViewState.of("tiny"));
        }
    }
}
