package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.StoryPack;

class StoryPacksTest {

    @TempDir
    Path tempDir;

    @Test
    void aSecondPackForAnotherNovelLoadsBesideTheFirst() {
        StoryPacks packs = Fixture.minimal(tempDir).write("remains-of-the-day/work.yaml", """
                id: remains-of-the-day
                title: The Remains of the Day
                author: Kazuo Ishiguro
                published: 1989
                description: Stevens, an English butler, takes a motoring trip and looks back on his years of service.
                groups:
                  - id: staff
                    label: Household staff
                    background: "#e6f4ea"
                    border: "#1e6b3a"
                    text: "#0c2916"
                    shape: ellipse
                """)
                .write("remains-of-the-day/tracks.yaml", """
                        tracks:
                          - id: novel
                            title: The novel's story
                            color: "#1d4f91"
                          - id: reception
                            title: Reception
                            color: "#5b3a9a"
                        """)
                .write("remains-of-the-day/phases.yaml", """
                        phases:
                          - id: the-trip
                            title: The motoring trip
                            chapters: [1, 2]
                            when: 1956-07
                        """)
                .write("remains-of-the-day/structure.yaml", """
                        parts:
                          - id: days
                            title: The days of the trip
                            chapters:
                              - number: 1
                              - number: 2
                        """)
                .write("remains-of-the-day/characters/stevens.yaml", """
                        id: stevens
                        name: Stevens
                        description: The butler of Darlington Hall, who tells the story.
                        group: staff
                        firstChapter: 1
                        """)
                .write("remains-of-the-day/sources/novel.yaml", """
                        id: novel
                        title: The Remains of the Day
                        citation: Kazuo Ishiguro, The Remains of the Day, Faber and Faber, 1989.
                        """)
                .write("remains-of-the-day/events/trip.yaml", """
                        id: trip
                        title: Stevens sets out for the West Country
                        date: 1956-07
                        track: novel
                        phase: the-trip
                        chapter: 1
                        revealedInChapter: 1
                        characters: [stevens]
                        text: Stevens borrows his employer's car for a trip to visit Miss Kenton.
                        sources: [novel]
                        """)
                .write("remains-of-the-day/events/publication.yaml", """
                        id: publication
                        title: The novel is published
                        date: 1989
                        track: reception
                        text: Faber and Faber publish the novel.
                        sources: [novel]
                        """)
                .write("remains-of-the-day/events/booker.yaml", """
                        id: booker
                        title: Booker Prize
                        date: 1989
                        track: reception
                        text: The novel wins the Booker Prize.
                        sources: [novel]
                        """)
                .load();

        assertEquals(List.of("a-novel", "remains-of-the-day"), packs.all().stream().map(StoryPack::id).toList());
        StoryPack remains = packs.find("remains-of-the-day").orElseThrow();
        assertEquals(List.of("trip", "booker", "publication"), remains.events().stream().map(e -> e.id()).toList());
        assertEquals("July 1956", remains.phases().getFirst().when().label());
        assertEquals("a-novel", packs.defaultPack().id());
        // Its own groups, with no code for them.
        assertEquals(List.of(new CharacterGroup("staff", "Household staff", "#e6f4ea", "#1e6b3a", "#0c2916",
                CharacterGroup.Shape.ELLIPSE)), remains.work().groups());
        assertEquals("staff", remains.character("stevens").orElseThrow().group());
    }

    @Test
    void findIsEmptyForAnUnknownPack() {
        assertTrue(Fixture.minimal(tempDir).load().find("missing").isEmpty());
    }
}
