package org.storyweb.relations;

import org.storyweb.story.StoryCharacter;

/**
 * How central a character is during one phase: a row of a table.
 *
 * @param degree      how many other characters they have a tie with (several states with one person count once)
 * @param betweenness how many shortest paths between two other characters run through them (unweighted, not
 *                    normalised; a path shared by several equally short ones counts as its share)
 */
public record CentralityRow(StoryCharacter character, int degree, double betweenness) {
}
