package org.storyweb.story;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the reader learns of a person or a word from a chapter on, so that a spoiler limit tells only what has been
 * read.
 */
public record LaterText(int chapter, String text) {

    /** A text followed by the later texts that a reader up to and including a chapter has read. */
    static String toldBy(String text, List<LaterText> later, int chapterRead) {
        return Stream.concat(Stream.of(text), later.stream().filter(l -> l.chapter() <= chapterRead)
                .map(LaterText::text)).collect(Collectors.joining(" "));
    }
}
