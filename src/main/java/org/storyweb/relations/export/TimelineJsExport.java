package org.storyweb.relations.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Phase;
import org.storyweb.story.Source;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pack's events as a TimelineJS 3 file (https://timeline.knightlab.com/docs/json-format.html): a title slide for
 * the work, one slide per event, the tracks as TimelineJS groups, the phases that have years as eras, and the sources
 * as each slide's media credit.
 * <p>
 * Dates keep the precision the event's date has: a day gives year, month and day, a month gives year and month, a
 * year only the year. A circa year is its year; a decade or part of one spans its first and last year; a range spans
 * its ends. Estimates and ranges keep their label as the slide's {@code display_date}, so that TimelineJS never shows
 * more precision than the pack claims.
 * <p>
 * TimelineJS reads headlines, texts and credits as HTML, and content is text: every string is escaped here, so that
 * nothing from a pack runs as markup. TimelineJS shows a credit only under a slide's media; our slides have no media
 * (an empty {@code url}, as its own spreadsheet template writes), so the credits travel in the file for whoever adds
 * media, and for {@code --import-timelinejs}, which reads them back as sources.
 */
public final class TimelineJsExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final StoryPack pack;

    public TimelineJsExport(StoryPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /** The file as a string. */
    public String asString() {
        return JSON.writeValueAsString(tree());
    }

    /** The file as a Jackson tree. */
    public ObjectNode tree() {
        ObjectNode timeline = JSON.createObjectNode();
        ObjectNode title = timeline.putObject("title");
        text(title, pack.work().title(), pack.work().author() + (pack.work().description() == null ? ""
                : ". " + pack.work().description()));
        for (Event event : pack.events()) {
            ObjectNode slide = timeline.withArray("events").addObject();
            slide.put("unique_id", event.id());
            dates(slide, event.date());
            text(slide, event.title(), event.text());
            pack.track(event.trackId()).map(Track::title).ifPresent(group -> slide.put("group", twice(group)));
            List<Source> sources = event.sourceIds().stream().flatMap(id -> pack.source(id).stream()).toList();
            if (!sources.isEmpty()) {
                slide.putObject("media").put("url", "").put("credit", credit(sources));
            }
        }
        for (Phase phase : pack.phases()) {
            phase.whenKnown().ifPresent(when -> {
                ObjectNode era = timeline.withArray("eras").addObject();
                era.putObject("start_date").put("year", when.earliest().getYear());
                era.putObject("end_date").put("year", when.latest().getYear());
                era.putObject("text").put("headline", Entities.escape(phase.title()));
            });
        }
        return timeline;
    }

    private static void text(ObjectNode slide, String headline, String text) {
        ObjectNode node = slide.putObject("text").put("headline", Entities.escape(headline));
        if (text != null && !text.isBlank()) {
            node.put("text", "<p>" + Entities.escape(text.strip()).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>");
        }
    }

    private static void dates(ObjectNode slide, FuzzyDate date) {
        switch (date.precision()) {
            case DAY -> day(slide.putObject("start_date"), date.earliest());
            case MONTH -> month(slide.putObject("start_date"), date.earliest());
            case YEAR -> slide.putObject("start_date").put("year", date.earliest().getYear());
            // The year the author named, which lies in the middle of the span the estimate stands for.
            case CIRCA_YEAR -> slide.putObject("start_date").put("year",
                    date.earliest().plusYears(FuzzyDate.CIRCA_YEARS).getYear());
            case DECADE, PART_OF_DECADE -> {
                slide.putObject("start_date").put("year", date.earliest().getYear());
                slide.putObject("end_date").put("year", date.latest().getYear());
            }
            case RANGE -> {
                rangeEnd(slide.putObject("start_date"), date.earliest(), date.earliest().getDayOfMonth() == 1,
                        date.earliest().getDayOfYear() == 1);
                rangeEnd(slide.putObject("end_date"), date.latest(),
                        date.latest().getDayOfMonth() == date.latest().lengthOfMonth(),
                        date.latest().getDayOfYear() == date.latest().lengthOfYear());
            }
        }
        if (date.isEstimate() || date.precision() == FuzzyDate.Precision.RANGE) {
            slide.put("display_date", twice(date.label()));
        }
    }

    // A range keeps only its first and last day; a whole year or month at an end was written as one.
    private static void rangeEnd(ObjectNode node, LocalDate day, boolean wholeMonth, boolean wholeYear) {
        if (wholeYear) {
            node.put("year", day.getYear());
        } else if (wholeMonth) {
            month(node, day);
        } else {
            day(node, day);
        }
    }

    private static void month(ObjectNode node, LocalDate date) {
        node.put("year", date.getYear()).put("month", date.getMonthValue());
    }

    private static void day(ObjectNode node, LocalDate date) {
        month(node, date);
        node.put("day", date.getDayOfMonth());
    }

    /**
     * TimelineJS reads a group and a display date as markup, takes their text, and then puts that text into the page
     * as markup again; escaped twice, they arrive as the text they are.
     */
    static String twice(String text) {
        return Entities.escape(Entities.escape(text));
    }

    // One source a line; a source on the web links to it.
    private static String credit(List<Source> sources) {
        return sources.stream().map(source -> source.link()
                .map(url -> "<a href=\"" + Entities.escape(url) + "\">" + Entities.escape(source.citation()) + "</a>")
                .orElse(Entities.escape(source.citation())))
                .collect(Collectors.joining("<br>"));
    }
}
