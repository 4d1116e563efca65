package org.storyweb.web;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Storyweb's own page for a response that is not a success: what happened, in a sentence, and a link to the start
 * of a book. It never repeats the address or shows a stack trace. JSON clients get the same in a small object.
 */
final class ErrorPage {

    private static final Map<Integer, String> TITLES = Map.of(400, "This address could not be read",
            404, "Nothing here", 405, "Not a request this address takes", 414, "This address is too long",
            431, "This request is too large", 500, "Something went wrong", 503, "Storyweb is not ready");

    private static final Map<Integer, String> SENTENCES = Map.of(
            400, "Part of the link is broken or not allowed in an address, so Storyweb could not open it.",
            404, "There is no page at this address in Storyweb.",
            405, "This address is a page to open in a browser; it does not take this kind of request.",
            414, "The link is longer than any link Storyweb makes; it may have been pasted twice.",
            431, "The request carried more than Storyweb reads; it may help to clear this site's cookies.",
            500, "Storyweb ran into a fault of its own. It has been logged; opening the book again should work.",
            503, "Storyweb is starting or stopping; try again in a moment.");

    private ErrorPage() {
    }

    /** Whether a request with this Accept header wants the error as JSON rather than as a page. */
    static boolean wantsJson(String accept) {
        String types = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return types.contains("json") && !types.contains("text/html");
    }

    static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : "This request could not be answered");
    }

    static String sentence(int status) {
        return SENTENCES.getOrDefault(status, status >= 500 ? SENTENCES.get(500)
                : "Storyweb could not answer this request.");
    }

    /**
     * The page, in the app's look (Lumo's colours and type, which the page cannot load without the app).
     *
     * @param root      the address of the app's root, without the final slash
     * @param start     the address of the book's start
     * @param startName what the link to the start says, such as "Open Never Let Me Go"
     */
    static String html(int status, String root, String start, String startName) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <link rel="icon" href="%6$s/icons/favicon.svg" type="image/svg+xml">
                <title>%1$s \u2014 Storyweb</title>
                <style>
                  body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Roboto", "Segoe UI", Helvetica,
                    Arial, sans-serif; color: hsla(214, 40%%, 16%%, 0.94); background: #fff; line-height: 1.625; }
                  main { max-width: 36rem; margin: 15vh auto 0; padding: 0 1.5rem; }
                  .brand { font-size: 0.875rem; color: hsla(214, 42%%, 18%%, 0.69); margin: 0; }
                  h1 { font-size: 2.5rem; font-weight: 600; line-height: 1.125; margin: 0.25rem 0 0.75rem; }
                  a { color: #0b5cd5; font-weight: 600; text-decoration: none; }
                  a:focus-visible { outline: 2px solid #0b5cd5; outline-offset: 2px; }
                  .status { font-size: 0.875rem; color: hsla(214, 42%%, 18%%, 0.69); }
                </style>
                </head>
                <body>
                <main class="error-page">
                <p class="brand">Storyweb</p>
                <h1>%1$s</h1>
                <p class="what">%2$s</p>
                <p><a class="start" href="%3$s">%4$s</a></p>
                <p class="status">Error %5$d</p>
                </main>
                </body>
                </html>
                """.formatted(escape(title(status)), escape(sentence(status)), escape(start), escape(startName),
                status, escape(root));
    }

    /** The JSON error, for clients that ask for JSON. */
    static String json(int status, String start) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("status", status).put("error", title(status))
                .put("message", sentence(status)).put("start", start);
        return error.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
