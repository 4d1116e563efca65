package org.storyweb.story;

/** What a tie between two characters is at some point of the story. */
public enum RelationKind {
    FRIENDSHIP, ROMANCE, RIVALRY, ESTRANGEMENT, CARE, GUARDIANSHIP, ACQUAINTANCE;

    /** The word used in content files and URLs. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
