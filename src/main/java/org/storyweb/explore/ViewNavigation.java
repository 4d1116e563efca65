package org.storyweb.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that turns a view into a link or goes there: the address bar, Share, link previews and every choice
 * a user makes come through here, so that all of them agree on the grammar of {@link ViewStateCodec}. Links are read
 * back by {@link LinkReader}.
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

    /** Remembers a reader's own spoiler limit in their browser for a year, or forgets it for the whole book. */
    public static void rememberLimit(UI ui, String packId, Integer chapter) {
        String cookie = LinkReader.REMEMBERED + packId + "="
                + (chapter == null ? "; max-age=0" : chapter + "; max-age=31536000") + "; path=/; SameSite=Lax";
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
