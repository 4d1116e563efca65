package org.storyweb.explore.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parts of the page written as one fragment of HTML, for the {@code Html} component, where no part needs a server-side
 * element of its own: jsoup builds them, escaping every text and attribute, so text from content stays text.
 */
public final class Fragments {

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Fragments() {
    }

    /** The element as HTML, without the line breaks and indentation of pretty printing. */
    public static String html(Element root) {
        return new Document("").outputSettings(COMPACT.clone()).appendChild(root).html();
    }
}
