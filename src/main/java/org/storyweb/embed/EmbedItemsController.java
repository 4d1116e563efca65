package org.storyweb.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.storyweb.api.DataError;
import org.storyweb.components.timeline.TimeWindow;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves {@code /<pack>/embed/items?<the embed's link>&from=<ms>&to=<ms>}: the timeline items of an embed's view that
 * lie in a span, for embed.js to add as the reader pans or zooms a large pack's timeline, whose page holds only the
 * items in its opening window. Like the page, it is made from the link alone, with no session and no cookie, and the
 * same for everyone, so browsers and proxies may keep it; the link's spoiler limit holds, since the items are the
 * page's own ({@link EmbedPage#itemsIn}).
 */
@RestController
class EmbedItemsController {

    private static final CacheControl CACHING = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final Pattern MILLIS = Pattern.compile("-?\\d{1,15}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryPacks packs;
    private final PackDrawings drawings;

    EmbedItemsController(StoryPacks packs, PackDrawings drawings) {
        this.packs = packs;
        this.drawings = drawings;
    }

    @GetMapping("/{packId}" + EmbedPage.ITEMS)
    ResponseEntity<String> items(@PathVariable String packId, HttpServletRequest request, WebRequest web) {
        StoryPack pack = packs.find(packId).orElseThrow(() -> DataError.notFound("No pack called "
                + DataError.quoted(packId) + "."));
        TimeWindow span = span(request.getParameter("from"), request.getParameter("to"));
        Map<String, List<String>> view = new LinkedHashMap<>(LinkReader.query(request.getParameterMap()));
        view.keySet().removeAll(List.of("from", "to"));
        LinkReader.Reading reading = LinkReader.read(packs, pack.id() + "/" + Mode.EMBED.segment(), view, null);
        String body = JSON.writeValueAsString(new EmbedPage(pack, drawings.of(pack), reading.state()).itemsIn(span));
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (web.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CACHING).eTag(etag).contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    @ExceptionHandler(DataError.class)
    ResponseEntity<String> error(DataError error) {
        return error.response();
    }

    private static TimeWindow span(String from, String to) {
        if (from == null || to == null || !MILLIS.matcher(from).matches() || !MILLIS.matcher(to).matches()
                || Long.parseLong(from) >= Long.parseLong(to)) {
            throw DataError.badRequest("from and to are the span's start and end in milliseconds since 1970, the"
                    + " start before the end, not " + DataError.quoted(String.valueOf(from)) + " and "
                    + DataError.quoted(String.valueOf(to)) + ".");
        }
        return new TimeWindow(Instant.ofEpochMilli(Long.parseLong(from)), Instant.ofEpochMilli(Long.parseLong(to)));
    }
}
