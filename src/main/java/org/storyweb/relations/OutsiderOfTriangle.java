package org.storyweb.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.jgrapht.Graph;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;

/**
 * Who is on the outside of a triangle of three characters, phase by phase: Alix Ohlin's reading of Kathy, Ruth and
 * Tommy, that "someone is always on the outside", made into a rule that can be checked.
 * <p>
 * <b>The rule.</b> For a phase, take the relationship states between each pair of the three members that hold
 * during the phase. The strength of a pair's tie is the {@link TieStrength} of its strongest such state (several
 * states of one pair in one phase count once, as the strongest); a pair with no state has strength 0. A member's
 * <em>closeness</em> is the sum of the strengths of their two ties within the triangle. Then:
 * <ol>
 * <li>if a member has no state with either of the other two during the phase, that member is gone and the triangle
 * is {@linkplain TriangleReading.Broken broken} (an estranged pair still has a state, so estrangement is not being
 * gone);</li>
 * <li>otherwise, the member with the lowest closeness is {@linkplain TriangleReading.OnTheOutside on the outside},
 * provided it is strictly lower than both others' closeness;</li>
 * <li>otherwise (the two least close are equally close, or all three are) {@linkplain TriangleReading.NobodyOutside
 * nobody is clearly on the outside}.</li>
 * </ol>
 * Example: at the Cottages Kathy–Ruth is a rivalry (0.5), Kathy–Tommy a friendship (2) and Ruth–Tommy a romance (3),
 * so Kathy's closeness is 2.5, Ruth's 3.5 and Tommy's 5: Kathy is on the outside.
 * <p>
 * The members are given by id, so any three characters can be read. Each reading takes O(d) time, where d is the
 * number of relationship states of the three members (the phase view filters their edges lazily); the object keeps
 * nothing but the graph and the members.
 */
public final class OutsiderOfTriangle implements PhaseAnalysis<TriangleReading> {

    private final StoryGraph graph;
    private final List<StoryCharacter> members;

    /**
     * A triangle of three characters of the graph's pack.
     *
     * @throws IllegalArgumentException if an id is named twice or is not a character of the pack
     */
    public OutsiderOfTriangle(StoryGraph graph, String firstId, String secondId, String thirdId) {
        this.graph = Objects.requireNonNull(graph, "graph");
        List<String> ids = Arrays.asList(firstId, secondId, thirdId); // asList, unlike List.of, accepts null
        List<StoryCharacter> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null) {
                throw new IllegalArgumentException("A triangle needs three character ids, and one is missing.");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("A triangle needs three different characters, and " + id
                        + " is named twice.");
            }
            resolved.add(graph.pack().character(id).orElseThrow(() -> new IllegalArgumentException(
                    "There is no character " + id + " in pack " + graph.pack().id() + ".")));
        }
        this.members = List.copyOf(resolved);
    }

    @Override
    public StoryGraph graph() {
        return graph;
    }

    /** The three members, in the order given. */
    public List<StoryCharacter> members() {
        return members;
    }

    /**
     * Reads the triangle during a phase, by the rule in the class comment.
     *
     * @throws IllegalArgumentException if the phase is not one of the pack's phases
     */
    @Override
    public TriangleReading at(Phase phase) {
        PhaseCheck.require(graph, phase);
        Graph<StoryCharacter, RelationEdge> view = graph.atPhase(phase);
        // tie[i] is the pair of the two members other than i, so member i's two ties are the other two entries.
        OptionalDouble[] tie = new OptionalDouble[3];
        for (int i = 0; i < 3; i++) {
            tie[i] = strength(view, members.get((i + 1) % 3), members.get((i + 2) % 3));
        }
        List<StoryCharacter> gone = new ArrayList<>();
        double[] closeness = new double[3];
        for (int i = 0; i < 3; i++) {
            OptionalDouble one = tie[(i + 1) % 3];
            OptionalDouble other = tie[(i + 2) % 3];
            if (one.isEmpty() && other.isEmpty()) {
                gone.add(members.get(i));
            }
            closeness[i] = one.orElse(0) + other.orElse(0);
        }
        if (!gone.isEmpty()) {
            return new TriangleReading.Broken(phase, gone);
        }
        List<TriangleReading.Closeness> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(new TriangleReading.Closeness(members.get(i), closeness[i]));
        }
        for (int i = 0; i < 3; i++) {
            if (closeness[i] < closeness[(i + 1) % 3] && closeness[i] < closeness[(i + 2) % 3]) {
                return new TriangleReading.OnTheOutside(phase, members.get(i), all);
            }
        }
        return new TriangleReading.NobodyOutside(phase, all);
    }

    // The strongest state between two members in the phase view, or empty when they have none.
    private static OptionalDouble strength(Graph<StoryCharacter, RelationEdge> view, StoryCharacter a,
            StoryCharacter b) {
        if (!view.containsVertex(a) || !view.containsVertex(b)) {
            return OptionalDouble.empty();
        }
        return TieStrength.strongest(view.getAllEdges(a, b)).stream().mapToDouble(TieStrength::of).findFirst();
    }
}
