package org.storyweb.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of every file, so that an author sees them all at once rather than one per run. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    /** Adds a problem; the same problem found twice (by two rules that see the same mistake) is kept once. */
    void add(String file, int line, String field, String message) {
        ContentProblem problem = new ContentProblem(file, line, field, message);
        if (!found.contains(problem)) {
            found.add(problem);
        }
    }

    /** A problem with a field, at the line where the field is written. */
    void at(YamlDocument document, String pointer, String message) {
        add(document.file(), document.line(pointer), pointer, message);
    }

    /** A problem with a whole file or folder, which has no line. */
    void about(String file, String message) {
        add(file, 0, "", message);
    }

    /** "a person", "an event": a noun with its article, for the problems' sentences. */
    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ContentProblem> sorted() {
        return found.stream().sorted().toList();
    }
}
