package org.storyweb.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.storyweb.story.StoryPack;

/** Links within one book for tests, read by {@link LinkReader} as the app reads them. */
public final class TestLinks {

    private TestLinks() {
    }

    /**
     * The view a link opens.
     *
     * @param view  the view's path segment after the book ({@code present}), empty for the explorer
     * @param query each parameter with all the values the link gives
     */
    public static ViewState open(StoryPack pack, String view, Map<String, List<String>> query) {
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((name, values) -> values.forEach(value -> joined.add(encode(name) + "=" + encode(value))));
        return LinkReader.read(pack, pack.id() + "/" + view + joined).state();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
