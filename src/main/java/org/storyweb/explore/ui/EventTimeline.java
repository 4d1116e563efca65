package org.storyweb.explore.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.components.timeline.TimelineBackground;
import org.storyweb.components.timeline.TimelineGroup;
import org.storyweb.components.timeline.TimelineItem;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/** How a pack's events appear on the timeline: one row per track, a point for a known day, a span otherwise. */
final class EventTimeline {

    static final String RELATED_CLASS = "is-related";

    private EventTimeline() {
    }

    static List<TimelineGroup> groups(List<Track> tracks) {
        return tracks.stream()
                .map(track -> new TimelineGroup(track.id(), track.title(), "track-" + track.id()))
                .toList();
    }

    /** The items; events of {@code related} carry an extra class so that they stand out. */
    static List<TimelineItem> items(List<Event> events, Set<String> related) {
        return events.stream().map(event -> item(event, related.contains(event.id()))).toList();
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
                classes.toString());
    }

    /** The narration's span, shaded across all tracks: the time the story is told from. */
    static List<TimelineBackground> backgrounds(StoryPack pack) {
        FuzzyDate narration = pack.work().narrationDate();
        if (narration == null) {
            return List.of();
        }
        return List.of(new TimelineBackground("narration", "Narrated from: " + pack.work().narrationLabel(),
                startOf(narration.earliest()), endOf(narration.latest()), null, "narration"));
    }

    /** A window that shows every event, with a margin either side. */
    static TimeWindow wholeStory(StoryPack pack) {
        LocalDate first = pack.events().stream().map(e -> e.date().earliest()).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = pack.events().stream().map(e -> e.date().latest()).max(LocalDate::compareTo)
                .orElse(first.plusYears(1));
        return new TimeWindow(startOf(first.minusYears(3)), endOf(last.plusYears(3)));
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
