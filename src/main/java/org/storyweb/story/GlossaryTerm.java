package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A word the novel uses in its own way ("carer", "complete"), with a short definition, the chapter in which it first
 * matters, what later chapters add ({@code later}), and its sources. {@code forms} are the words that stand for it in an event's text ("carer", "carers").
 */
public record GlossaryTerm(String id, String term, List<String> forms, String definition, List<LaterText> later,
        int firstChapter, @JsonProperty("sources") List<String> sourceIds, String note) {

    public GlossaryTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(term, "term");
        forms = List.copyOf(forms);
        later = later == null ? List.of() : List.copyOf(later);
        sourceIds = List.copyOf(sourceIds);
    }

    public GlossaryTerm(String id, String term, List<String> forms, String definition, int firstChapter,
            List<String> sourceIds, String note) {
        this(id, term, forms, definition, List.of(), firstChapter, sourceIds, note);
    }

    /** The definition and what a reader up to and including a chapter has learnt of the word since. */
    public String toldBy(int chapterRead) {
        return LaterText.toldBy(definition, later, chapterRead);
    }

    /** Where sources differ, what they say. */
    public Optional<String> noteKnown() {
        return Optional.ofNullable(note);
    }
}
