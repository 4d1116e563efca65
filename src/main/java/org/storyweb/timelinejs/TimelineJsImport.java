package org.storyweb.timelinejs;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.storyweb.story.FuzzyDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a TimelineJS 3 timeline into the files of a new content pack: its slides into events, its groups into
 * tracks, its eras into phases, its media credits into sources and its title slide into the work. What the pack has
 * no place for is counted in {@link #notCarried()}, never dropped silently.
 * <p>
 * A pack needs some things a timeline does not have: an author, a publication date, chapters, a source for every
 * event. The import fills them with placeholders that validate, and says so among what was not carried over.
 */
final class TimelineJsImport {

    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    // Dark enough for white text and for the timeline's labels; the tracks take them in turn.
    private static final List<String> COLOURS = List.of("#1d4f91", "#8f1d4e", "#1f6b3a", "#8a5a00", "#5b3a8f",
            "#00626f", "#7a3b00", "#44505e");
    private static final String FILE_SOURCE = "timelinejs-file";

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final String packId;
    private final String fileName;
    /** Each file of the pack, by its path in the pack folder. */
    private final Map<String, ObjectNode> files = new TreeMap<>();
    private final Map<String, Integer> notCarried = new LinkedHashMap<>();
    private final Map<String, String> tracks = new LinkedHashMap<>(); // title -> id
    private final Map<String, String> sourcesByCitation = new LinkedHashMap<>();
    private int events;

    private TimelineJsImport(String packId, String fileName) {
        this.packId = packId;
        this.fileName = fileName;
    }

    /**
     * Converts a timeline.
     *
     * @param packId   the new pack's id, which is its folder name
     * @param fileName the timeline's file name, for the sources and the work's description
     */
    static TimelineJsImport of(JsonNode timeline, String packId, String fileName) {
        if (!packId.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("The pack folder \"" + packId + "\" is not a pack id: use lower-case "
                    + "letters, digits and hyphens, such as my-novel.");
        }
        TimelineJsImport result = new TimelineJsImport(packId, fileName);
        result.convert(timeline);
        return result;
    }

    /** The pack's files, by path inside the pack folder ({@code events/dolly.yaml}), as trees to write as YAML. */
    Map<String, ObjectNode> files() {
        return files;
    }

    /** What could not be carried over, each with how often. */
    Map<String, Integer> notCarried() {
        return notCarried;
    }

    int events() {
        return events;
    }

    private void convert(JsonNode timeline) {
        JsonNode slides = timeline.path("events");
        if (!slides.isArray() || slides.isEmpty()) {
            throw new IllegalArgumentException("The file has no \"events\": it is not a TimelineJS timeline, or an "
                    + "empty one.");
        }
        work(timeline.path("title"));
        Set<String> ids = new HashSet<>();
        for (JsonNode slide : slides) {
            event(slide, ids);
        }
        List<ObjectNode> phases = phases(timeline.path("eras"));
        ObjectNode phaseFile = json.objectNode();
        phaseFile.putArray("phases").addAll(phases);
        files.put("phases.yaml", phaseFile);
        ObjectNode structure = json.objectNode();
        ObjectNode part = structure.putArray("parts").addObject().put("id", "timeline").put("title", "Timeline");
        for (int chapter = 1; chapter <= phases.size(); chapter++) {
            part.withArray("chapters").addObject().put("number", chapter);
        }
        files.put("structure.yaml", structure);
        ObjectNode trackFile = json.objectNode();
        tracks.forEach((title, id) -> trackFile.withArray("tracks").addObject().put("id", id).put("title", title)
                .put("color", COLOURS.get(trackFile.withArray("tracks").size() % COLOURS.size())));
        files.put("tracks.yaml", trackFile);
        timeline.path("unknownColumns").forEach(column ->
                count("spreadsheet columns the template does not have (" + column.asString() + ")"));
        if (timeline.path("scale").asString("human").equals("cosmological")) {
            count("the cosmological scale (dates are years of the common era)");
        }
    }

    private void work(JsonNode title) {
        ObjectNode work = json.objectNode().put("id", packId);
        String headline = text(title.path("text").path("headline").asString(""));
        String description = text(title.path("text").path("text").asString(""));
        work.put("title", headline.isEmpty() ? packId : headline);
        work.put("author", "Unknown");
        count("an author (work.yaml says \"Unknown\")");
        work.put("published", String.valueOf(Year.now().getValue()));
        count("a publication date (work.yaml gives this year)");
        work.put("description", description.isEmpty() ? "Imported from the TimelineJS file " + fileName + "."
                : description);
        work.putArray("groups").addObject().put("id", "person").put("label", "People").put("background", "#dbe9ff")
                .put("border", "#1d4f91").put("text", "#0b1f3a").put("shape", "box");
        if (!title.path("media").path("url").asString("").isBlank()) {
            count("the title slide's media");
        }
        files.put("work.yaml", work);
    }

    private void event(JsonNode slide, Set<String> ids) {
        String headline = text(slide.path("text").path("headline").asString(""));
        Optional<FuzzyDate> start = date(slide.path("start_date"));
        if (start.isEmpty()) {
            count("slides without a date Storyweb can read (" + (headline.isEmpty() ? "untitled" : headline) + ")");
            return;
        }
        ObjectNode event = json.objectNode();
        String id = unique(ids, slide.path("unique_id").asString("").matches(ID_PATTERN)
                ? slide.path("unique_id").asString() : slug(headline, "event"));
        ids.add(id);
        event.put("id", id);
        event.put("title", headline.isEmpty() ? "Untitled" : headline);
        if (headline.isEmpty()) {
            count("a headline (the event is called \"Untitled\")");
        }
        String date = dateText(start.get(), date(slide.path("end_date")));
        String display = twiceUnescaped(slide.path("display_date").asString(
                slide.path("start_date").path("display_date").asString("")));
        Optional<String> note = Optional.empty();
        if (!display.isEmpty()) {
            // Our export writes a range's label with a dash ("late 1970s – early 1980s"); pack dates use a slash.
            Optional<String> readable = java.util.stream.Stream.of(display, display.replaceAll("\\s*\u2013\\s*", "/"))
                    .filter(text -> parse(text).isPresent()).findFirst();
            if (readable.isPresent() && overlaps(FuzzyDate.parse(readable.get()), FuzzyDate.parse(date))) {
                date = readable.get(); // "c. 1984" says more than the year TimelineJS placed it at
            } else if (!display.equals(FuzzyDate.parse(date).label())) {
                note = Optional.of("TimelineJS showed the date as \u201c" + display + "\u201d.");
                count("display dates Storyweb cannot read as a date (kept in the event's note)");
            }
        }
        event.put("date", date);
        String group = twiceUnescaped(slide.path("group").asString("")).strip();
        event.put("track", tracks.computeIfAbsent(group.isEmpty() ? "Timeline" : group,
                title -> unique(tracks.values(), slug(title, "track"))));
        String body = text(slide.path("text").path("text").asString(""));
        event.put("text", body.isEmpty() ? (headline.isEmpty() ? "Untitled" : headline) : body);
        if (body.isEmpty()) {
            count("a text (the event repeats its headline)");
        }
        List<String> sources = sources(slide.path("media").path("credit").asString(""));
        event.putArray("sources").addAll(sources.stream().map(json::textNode).toList());
        note.ifPresent(text -> event.put("note", text));
        JsonNode media = slide.path("media");
        if (!media.path("url").asString("").isBlank()) {
            count("media (images, videos, maps)");
        }
        for (String field : List.of("caption", "thumbnail")) {
            if (!media.path(field).asString("").isBlank()) {
                count("media " + field + "s");
            }
        }
        if (!slide.path("background").isMissingNode()) {
            count("slide backgrounds");
        }
        if (slide.path("start_date").has("hour") || slide.path("end_date").has("hour")) {
            count("times of day (Storyweb dates are days at most)");
        }
        if (!slide.path("unique_id").asString("").isEmpty() && !slide.path("unique_id").asString().equals(id)) {
            count("unique ids that are not Storyweb ids (the event has a new id)");
        }
        files.put("events/" + id + ".yaml", event);
        events++;
    }

    /** The sources of a credit, one a line; a slide without a credit cites the imported file. */
    private List<String> sources(String credit) {
        List<String> ids = new ArrayList<>();
        Document document = Jsoup.parseBodyFragment(credit.replaceAll("(?i)<br\\s*/?>", "\n"));
        for (String line : document.body().wholeText().split("\n")) {
            String citation = line.strip();
            if (citation.isEmpty()) {
                continue;
            }
            String url = document.select("a[href]").stream()
                    .filter(link -> link.text().strip().equals(citation)).map(link -> link.attr("href"))
                    .filter(href -> href.matches("https?://.+")).findFirst().orElse(null);
            String title = citation.length() > 80 ? citation.substring(0, 77) + "..." : citation;
            ids.add(source(citation, title, url, slug(title, "source")));
        }
        if (ids.isEmpty()) {
            count("a credit (the event cites the imported file)");
            ids.add(source("Imported from the TimelineJS file " + fileName + ", which gives no credit for it.",
                    "The TimelineJS file " + fileName, null, FILE_SOURCE));
        }
        return ids;
    }

    private String source(String citation, String title, String url, String wantedId) {
        return sourcesByCitation.computeIfAbsent(citation, key -> {
            String id = unique(sourcesByCitation.values(), wantedId);
            ObjectNode source = json.objectNode().put("id", id).put("title", title).put("citation", citation);
            if (url != null) {
                source.put("url", url);
            }
            files.put("sources/" + id + ".yaml", source);
            return id;
        });
    }

    /** The eras as phases, in time order; a pack needs at least one, so a timeline without eras has one phase. */
    private List<ObjectNode> phases(JsonNode eras) {
        List<ObjectNode> phases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode era : eras) {
            Optional<FuzzyDate> start = date(era.path("start_date"));
            Optional<FuzzyDate> end = date(era.path("end_date"));
            String headline = text(era.path("text").path("headline").asString(""));
            if (start.isEmpty()) {
                count("eras without a date Storyweb can read");
                continue;
            }
            ObjectNode phase = json.objectNode();
            String id = unique(ids, slug(headline, "era"));
            ids.add(id);
            phase.put("id", id);
            phase.put("title", headline.isEmpty() ? "Era " + (phases.size() + 1) : headline);
            phase.put("when", dateText(start.get(), end));
            phases.add(phase);
        }
        phases.sort(java.util.Comparator.comparing(phase -> FuzzyDate.parse(phase.get("when").asString())
                .earliest()));
        if (phases.isEmpty()) {
            phases.add(json.objectNode().put("id", "whole-timeline").put("title", "The whole timeline"));
        }
        for (int i = 0; i < phases.size(); i++) {
            phases.get(i).putArray("chapters").add(i + 1).add(i + 1);
        }
        count("chapters (each phase is given one chapter of its own, in time order)");
        return phases;
    }

    private static String dateText(FuzzyDate start, Optional<FuzzyDate> end) {
        String from = iso(start);
        return end.filter(last -> last.latest().isAfter(start.latest())).map(last -> from + "/" + iso(last))
                .orElse(from);
    }

    private static String iso(FuzzyDate date) {
        return switch (date.precision()) {
            case DAY -> date.earliest().toString();
            case MONTH -> date.earliest().toString().substring(0, 7);
            default -> String.valueOf(date.earliest().getYear());
        };
    }

    /** A TimelineJS date at its own precision, if its year is one Storyweb writes (four digits). */
    private static Optional<FuzzyDate> date(JsonNode date) {
        String year = date.path("year").asString("").strip();
        if (!year.matches("\\d{4}")) {
            return Optional.empty();
        }
        String month = date.path("month").asString("").strip();
        String day = date.path("day").asString("").strip();
        String text = year;
        if (month.matches("\\d{1,2}")) {
            text += "-" + (month.length() == 1 ? "0" : "") + month;
            if (day.matches("\\d{1,2}")) {
                text += "-" + (day.length() == 1 ? "0" : "") + day;
            }
        }
        return parse(text);
    }

    private static Optional<FuzzyDate> parse(String text) {
        try {
            return Optional.of(FuzzyDate.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean overlaps(FuzzyDate a, FuzzyDate b) {
        return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
    }

    /** TimelineJS's HTML as plain text: paragraphs and line breaks kept, markup and links reduced to their words. */
    private String text(String html) {
        if (html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        if (!document.body().select("*").stream().allMatch(element -> List.of("body", "p", "br")
                .contains(element.tagName()))) {
            count("markup in texts (links and formatting became plain text)");
        }
        document.select("br").forEach(br -> br.after(new TextNode("\n")));
        document.select("p").forEach(p -> p.after(new TextNode("\n\n")));
        return document.body().wholeText().lines().map(line -> line.strip().replaceAll("\\s+", " "))
                .reduce((a, b) -> a + "\n" + b).orElse("").replaceAll("\n{3,}", "\n\n").strip();
    }

    // A group and a display date are text that TimelineJS reads as markup; ours are escaped twice (see the export).
    private static String twiceUnescaped(String text) {
        return Parser.unescapeEntities(Parser.unescapeEntities(text, false), false);
    }

    static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }

    private static String unique(java.util.Collection<String> used, String id) {
        String candidate = id;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private void count(String what) {
        notCarried.merge(what, 1, Integer::sum);
    }
}
