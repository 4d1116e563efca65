package org.storyweb.explore.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.components.timeline.Timeline;
import org.storyweb.components.timeline.TimelineBackground;
import org.storyweb.components.timeline.TimelineGroup;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/** How a pack's events appear on the timeline: one row per track, a point for a known day, a span otherwise. */
public final class EventTimeline {

    static final String RELATED_CLASS = "is-related";

    private EventTimeline() {
    }

    public static List<TimelineGroup> groups(List<Track> tracks) {
        return tracks.stream()
                .map(track -> new TimelineGroup(track.id(), track.title(), "track-" + track.id(), track.color()))
                .toList();
    }

    /**
     * The items; events of {@code related} carry an extra class so that they stand out. The others are taken from
     * {@code plain}, the pack's items made once and shared by every open page, so a page keeps no copies of its own.
     */
    public static List<TimelineItem> items(List<Event> events, Set<String> related, Map<String, TimelineItem> plain) {
        return events.stream().map(event -> related.contains(event.id()) || !plain.containsKey(event.id())
                ? item(event, related.contains(event.id())) : plain.get(event.id())).toList();
    }

    /** Every event's item, not related to any selection, by event id. */
    static Map<String, TimelineItem> plainItems(StoryPack pack) {
        Map<String, TimelineItem> plain = new LinkedHashMap<>();
        pack.events().forEach(event -> plain.put(event.id(), item(event, false)));
        return Map.copyOf(plain);
    }

    private static TimelineItem item(Event event, boolean related) {
        FuzzyDate date = event.date();
        StringBuilder classes = new StringBuilder("track-").append(event.trackId());
        classes.append(date.isExactDay() ? " date-exact" : " date-span");
        if (event.uncertain()) {
            classes.append(" is-uncertain");
        }
        if (related) {
            classes.append(' ').append(RELATED_CLASS);
        }
        Instant end = date.isExactDay() ? null : endOf(date.latest());
        return new TimelineItem(event.id(), event.title(), startOf(date.earliest()), end, event.trackId(),
                classes.toString(), date.label());
    }

    /**
     * The items in the order of telling: each event at the chapter that tells it, on a chapter axis. Events no
     * chapter tells (the real world's) have no place there and are left out.
     */
    public static List<TimelineItem> tellingItems(List<Event> events, Set<String> related) {
        return events.stream().filter(event -> event.toldInChapter().isPresent()).map(event -> {
            int chapter = event.toldInChapter().get();
            TimelineItem placed = item(event, related.contains(event.id()));
            // Chapter n is the span from position n to n + 1, under its "Ch. n" label.
            return new TimelineItem(placed.id(), placed.text(), Timeline.sequencePosition(chapter + 0.05),
                    Timeline.sequencePosition(chapter + 0.95), placed.groupId(), placed.className(),
                    "Ch. " + chapter + " \u00b7 " + placed.caption());
        }).toList();
    }

    /** The parts of the book, shaded on the chapter axis. */
    static List<TimelineBackground> partBackgrounds(StoryPack pack) {
        return pack.parts().stream().filter(part -> !part.chapters().isEmpty()).map(part -> new TimelineBackground(
                part.id(), part.title(),
                Timeline.sequencePosition(part.chapters().getFirst().number()),
                Timeline.sequencePosition(part.chapters().getLast().number() + 1), null, "part")).toList();
    }

    /** The whole book on the chapter axis. */
    public static TimeWindow wholeBook(StoryPack pack) {
        int last = pack.parts().stream().flatMap(part -> part.chapters().stream()).mapToInt(c -> c.number()).max()
                .orElse(1);
        return new TimeWindow(Timeline.sequencePosition(1), Timeline.sequencePosition(last + 1));
    }

    /**
     * Where the "story moment" marker stands for each phase: at the middle date of the phase's events (halfway
     * through its "when" if it has none), never before the phase before it.
     */
    static Map<Phase, Instant> phaseMoments(StoryPack pack) {
        Map<Phase, Instant> moments = new LinkedHashMap<>();
        Instant previous = null;
        for (Phase phase : pack.phases()) {
            List<LocalDate> dates = pack.events().stream()
                    .filter(event -> phase.id().equals(event.phaseId()))
                    .map(event -> event.date().earliest()).sorted().toList();
            Instant moment = !dates.isEmpty() ? startOf(dates.get(dates.size() / 2))
                    : phase.whenKnown().map(when -> startOf(when.earliest().plusDays(
                            java.time.temporal.ChronoUnit.DAYS.between(when.earliest(), when.latest()) / 2)))
                    .orElse(previous);
            if (moment == null) {
                continue;
            }
            if (previous != null && !moment.isAfter(previous)) {
                moment = previous.plus(java.time.Duration.ofDays(30));
            }
            moments.put(phase, moment);
            previous = moment;
        }
        return moments;
    }

    /** The narration's span, shaded across all tracks: the time the story is told from. */
    public static List<TimelineBackground> backgrounds(StoryPack pack) {
        FuzzyDate narration = pack.work().narrationDate();
        if (narration == null) {
            return List.of();
        }
        return List.of(new TimelineBackground("narration", "Narrated from: " + pack.work().narrationLabel(),
                startOf(narration.earliest()), endOf(narration.latest()), null, "narration"));
    }

    /**
     * The window a phase opens on: the phase's own dates, or else its events' dates, with a margin either side and
     * at least a few years wide, so that the real world around them shows too. Backstory told in a phase can reach
     * far back, so its own dates come first.
     */
    public static TimeWindow aroundPhase(StoryPack pack, Phase phase) {
        if (phase.whenKnown().isPresent()) {
            return padded(phase.whenKnown().get().earliest(), phase.whenKnown().get().latest());
        }
        List<Event> events = pack.events().stream().filter(event -> phase.id().equals(event.phaseId())).toList();
        if (events.isEmpty()) {
            return wholeStory(pack);
        }
        LocalDate first = events.stream().map(e -> e.date().earliest()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = events.stream().map(e -> e.date().latest()).max(LocalDate::compareTo).orElseThrow();
        return padded(first, last);
    }

    // The margin goes before the span: the next phase's events start where this one ends, and a title that starts
    // at the right edge would be cut by it.
    private static TimeWindow padded(LocalDate first, LocalDate last) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        long before = Math.max(span / 8, MIN_PHASE_DAYS - span);
        return new TimeWindow(startOf(first.minusDays(before)), endOf(last));
    }

    private static final long MIN_PHASE_DAYS = 6 * 365;

    /** A window that shows every event, with a margin either side. */
    static TimeWindow wholeStory(StoryPack pack) {
        LocalDate first = pack.events().stream().map(e -> e.date().earliest()).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = pack.events().stream().map(e -> e.date().latest()).max(LocalDate::compareTo)
                .orElse(first.plusYears(1));
        return new TimeWindow(startOf(first.minusYears(3)), endOf(last.plusYears(3)));
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
