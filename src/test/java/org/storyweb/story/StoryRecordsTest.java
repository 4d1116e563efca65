package org.storyweb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryRecordsTest {

    private static Event event(String phase, Integer chapter, Integer revealedInChapter, List<String> prompts) {
        return EventBuilder.event("e").told(phase, chapter, revealedInChapter).prompts(prompts).build();
    }

    @Test
    void promptsAreNeverNull() {
        assertEquals(List.of(), event(null, null, null, null).prompts());
        assertEquals(List.of(), new RelationshipState("a", "b", RelationKind.FRIENDSHIP, "friends", List.of(), null)
                .prompts());
    }

    @Test
    void promptsCannotBeChangedFromOutside() {
        List<String> prompts = new ArrayList<>(List.of("Why?"));
        Event event = event(null, null, null, prompts);
        prompts.add("How?");

        assertEquals(List.of("Why?"), event.prompts());
    }

    @Test
    void aStoryEventIsHiddenUntilItsRevealPoint() {
        Event event = event("school", 3, 5, List.of());

        assertEquals(Optional.of(5), event.revealPoint());
        assertFalse(event.isRevealedBy(4));
        assertTrue(event.isRevealedBy(5));
        assertTrue(event.isRevealedBy(23));
    }

    @Test
    void aRealWorldEventIsNeverASpoiler() {
        Event event = event(null, null, null, List.of());

        assertEquals(Optional.empty(), event.revealPoint());
        assertTrue(event.isRevealedBy(1));
    }

    @Test
    void aCharacterMayHaveALastPhase() {
        assertEquals(Optional.of("caring-for-ruth"), new StoryCharacter("ruth", "Ruth", "", "student", null,
                "caring-for-ruth", List.of()).lastPhase());
        assertEquals(Optional.empty(), new StoryCharacter("kathy", "Kathy", "", "student", 1, null, List.of())
                .lastPhase());
    }
}
