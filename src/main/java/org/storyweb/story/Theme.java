package org.storyweb.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A theme (an idea the novel explores, such as memory) or a motif (a thing or image that keeps coming back, such as
 * a tape) that events carry by naming its id.
 */
public record Theme(String id, String title, Kind kind, String description,
        @JsonProperty("sources") List<String> sourceIds) {

    public enum Kind {
        THEME, MOTIF;

        /** The name used in content files: theme, motif. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        sourceIds = List.copyOf(sourceIds);
    }

    /** The title as lists show it: a motif says that it is one. */
    public String label() {
        return kind == Kind.MOTIF ? title + " (motif)" : title;
    }
}
