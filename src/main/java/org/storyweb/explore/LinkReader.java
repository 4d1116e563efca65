package org.storyweb.explore;

import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.storyweb.content.StoryPacks;
import org.storyweb.story.StoryPack;

/**
 * The one place that turns a link into a {@link ViewState} with its notices: every view, the first HTML, the embed,
 * the live class and a tour's steps read links here, with the grammar of {@link ViewStateCodec}, so that a link opens
 * the same view everywhere, and a bad or stale one the same nearest view with the same gentle notices. The notices
 * are plain text, to be shown as text.
 */
public final class LinkReader {

    /**
     * A view read from a link, with a sentence for each part of the link that could not be used, and whether the
     * link's path names a book and a view that exist (a link whose path does not is answered as not found, though
     * it still opens the nearest view).
     */
    public record Reading(ViewState state, List<String> notices, boolean pathFound) {
        public Reading {
            notices = List.copyOf(notices);
        }
    }

    private LinkReader() {
    }

    /**
     * A link as the app writes it, relative to its root, such as a class's current view:
     * {@code never-let-me-go/present?tour=triangle&step=2}.
     */
    public static Reading read(StoryPacks packs, String link) {
        int mark = link.indexOf('?');
        return read(packs::find, packs.defaultPack(), mark < 0 ? link : link.substring(0, mark),
                mark < 0 ? Map.of() : query(link.substring(mark + 1)), null);
    }

    /** A link within one book, as a tour's step: {@code never-let-me-go/present?tour=triangle&step=2}. */
    public static Reading read(StoryPack pack, String link) {
        int mark = link.indexOf('?');
        return read(id -> Optional.of(pack), pack, mark < 0 ? link : link.substring(0, mark),
                mark < 0 ? Map.of() : query(link.substring(mark + 1)), null);
    }

    /**
     * A request for a page: its path after the app's root ({@code /never-let-me-go/present}, or the book and view
     * alone) and its query, shown within the spoiler limit the reader chose in this browser if the link has none.
     *
     * @param cookies the request's cookies, or null when the reader's own limit does not apply (a choice made inside
     *                the app, after its first view, is the reader's own)
     */
    public static Reading read(StoryPacks packs, String path, Map<String, List<String>> query, Cookie[] cookies) {
        return read(packs::find, packs.defaultPack(), path, query, cookies);
    }

    /** A servlet's parameters ({@code getParameterMap()}) as the reader takes them. */
    public static Map<String, List<String>> query(Map<String, String[]> parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((name, values) -> query.put(name, Arrays.asList(values)));
        return query;
    }

    /**
     * Whether a query asks for the embed in the forms links used before it had its own path ({@code embed=1},
     * {@code mode=embed}); such a link opens the embed.
     */
    public static boolean asksForTheEmbed(Map<String, List<String>> query) {
        return ViewStateCodec.asksForTheEmbed(query);
    }

    private static Reading read(Function<String, Optional<StoryPack>> packs, StoryPack fallback, String path,
            Map<String, List<String>> query, Cookie[] cookies) {
        List<String> segments = Arrays.stream(path.split("/")).filter(part -> !part.isBlank()).toList();
        String packId = segments.isEmpty() ? null : segments.getFirst();
        String view = segments.size() < 2 ? null : String.join("/", segments.subList(1, segments.size()));
        return withRememberedLimit(ViewStateCodec.read(packId, view, query, packs, fallback), query, cookies);
    }

    // A query string of a link the app wrote: name=value pairs, each encoded.
    private static Map<String, List<String>> query(String text) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                query.computeIfAbsent(decode(parts[0]), name -> new ArrayList<>())
                        .add(parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /*
     * The reader's own spoiler limit ("Read up to"), remembered in their browser as a cookie rather than in local
     * storage: a cookie comes with the first request, so the server applies the limit to the very first HTML it
     * writes and nothing past it ever reaches the screen, not even while the app starts. It is the reader's alone:
     * no link carries it, the embed neither reads nor sets it, and it holds a chapter number and nothing else.
     */
    static final String REMEMBERED = "storyweb-upto-";
    private static final Pattern CHAPTER = Pattern.compile("[0-9]{1,3}");

    // A link's own upto always wins.
    private static Reading withRememberedLimit(Reading reading, Map<String, List<String>> query, Cookie[] cookies) {
        if (cookies == null || query.containsKey("upto") || reading.state().position().spoilerLimit() != null
                || reading.state().presentation().mode() == ViewState.Mode.EMBED) {
            return reading;
        }
        String name = REMEMBERED + reading.state().packId();
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(name))
                .map(Cookie::getValue).filter(value -> CHAPTER.matcher(value).matches())
                .map(Integer::parseInt).filter(chapter -> chapter >= 1).findFirst()
                .map(chapter -> {
                    ViewState state = reading.state();
                    List<String> notices = new ArrayList<>(reading.notices());
                    notices.add("Showing the book up to chapter " + chapter + ", where you said you have read to."
                            + " Filters \u203a Read up to changes it.");
                    return new Reading(state.withPosition(state.position().withSpoilerLimit(chapter)), notices,
                            reading.pathFound());
                }).orElse(reading);
    }
}
