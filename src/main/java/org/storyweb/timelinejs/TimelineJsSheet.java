package org.storyweb.timelinejs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * TimelineJS's Google-Sheet template, saved as CSV, read into the same tree as a TimelineJS JSON file, so that one
 * importer serves both. The columns are the template's (Year, Month, Day, Time, End Year, …, Type, Group,
 * Background); a column the template does not have is reported.
 */
final class TimelineJsSheet {

    /** One row of the template. Every cell is text, as a spreadsheet gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(@JsonProperty("Year") String year, @JsonProperty("Month") String month,
            @JsonProperty("Day") String day, @JsonProperty("Time") String time,
            @JsonProperty("End Year") String endYear, @JsonProperty("End Month") String endMonth,
            @JsonProperty("End Day") String endDay, @JsonProperty("End Time") String endTime,
            @JsonProperty("Display Date") String displayDate, @JsonProperty("Headline") String headline,
            @JsonProperty("Text") String text, @JsonProperty("Media") String media,
            @JsonProperty("Media Credit") String mediaCredit, @JsonProperty("Media Caption") String mediaCaption,
            @JsonProperty("Media Thumbnail") String mediaThumbnail, @JsonProperty("Type") String type,
            @JsonProperty("Group") String group, @JsonProperty("Background") String background) {
    }

    static final Set<String> COLUMNS = Set.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private TimelineJsSheet() {
    }

    /** The sheet as a TimelineJS tree; columns it does not know go to {@code unknownColumns}. */
    static ObjectNode read(Reader sheet, List<String> unknownColumns) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode timeline = json.objectNode();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Row> iterator = CSV.readerFor(Row.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(sheet)) {
            iterator.forEachRemaining(rows::add);
            if (iterator.parserSchema() instanceof CsvSchema header) {
                header.forEach(column -> {
                    if (!COLUMNS.contains(column.getName())) {
                        unknownColumns.add(column.getName());
                    }
                });
            }
        }
        for (Row row : rows) {
            ObjectNode slide = json.objectNode();
            date(slide, "start_date", row.year(), row.month(), row.day(), row.time());
            date(slide, "end_date", row.endYear(), row.endMonth(), row.endDay(), row.endTime());
            put(slide, "display_date", row.displayDate());
            ObjectNode text = slide.putObject("text");
            put(text, "headline", row.headline());
            put(text, "text", row.text());
            ObjectNode media = slide.putObject("media");
            put(media, "url", row.media());
            put(media, "credit", row.mediaCredit());
            put(media, "caption", row.mediaCaption());
            put(media, "thumbnail", row.mediaThumbnail());
            put(slide, "group", row.group());
            if (present(row.background())) {
                slide.putObject("background").put("url", row.background());
            }
            String type = present(row.type()) ? row.type().strip().toLowerCase(java.util.Locale.ROOT) : "";
            switch (type) {
                case "title" -> timeline.set("title", slide);
                case "era" -> timeline.withArray("eras").add(slide);
                default -> timeline.withArray("events").add(slide);
            }
        }
        return timeline;
    }

    private static void date(ObjectNode slide, String field, String year, String month, String day, String time) {
        if (!present(year)) {
            return;
        }
        ObjectNode date = slide.putObject(field);
        put(date, "year", year);
        put(date, "month", month);
        put(date, "day", day);
        if (present(time)) {
            date.put("hour", time.strip()); // kept so that the importer can say it was dropped
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (present(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
