package org.storyweb.explore.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.storyweb.story.GlossaryTerm;

/**
 * Writes a content text into the details panel with the glossary's words linked: the first time a term's word
 * appears as a whole word, it becomes a button that leads to the term's definition. A form in lower case matches
 * whatever its capitals ("carer", "Carer"); a form with capitals matches only as written, so that "Gallery" is
 * Madame's and "an art gallery" is not. The text goes in as jsoup text nodes, so it is escaped like every other text
 * of the panel.
 */
public final class GlossaryLinks {

    /** What a term's link carries in its data-choose attribute, before the term's id. */
    public static final String KIND = "term";
    static final String CHOICE = KIND + ":";

    private GlossaryLinks() {
    }

    /**
     * Appends the text to the parent, linking the terms' words.
     *
     * @return the terms linked, in the order they first appear
     */
    static List<GlossaryTerm> append(Element parent, String text, List<GlossaryTerm> terms) {
        Map<String, GlossaryTerm> byForm = new LinkedHashMap<>();
        terms.forEach(term -> term.forms().forEach(form -> byForm.putIfAbsent(form, term)));
        if (byForm.isEmpty()) {
            parent.appendText(text);
            return List.of();
        }
        // Longest first, so that "recovery centres" wins over a shorter word inside it.
        String alternatives = byForm.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(form -> isLowerCase(form) ? "(?iu:" + Pattern.quote(form) + ")" : Pattern.quote(form))
                .collect(Collectors.joining("|"));
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")
                .matcher(text);
        List<GlossaryTerm> linked = new ArrayList<>();
        int written = 0;
        while (matcher.find()) {
            GlossaryTerm term = byForm.containsKey(matcher.group()) ? byForm.get(matcher.group())
                    : byForm.get(matcher.group().toLowerCase(Locale.ROOT));
            if (term == null || linked.contains(term)) {
                continue;
            }
            parent.appendText(text.substring(written, matcher.start()));
            parent.appendElement("button").attr("type", "button").addClass("link-button").addClass("glossary-term")
                    .attr("data-choose", CHOICE + term.id()).attr("aria-controls", anchor(term))
                    .attr("title", "What the novel means by \u201c" + term.term() + "\u201d").text(matcher.group());
            written = matcher.end();
            linked.add(term);
        }
        parent.appendText(text.substring(written));
        return linked;
    }

    private static boolean isLowerCase(String form) {
        return form.equals(form.toLowerCase(Locale.ROOT));
    }

    /** The id of the element that holds a term's definition in the panel. */
    public static String anchor(GlossaryTerm term) {
        return "glossary-" + term.id();
    }
}
