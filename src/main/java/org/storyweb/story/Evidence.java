package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Why a relationship state is what it is: a chapter, a brief quote or a paraphrase, and the sources. */
public record Evidence(Integer chapter, String quote, String paraphrase,
        @JsonProperty("sources") List<String> sourceIds) {

    public Evidence {
        sourceIds = List.copyOf(sourceIds);
    }
}
