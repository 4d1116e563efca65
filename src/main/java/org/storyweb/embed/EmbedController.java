package org.storyweb.embed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.share.SiteAddress;
import org.storyweb.story.StoryPack;
import org.storyweb.web.EmbedProperties;

/**
 * Serves {@code /<pack>/embed}, the view inside another site's iframe, from the link alone: no session, no cookie,
 * the same page for everyone who opens the same link, so a course page on any site can frame it whatever its
 * readers' browsers do with third-party cookies (docs/decisions/013).
 */
@Controller
class EmbedController {

    // The packs change only when the app starts again; five minutes keeps a class's many frames off the server.
    private static final CacheControl CACHING = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final StoryPacks packs;
    private final PackDrawings drawings;
    private final String policy;

    EmbedController(StoryPacks packs, PackDrawings drawings, EmbedProperties embedding) {
        this.packs = packs;
        this.drawings = drawings;
        // Stricter than the app's own policy: the embed runs no inline script and no eval.
        this.policy = String.join("; ", "default-src 'self'", "script-src 'self'",
                "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "frame-ancestors " + embedding.frameAncestors());
    }

    @GetMapping("/{packId}/embed")
    ResponseEntity<String> embed(@PathVariable String packId, HttpServletRequest request, WebRequest web,
            HttpServletResponse response) {
        // No cookie: the embed is the same for everyone who opens the same link.
        LinkReader.Reading reading = LinkReader.read(packs, packId + "/" + Mode.EMBED.segment(),
                LinkReader.query(request.getParameterMap()), null);
        StoryPack pack = packs.find(reading.state().packId()).orElseThrow();
        String html = new EmbedPage(pack, drawings.of(pack), reading.state())
                .html(SiteAddress.root(request),
                        reading.notices());
        response.setHeader("Content-Security-Policy", policy);
        String etag = "\"" + DigestUtils.md5DigestAsHex(html.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (reading.pathFound() && web.checkNotModified(etag)) {
            return null;
        }
        // An unknown book still shows the nearest view, with the status a link checker reports as broken.
        return ResponseEntity.status(reading.pathFound() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CACHING).eTag(etag).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
