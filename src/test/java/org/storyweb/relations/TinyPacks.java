package org.storyweb.relations;

import java.util.List;
import org.storyweb.story.Event;
import org.storyweb.story.PackBuilder;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Relationships;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

/** Small hand-built packs for graph tests: four phases, people named after their ids. */
public final class TinyPacks {

    public static final Phase SCHOOL = new Phase("school", 0, "School", 1, 3, null, "");
    public static final Phase COLLEGE = new Phase("college", 1, "College", 4, 6, null, "");
    public static final Phase WORK = new Phase("work", 2, "Work", 7, 9, null, "");
    public static final Phase AFTER = new Phase("after", 3, "Afterwards", 10, 12, null, "");
    public static final List<Phase> PHASES = List.of(SCHOOL, COLLEGE, WORK, AFTER);

    private TinyPacks() {
    }

    /** A pack "tiny" with the given people (by id) and relationships, and no events. */
    public static StoryPack pack(List<String> people, List<Relationship> relationships) {
        return pack(people.stream().map(TinyPacks::person).toList(), relationships, List.of());
    }

    public static StoryPack pack(List<StoryCharacter> people, List<Relationship> relationships, List<Event> events) {
        return PackBuilder.pack("tiny").phases(PHASES).characters(people).relationships(relationships).events(events)
                .build();
    }

    /** A person whose name is the id with a capital letter: ann is Ann. */
    public static StoryCharacter person(String id) {
        return new StoryCharacter(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), "", "student", null, null,
                List.of());
    }

    public static RelationshipState state(Phase from, Phase to, RelationKind kind) {
        return Relationships.state(from.id(), to.id(), kind);
    }

    public static RelationshipState state(Phase only, RelationKind kind) {
        return state(only, only, kind);
    }

    /** The relationship between two people, id "first-second". */
    public static Relationship between(String first, String second, RelationshipState... states) {
        return Relationships.between(first, second, states);
    }
}
