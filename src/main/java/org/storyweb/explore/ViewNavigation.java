package org.storyweb.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyweb.content.StoryPacks;

/**
 * The one place that turns a view into a link or goes there: the address bar, Share, link previews and every choice
 * a user makes come through here, so that all of them agree on the grammar of {@link ViewStateCodec}.
 */
public final class ViewNavigation {

    private ViewNavigation() {
    }

    /** The view's link relative to the app's root, without a leading slash: {@code never-let-me-go?event=dolly}. */
    public static String location(ViewState state) {
        return ViewStateCodec.toLocation(state);
    }

    /** The view's full link, given the address of the app's root (a page's {@code document.baseURI}). */
    public static URI link(URI root, ViewState state) {
        return root.resolve(location(state));
    }

    /**
     * What a request for the app's page asks for, read as the router will read it once the app has started: for what
     * the server writes into the first HTML before that.
     */
    public static ViewStateCodec.Reading requested(VaadinRequest request, StoryPacks packs) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> segments = Arrays.stream(path.split("/")).filter(part -> !part.isBlank()).toList();
        String packId = segments.isEmpty() ? null : segments.get(0);
        String view = segments.size() < 2 ? null : String.join("/", segments.subList(1, segments.size()));
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Arrays.asList(entry.getValue())));
        return withRememberedLimit(ViewStateCodec.read(packId, view, parameters, packs::find, packs.defaultPack()),
                parameters, request);
    }

    /*
     * The reader's own spoiler limit ("Read up to"), remembered in their browser as a cookie rather than in local
     * storage: a cookie comes with the first request, so the server applies the limit to the very first HTML it
     * writes and nothing past it ever reaches the screen, not even while the app starts. It is the reader's alone:
     * no link carries it, the embed neither reads nor sets it, and it holds a chapter number and nothing else.
     */
    private static final String REMEMBERED = "storyweb-upto-";
    private static final java.util.regex.Pattern CHAPTER = java.util.regex.Pattern.compile("[0-9]{1,3}");

    /**
     * A link without {@code upto} opened by a reader who chose a spoiler limit in this browser, shown within that
     * limit and saying so; a link's own {@code upto} always wins.
     */
    public static ViewStateCodec.Reading withRememberedLimit(ViewStateCodec.Reading reading,
            Map<String, List<String>> parameters, VaadinRequest request) {
        if (request == null || request.getCookies() == null || parameters.containsKey("upto")
                || reading.state().position().spoilerLimit() != null
                || reading.state().presentation().mode() == ViewState.Mode.EMBED) {
            return reading;
        }
        String name = REMEMBERED + reading.state().packId();
        return Arrays.stream(request.getCookies()).filter(cookie -> cookie.getName().equals(name))
                .map(jakarta.servlet.http.Cookie::getValue).filter(value -> CHAPTER.matcher(value).matches())
                .map(Integer::parseInt).filter(chapter -> chapter >= 1).findFirst()
                .map(chapter -> {
                    ViewState state = reading.state();
                    List<String> notices = new java.util.ArrayList<>(reading.notices());
                    notices.add("Showing the book up to chapter " + chapter + ", where you said you have read to."
                            + " Filters \u203a Read up to changes it.");
                    return new ViewStateCodec.Reading(state.withPosition(state.position().withSpoilerLimit(chapter)),
                            notices, reading.pathFound());
                }).orElse(reading);
    }

    /** Remembers a reader's own spoiler limit in their browser for a year, or forgets it for the whole book. */
    public static void rememberLimit(UI ui, String packId, Integer chapter) {
        String cookie = REMEMBERED + packId + "=" + (chapter == null ? "; max-age=0" : chapter + "; max-age=31536000")
                + "; path=/; SameSite=Lax";
        ui.getPage().executeJs("document.cookie = $0", cookie);
    }

    /** Goes to the view in this browser tab, as a new history entry. */
    public static void navigate(UI ui, ViewState state) {
        ui.navigate(ViewStateCodec.toPath(state), new QueryParameters(parameters(state)));
    }

    /** Sends a navigation that arrived at one view to the view its link is for, at the view's canonical link. */
    public static void forward(BeforeEnterEvent event, ViewState state) {
        event.forwardTo(ViewStateCodec.toPath(state), new QueryParameters(parameters(state)));
    }

    private static Map<String, List<String>> parameters(ViewState state) {
        return ViewStateCodec.toParameters(state).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /**
     * Shows the view's canonical link in the address bar without a new history entry: after the router has written
     * its own form of the address (parameters in no fixed order), after a stale link was repaired, or while the
     * timeline is panned.
     */
    public static void showInAddressBar(UI ui, ViewState state) {
        // Relative to the page's base, which Vaadin sets to the app's root.
        ui.getPage().executeJs("const link = $0; setTimeout(() => history.replaceState(history.state, '', link))",
                location(state));
    }
}
