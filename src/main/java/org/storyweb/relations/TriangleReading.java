package org.storyweb.relations;

import java.util.List;
import java.util.Optional;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * What {@link OutsiderOfTriangle} finds for one phase: someone is on the outside, nobody clearly is, or the triangle
 * is broken because a member is gone. Each reading says itself as a sentence for students, naming the phase by its
 * title.
 */
public sealed interface TriangleReading
        permits TriangleReading.OnTheOutside, TriangleReading.NobodyOutside, TriangleReading.Broken {

    /** The phase read. */
    Phase phase();

    /** The reading as one sentence, such as: During “The Cottages”, Kathy H. is on the outside. */
    String sentence();

    /** The member on the outside, when one is. */
    default Optional<StoryCharacter> outsider() {
        return Optional.empty();
    }

    /**
     * A member's closeness to the other two in a phase: the sum of the strengths of their two ties within the
     * triangle.
     */
    record Closeness(StoryCharacter member, double value) {
    }

    /**
     * One member is strictly less close than both others.
     *
     * @param member    the member on the outside
     * @param closeness every member's closeness, in the order the members were given
     */
    record OnTheOutside(Phase phase, StoryCharacter member, List<Closeness> closeness) implements TriangleReading {

        public OnTheOutside {
            closeness = List.copyOf(closeness);
        }

        @Override
        public Optional<StoryCharacter> outsider() {
            return Optional.of(member);
        }

        @Override
        public String sentence() {
            return during(phase) + member.name() + " is on the outside.";
        }
    }

    /**
     * The least close members are equally close, so nobody is singled out.
     *
     * @param closeness every member's closeness, in the order the members were given
     */
    record NobodyOutside(Phase phase, List<Closeness> closeness) implements TriangleReading {

        public NobodyOutside {
            closeness = List.copyOf(closeness);
        }

        @Override
        public String sentence() {
            return during(phase) + "nobody is clearly on the outside.";
        }
    }

    /**
     * At least one member has no relationship state with either of the other two in this phase (Ruth, once she has
     * completed), so there is no triangle to read.
     *
     * @param gone the members who are gone, in the order the members were given
     */
    record Broken(Phase phase, List<StoryCharacter> gone) implements TriangleReading {

        public Broken {
            gone = List.copyOf(gone);
            if (gone.isEmpty()) {
                throw new IllegalArgumentException("A broken triangle needs at least one member who is gone.");
            }
        }

        @Override
        public String sentence() {
            return during(phase) + "the triangle is broken: " + names(gone) + (gone.size() == 1 ? " is" : " are")
                    + " gone.";
        }
    }

    // Titles vary in shape ("The Cottages", "Apart", "Caring for Ruth"), so they are quoted rather than fitted into
    // the grammar of the sentence.
    private static String during(Phase phase) {
        return "During “" + phase.title() + "”, ";
    }

    private static String names(List<StoryCharacter> people) {
        List<String> names = people.stream().map(StoryCharacter::name).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
