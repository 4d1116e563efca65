package org.storyweb.story;

import java.util.List;

/** A part of the novel and the chapters it holds, in the order of telling. */
public record Part(String id, String title, List<Chapter> chapters) {

    public Part {
        chapters = List.copyOf(chapters);
    }
}
