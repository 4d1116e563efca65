package org.storyweb.explore.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only parts of the page written as one fragment of HTML, for the {@code Html} component: jsoup builds them,
 * escaping every text and attribute, so text from content stays text.
 */
final class Fragments {

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Fragments() {
    }

    /** The element as HTML, without the line breaks and indentation of pretty printing. */
    static String html(Element root) {
        return new Document("").outputSettings(COMPACT.clone()).appendChild(root).html();
    }
}
