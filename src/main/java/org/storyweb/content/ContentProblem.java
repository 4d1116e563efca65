package org.storyweb.content;

import java.util.Comparator;

/**
 * One thing wrong in the content, where an author can find it: the file, the line (from 1; 0 when the problem is
 * about a whole file or folder), the field as a JSON pointer ("" for the whole file) and a sentence saying what is
 * wrong and how to fix it.
 * <p>
 * {@link #toString()} gives the form editors and terminals link to:
 * {@code content/never-let-me-go/events/dolly.yaml:4 /date: "1996-13-05" is not a date (month 13)}.
 */
public record ContentProblem(String file, int line, String field, String message)
        implements Comparable<ContentProblem> {

    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line)
            .thenComparing(ContentProblem::field)
            .thenComparing(ContentProblem::message);

    @Override
    public int compareTo(ContentProblem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line field: message}; the line is left out when it is 0 and the field when it is empty. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (!field.isEmpty()) {
            text.append(' ').append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
