package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import com.vaadin.flow.signals.Signal;
import org.storyweb.explore.ViewState;
import java.util.stream.IntStream;
import org.storyweb.components.chart.Axis;
import org.storyweb.components.chart.Band;
import org.storyweb.components.chart.ChartPoint;
import org.storyweb.components.chart.ScatterChart;
import org.storyweb.story.Chapter;
import org.storyweb.story.Event;
import org.storyweb.story.StoryPack;

/**
 * The order of telling against the order of events: one point per story event, across at the chapter that tells it,
 * up at when it happened (with its uncertainty as a line), joined in the order of telling so that flashbacks and the
 * jumps between parts show as drops and climbs.
 */
class AnachronyChart extends Composite<Section> {

    /** What the chart depends on: the events the view shows, and the selected one. */
    private record Shown(ExplorerFilter filter, String selectedEventId) {
    }

    private final ScatterChart chart = new ScatterChart();

    AnachronyChart(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        getContent().addClassName("anachrony");
        getContent().setId("anachrony");
        chart.setId("anachrony-chart");
        chart.setConnected(true);
        chart.addPointSelectListener(event -> go.accept(Choices.event(pack, state.peek(), event.pointId())));
        getContent().add(new Paragraph("Each dot is an event of the story: across, the chapter that tells it; up, when it "
                        + "happened, with a line where the date is approximate. The dashed line follows the telling."),
                chart);
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.selectedEvent().orElse(null))));
        Signal.effect(this, () -> Optional.ofNullable(input.get())
                .ifPresent(shown -> show(pack, shown.filter().events(), shown.selectedEventId())));
    }

    private void show(StoryPack pack, List<Event> shown, String selectedEventId) {
        List<Event> told = shown.stream().filter(event -> event.toldInChapter().isPresent())
                .sorted(Comparator.comparing((Event event) -> event.toldInChapter().get())
                        .thenComparing(event -> event.date().earliest()))
                .toList();
        getContent().setVisible(!told.isEmpty());
        if (told.isEmpty()) {
            return;
        }
        int lastChapter = pack.parts().stream().flatMap(part -> part.chapters().stream())
                .mapToInt(Chapter::number).max().orElse(1);
        int firstDecade = decade(told.stream().map(e -> e.date().earliest()).min(LocalDate::compareTo).orElseThrow());
        int lastDecade = decade(told.stream().map(e -> e.date().latest()).max(LocalDate::compareTo).orElseThrow()) + 10;
        chart.setAccessibleLabel("Anachrony chart of " + pack.work().title() + ": " + told.size()
                + " events by the chapter that tells them and the time they happened");
        chart.setAxes(
                new Axis("Chapter that tells it", 0.5, lastChapter + 0.5, IntStream.rangeClosed(1, lastChapter)
                        .mapToObj(n -> new Axis.Tick(n, String.valueOf(n))).toList()),
                new Axis("When it happened", firstDecade, lastDecade,
                        IntStream.iterate(firstDecade, year -> year <= lastDecade, year -> year + 10)
                                .mapToObj(year -> new Axis.Tick(year, year + "s")).toList()));
        List<Band> bands = new java.util.ArrayList<>(pack.parts().stream().filter(part -> !part.chapters().isEmpty())
                .map(part -> Band.alongX(part.id(), part.chapters().getFirst().number() - 0.5,
                        part.chapters().getLast().number() + 0.5, shortTitle(part.title()), "part")).toList());
        if (pack.work().narrationDate() != null) {
            bands.add(Band.alongY("narration", year(pack.work().narrationDate().earliest()),
                    year(pack.work().narrationDate().latest().plusDays(1)), "Narrated from: "
                            + pack.work().narrationLabel(), "narration"));
        }
        chart.setBands(bands);
        chart.setPoints(told.stream().map(event -> {
            double low = year(event.date().earliest());
            double high = year(event.date().latest().plusDays(1));
            ChartPoint point = new ChartPoint(event.id(), event.toldInChapter().get(), (low + high) / 2,
                    event.title(), "track-" + event.trackId());
            return event.date().isExactDay() ? point : point.withSpan(low, high);
        }).toList());
        chart.setAccessibleLabelGenerator(point -> pack.event(point.id())
                .map(event -> event.title() + " \u2014 told in chapter " + (int) point.x() + ", happened "
                        + event.date().label())
                .orElse(point.label()));
        chart.setSelectedPoint(told.stream().anyMatch(event -> event.id().equals(selectedEventId))
                ? selectedEventId : null);
    }

    // "Part Two (the Cottages)" or "Part Two: the Cottages" is "Part Two" above the chart, where the parts' strips
    // are narrow.
    private static String shortTitle(String title) {
        int end = title.indexOf(':');
        int bracket = title.indexOf(" (");
        if (bracket > 0 && (end < 0 || bracket < end)) {
            end = bracket;
        }
        return end > 0 ? title.substring(0, end) : title;
    }

    private static int decade(LocalDate date) {
        return Math.floorDiv(date.getYear(), 10) * 10;
    }

    // A date as a fractional year, so that spans keep their true length.
    private static double year(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
