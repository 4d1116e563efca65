package org.storyweb.relations;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.storyweb.story.RelationKind;

/**
 * How close a relationship of some kind holds two characters: the one place where kinds become numbers.
 * <p>
 * Strength here means closeness, in the spirit of Granovetter's tie strength (a mix of time spent together,
 * emotional intensity, intimacy and help given; M. Granovetter, "The Strength of Weak Ties", American Journal of
 * Sociology 78(6), 1973, 1360–1380), read on a small ordinal scale:
 * <table>
 * <caption>Tie strength by kind</caption>
 * <tr><th>Kind</th><th>Strength</th><th>Why</th></tr>
 * <tr><td>romance</td><td>3</td><td>a couple: the most time, intensity and intimacy</td></tr>
 * <tr><td>friendship</td><td>2</td><td>close and chosen</td></tr>
 * <tr><td>care</td><td>2</td><td>a carer and her donor: daily help and, in this novel, reconciliation; as close as
 * friends but not a couple</td></tr>
 * <tr><td>guardianship</td><td>1</td><td>present every day but institutional and one-sided</td></tr>
 * <tr><td>acquaintance</td><td>1</td><td>known to each other, a weak tie</td></tr>
 * <tr><td>rivalry</td><td>0.5</td><td>still in each other's lives (Kathy and Ruth quarrel because they live side by
 * side), but the quarrel pushes them apart: weaker than a neutral acquaintance, stronger than no contact</td></tr>
 * <tr><td>estrangement</td><td>0</td><td>out of touch: as weak as no tie at all</td></tr>
 * </table>
 * Only the order and rough gaps matter to the analyses; the scale is a reading of the novel, not a measurement. The
 * switch below has no default branch, so a new kind does not compile until someone gives it a strength.
 */
public final class TieStrength {

    private TieStrength() {
    }

    /** The strength of a tie of this kind, from 0 (estranged) to 3 (a couple). O(1). */
    public static double of(RelationKind kind) {
        return switch (kind) {
            case ROMANCE -> 3;
            case FRIENDSHIP, CARE -> 2;
            case GUARDIANSHIP, ACQUAINTANCE -> 1;
            case RIVALRY -> 0.5;
            case ESTRANGEMENT -> 0;
        };
    }

    /** The strength of a relationship state. */
    public static double of(RelationEdge edge) {
        return of(edge.kind());
    }

    /**
     * The strongest of several states, such as all the states of one pair that hold in one phase; on equal strength,
     * the one that starts first. Empty when there is none. O(n).
     */
    public static Optional<RelationEdge> strongest(Collection<RelationEdge> edges) {
        return edges.stream().max(Comparator.comparingDouble((RelationEdge edge) -> of(edge))
                .thenComparing(RelationEdge::firstPhaseIndex, Comparator.reverseOrder())
                .thenComparing(RelationEdge::id, Comparator.reverseOrder()));
    }
}
