package org.storyweb.share;

import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.story.StoryPack;
import org.storyweb.web.FirstHtml;

/**
 * Puts a title and a short description of the linked view into the first HTML response, as Open Graph and Twitter
 * card tags, so that a link pasted into a chat or a course page shows a proper preview. Crawlers run no script, so
 * these cannot wait for the app to start.
 */
@Component
public class LinkPreviews implements FirstHtml.Writer {

    private static final int DESCRIPTION_LENGTH = 200;

    private final StoryPacks packs;

    LinkPreviews(StoryPacks packs) {
        this.packs = packs;
    }

    @Override
    public void write(FirstHtml.Request request) {
        ViewState state = request.link().state();
        describe(request.page().getDocument(), packs.find(state.packId()).orElseThrow(), state,
                SiteAddress.root((VaadinServletRequest) request.page().getVaadinRequest()));
    }

    /**
     * Writes the title and the preview tags of a view into a page.
     *
     * @param root the app's root address, absolute, ending in a slash
     */
    public static void describe(Document document, StoryPack pack, ViewState state, java.net.URI root) {
        String title = pack.work().title() + " \u2014 Storyweb";
        String description = pack.work().description();
        ExplorerFilter filter = ExplorerFilter.of(pack, state);
        if (filter.revealedAfterLimit(state.selection()).isPresent()) {
            // A preview past the link's spoiler limit would tell it in the chat that shares it.
            description = pack.work().description();
        } else if (state.selectedEvent().isPresent()) {
            var selected = pack.event(state.selectedEvent().get()).orElseThrow();
            title = selected.title() + " (" + selected.date().label() + ") \u2014 " + title;
            description = selected.text();
        } else if (state.selectedCharacter().isPresent()) {
            var selected = pack.character(state.selectedCharacter().get()).orElseThrow();
            title = selected.name() + " \u2014 " + title;
            description = filter.description(selected);
        }
        description = shorten(description);
        String url = ViewNavigation.link(root, state).toString();

        document.title(title);
        Element head = document.head();
        meta(head, "name", "description", description);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:site_name", "Storyweb");
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", url);
        meta(head, "name", "twitter:card", "summary");
        meta(head, "name", "twitter:title", title);
        meta(head, "name", "twitter:description", description);
    }

    // jsoup escapes attribute values, so content text cannot break out of the tag.
    private static void meta(Element head, String keyAttribute, String key, String value) {
        head.appendElement("meta").attr(keyAttribute, key).attr("content", value);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= DESCRIPTION_LENGTH ? flat : flat.substring(0, DESCRIPTION_LENGTH - 1).strip() + "\u2026";
    }
}
