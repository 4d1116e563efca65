package org.storyweb.api;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storyweb.api.DataLinks.DataFile;
import org.storyweb.content.StoryPacks;
import org.storyweb.relations.StoryGraph;
import org.storyweb.relations.export.EventCsvExport;
import org.storyweb.relations.export.EventJsonExport;
import org.storyweb.relations.export.GexfExport;
import org.storyweb.relations.export.GraphMLExport;
import org.storyweb.relations.export.TimelineJsExport;
import org.storyweb.story.Phase;
import org.storyweb.story.SpoilerLimit;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The packs' data at stable addresses under {@code /api/packs} (see docs/api.md): plain HTTP, no session, the same
 * file for everyone who asks for the same address, so that a link to one works on a course page or in a script.
 * Every address takes {@code upto=<chapter>}, the explorer's spoiler limit, and leaves out what a reader who has read
 * that far could not know. ETags and 304 answers come from the {@link DataConfiguration#etags() ETag filter}.
 */
@RestController
@RequestMapping("/api")
class DataController {

    static final String ROOT = "/" + DataLinks.ROOT;

    private static final Pattern CHAPTER = Pattern.compile("\\d{1,4}");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml;charset=UTF-8");
    private static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");
    // The packs change only when the app starts again; five minutes keeps a class's many requests off the server.
    private static final CacheControl CACHING = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryPacks packs;

    DataController(StoryPacks packs) {
        this.packs = packs;
    }

    @GetMapping("/packs")
    ResponseEntity<String> packs() {
        ArrayNode list = JSON.createArrayNode();
        for (StoryPack pack : packs.all()) {
            ObjectNode entry = list.addObject().put("id", pack.id()).put("title", pack.work().title())
                    .put("author", pack.work().author()).put("chapters", pack.lastChapter());
            ArrayNode phases = entry.putArray("phases");
            pack.phases().forEach(phase -> phases.addObject().put("id", phase.id()).put("title", phase.title())
                    .put("firstChapter", phase.firstChapter()).put("lastChapter", phase.lastChapter()));
            ObjectNode links = entry.putObject("links").put("explore", "/" + pack.id());
            for (DataFile file : DataFile.values()) {
                links.put(file.fileName(), "/" + DataLinks.file(pack.id(), file, Optional.empty(), Optional.empty()));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHING)
                .body(list.toString());
    }

    @GetMapping("/packs/{pack}/events.json")
    ResponseEntity<String> eventsJson(@PathVariable String pack, @RequestParam Optional<String> upto) {
        Request request = request(pack, upto);
        return file(new EventJsonExport(request.pack()).asString(), MediaType.APPLICATION_JSON,
                request.fileName("events", "json"));
    }

    @GetMapping("/packs/{pack}/events.csv")
    ResponseEntity<String> eventsCsv(@PathVariable String pack, @RequestParam Optional<String> upto) {
        Request request = request(pack, upto);
        return file(new EventCsvExport(request.pack()).asString(), CSV, request.fileName("events", "csv"));
    }

    @GetMapping("/packs/{pack}/graph.gexf")
    ResponseEntity<String> gexf(@PathVariable String pack, @RequestParam Optional<String> upto) {
        Request request = request(pack, upto);
        return file(new GexfExport(StoryGraph.of(request.pack())).asString(), GEXF,
                request.fileName("graph", "gexf"));
    }

    @GetMapping("/packs/{pack}/graph.graphml")
    ResponseEntity<String> graphml(@PathVariable String pack, @RequestParam Optional<String> phase,
            @RequestParam Optional<String> upto) {
        Request request = request(pack, upto);
        Phase shown = request.phase(phase);
        return file(new GraphMLExport(StoryGraph.of(request.pack())).asString(shown), GRAPHML,
                request.fileName("graph-" + shown.id(), "graphml"));
    }

    @GetMapping("/packs/{pack}/timelinejs.json")
    ResponseEntity<String> timelineJs(@PathVariable String pack, @RequestParam Optional<String> upto) {
        Request request = request(pack, upto);
        return file(new TimelineJsExport(request.pack()).asString(), MediaType.APPLICATION_JSON,
                request.fileName("timelinejs", "json"));
    }

    /** Any other address under /api is not Vaadin's to answer, and gets a JSON 404 as well. */
    @GetMapping("/**")
    ResponseEntity<String> unknown() {
        throw DataError.notFound("No data at this address; the packs and their addresses are at " + ROOT + ".");
    }

    @ExceptionHandler(DataError.class)
    ResponseEntity<String> error(DataError error) {
        return error.response();
    }

    private static ResponseEntity<String> file(String body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).cacheControl(CACHING)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** A pack as a reader up to {@code upto} knows it. */
    private record Request(StoryPack whole, StoryPack pack, Optional<SpoilerLimit> limit) {

        String fileName(String what, String extension) {
            return whole.id() + "-" + what + limit.map(l -> "-upto-" + l.lastChapterRead()).orElse("") + "."
                    + extension;
        }

        /** The phase asked for, or the first; it must be one the reader has reached. */
        Phase phase(Optional<String> id) {
            if (id.isEmpty()) {
                return pack.phases().getFirst();
            }
            Phase asked = whole.phase(id.get()).orElseThrow(() -> DataError.notFound("No phase called "
                    + DataError.quoted(id.get()) + " in " + whole.work().title() + "; its phases are listed at "
                    + ROOT + "."));
            return pack.phase(asked.id()).orElseThrow(() -> DataError.notFound("The phase " + asked.id()
                    + " begins in chapter " + asked.firstChapter() + ", after upto="
                    + limit.map(SpoilerLimit::lastChapterRead).orElse(0) + "."));
        }
    }

    private Request request(String packId, Optional<String> upto) {
        StoryPack pack = packs.find(packId).orElseThrow(() -> DataError.notFound("No pack called "
                + DataError.quoted(packId) + "; the packs are listed at " + ROOT + "."));
        Optional<SpoilerLimit> limit = upto.map(text -> limit(pack, text)).filter(l -> l.lastChapterRead()
                < pack.lastChapter()); // up to the last chapter is the whole book, as in the explorer
        return new Request(pack, limit.map(l -> l.applyTo(pack)).orElse(pack), limit);
    }

    private static SpoilerLimit limit(StoryPack pack, String text) {
        boolean chapter = CHAPTER.matcher(text).matches() && Integer.parseInt(text) >= 1
                && Integer.parseInt(text) <= pack.lastChapter();
        if (!chapter) {
            throw DataError.badRequest("upto is the last chapter read, a number from 1 to " + pack.lastChapter()
                    + ", not " + DataError.quoted(text) + ".");
        }
        return new SpoilerLimit(Integer.parseInt(text));
    }
}
