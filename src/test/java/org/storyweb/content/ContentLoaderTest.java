package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyweb.story.Chapter;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.RelationKind;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Track;
import org.storyweb.story.Work;

class ContentLoaderTest {

    private static final String MEETING = "a-novel/events/meeting.yaml";
    private static final String FRIENDS = "a-novel/relationships/anna-ben.yaml";

    @TempDir
    Path tempDir;

    @Test
    void aValidPackLoadsIntoTheModel() {
        StoryPack pack = Fixture.minimal(tempDir).load().defaultPack();

        assertEquals(new Work("a-novel", "A Novel", "An Author", FuzzyDate.parse("2001"), "A short novel for tests.",
                "London, 2000", FuzzyDate.parse("2000"), List.of(new Theme("memory", "Memory", Theme.Kind.THEME,
                "Anna tells the story from memory.", List.of("notes"))), List.of(),
                List.of(new CharacterGroup("student", "Students", "#dbe9ff", "#1d4f91", "#0b1f3a",
                        CharacterGroup.Shape.BOX))),
                pack.work());
        assertEquals(List.of(new Track("story", "The story", "What happens to Anna and Ben.", "#1d4f91"),
                new Track("author", "The author's life", null, "#8f1d4e")), pack.tracks());
        assertEquals(List.of(
                new Phase("childhood", 0, "Childhood", 1, 2, FuzzyDate.parse("1970s"), "Anna and Ben meet at school."),
                new Phase("later", 1, "Later", 3, 3, null, null)), pack.phases());
        assertEquals(List.of(new Part("part-one", "Part One", List.of(new Chapter(1, "Anna meets Ben."),
                new Chapter(2, null), new Chapter(3, null)))), pack.parts());
        assertEquals(List.of(new StoryCharacter("anna", "Anna", "The narrator.", "student", 1, null, List.of()),
                new StoryCharacter("ben", "Ben", "Anna's friend.", "student", null, "later", List.of("benjamin"))),
                pack.characters());
        assertEquals(List.of(new Source("notes", "Reading notes", "The class's reading notes.", null),
                new Source("review", "A review", "A. Critic, \"A Novel\", The Paper, 2001.",
                        "https://example.org/review")), pack.sources());
        assertEquals(List.of(
                new Event("meeting", "Anna meets Ben", FuzzyDate.parse("1975-09"), "story", "childhood", 1, 1,
                        List.of("anna", "ben"), "Anna meets Ben at school.", List.of("notes"), List.of("memory"),
                        false, null, List.of("Why does Anna remember this day?"), List.of(), false),
                new Event("publication", "A Novel is published", FuzzyDate.parse("2001-05-03"), "author", null, null,
                        null, List.of(), "The novel is published.", List.of("review"), List.of(), true,
                        "The day is not confirmed.", List.of(), List.of(), false)), pack.events());
        assertEquals(List.of(new Relationship("anna-ben", "anna", "ben", List.of(new RelationshipState("childhood",
                "later", RelationKind.FRIENDSHIP, "friends",
                List.of(new Evidence(2, null, "They stay friends.", List.of("notes"))),
                List.of("What keeps them \"friends\"?", "Would you stay friends?"))))), pack.relationships());
        assertEquals(List.of(new GlossaryTerm("carer", "carer", List.of("carer", "carers"),
                "Someone who looks after the others.", 1, List.of("notes"), null)), pack.glossary());
    }

    @Test
    void aPlainYearIsReadAsADateWhereTheSchemaAsksForText() {
        StoryPack pack = Fixture.minimal(tempDir).load().defaultPack();

        assertEquals("2001", pack.work().published().label());
        assertEquals("3 May 2001", pack.event("publication").orElseThrow().date().label());
    }

    @Test
    void anUnknownCharacterIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "[anna, ben]", "[anna, bem]");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:8 /characters/1: \"bem\" is not a character in "
                + "this pack; check the spelling, or add characters/bem.yaml"), fixture.problems());
    }

    @Test
    void anUnknownTriangleMemberIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/work.yaml", "groups:",
                "triangle: [anna, ben, cara]\ngroups:");

        assertEquals(List.of("content/a-novel/work.yaml:10 /triangle/2: \"cara\" is not a character in this pack; "
                + "check the spelling, or add characters/cara.yaml"), fixture.problems());
    }

    @Test
    void anUnknownSourceIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace(FRIENDS, "sources: [notes]", "sources: [note]");

        assertEquals(List.of("content/a-novel/relationships/anna-ben.yaml:12 /states/0/evidence/0/sources/0: "
                + "\"note\" is not a source in this pack; check the spelling, or add sources/note.yaml"),
                fixture.problems());
    }

    @Test
    void anUnknownPhaseIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "phase: childhood", "phase: youth");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:6 /phase: \"youth\" is not a phase in this pack; "
                + "check the spelling, or add it to phases.yaml"), fixture.problems());
    }

    @Test
    void anUnknownTrackIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "track: story", "track: novel");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:5 /track: \"novel\" is not a track in this pack; "
                + "check the spelling, or add it to tracks.yaml"), fixture.problems());
    }

    @Test
    void aTrackColourMustBeGivenAsSixHexDigits() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/tracks.yaml", "color: \"#1d4f91\"",
                "color: blue");

        assertEquals(List.of("content/a-novel/tracks.yaml:6 /tracks/0/color: \"blue\" is not a colour in the form "
                + "#rrggbb; write # and six hexadecimal digits, such as #1d4f91"), fixture.problems());
    }

    @Test
    void anUnquotedTrackColourIsExplained() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/tracks.yaml", "color: \"#8f1d4e\"",
                "color: #8f1d4e");

        assertEquals(List.of("content/a-novel/tracks.yaml:9 /tracks/1/color: is empty; put the colour in quotes, "
                + "because # starts a comment in YAML: \"#1d4f91\""), fixture.problems());
    }

    @Test
    void aTrackWithoutAColourIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/tracks.yaml", "    color: \"#8f1d4e\"\n", "");

        assertEquals(List.of("content/a-novel/tracks.yaml:7 /tracks/1/color: the required field \"color\" is "
                + "missing"), fixture.problems());
    }

    @Test
    void anUnknownThemeIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "themes: [memory]", "themes: [memory, loss]");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:11 /themes/1: \"loss\" is not a theme in this "
                + "pack; check the spelling, or add themes/loss.yaml"), fixture.problems());
    }

    @Test
    void aThemeOfAnUnknownKindIsReportedAtItsKind() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/themes/memory.yaml", "kind: theme",
                "kind: symbol");

        assertEquals(List.of("content/a-novel/themes/memory.yaml:4 /kind: \"symbol\" is not allowed here; use one "
                + "of: theme, motif"), fixture.problems());
    }

    @Test
    void aThemeWithoutASourceIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/themes/memory.yaml", "sources: [notes]\n", "");

        assertEquals(List.of("content/a-novel/themes/memory.yaml:2 /sources: the required field \"sources\" is "
                + "missing"), fixture.problems());
    }

    @Test
    void aGlossaryTermFirstMatteringInAChapterThatDoesNotExistIsReportedAtItsChapter() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/glossary/carer.yaml", "firstChapter: 1",
                "firstChapter: 9");

        assertEquals(List.of("content/a-novel/glossary/carer.yaml:6 /firstChapter: there is no chapter 9; "
                + "structure.yaml has chapters 1–3"), fixture.problems());
    }

    @Test
    void aGlossaryTermWithoutADefinitionIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/glossary/carer.yaml",
                "definition: Someone who looks after the others.\n", "");

        assertEquals(List.of("content/a-novel/glossary/carer.yaml:2 /definition: the required field \"definition\" "
                + "is missing"), fixture.problems());
    }

    @Test
    void aWordThatStandsForTwoGlossaryTermsIsReportedAtTheSecond() {
        Fixture fixture = Fixture.minimal(tempDir).write("a-novel/glossary/helper.yaml", """
                # yaml-language-server: $schema=../../schemas/glossary.schema.json
                id: helper
                term: helper
                forms: [helper, Carers]
                definition: Another word for a carer.
                firstChapter: 2
                sources: [notes]
                """);

        assertEquals(List.of("content/a-novel/glossary/helper.yaml:4 /forms/1: the word \"Carers\" already stands "
                + "for the term in glossary/carer.yaml; a word links to one term only, so remove it from one of them"),
                fixture.problems());
    }

    @Test
    void aCharacterInAnUndeclaredGroupIsReportedAtItsGroup() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/characters/ben.yaml", "group: student",
                "group: teacher");

        assertEquals(List.of("content/a-novel/characters/ben.yaml:5 /group: \"teacher\" is not a group in this "
                + "pack; check the spelling, or add it to the groups in work.yaml"), fixture.problems());
    }

    @Test
    void aPackWithoutGroupsIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/work.yaml", Fixture.GROUPS, "");

        assertEquals(List.of(
                "content/a-novel/characters/anna.yaml:5 /group: \"student\" is not a group in this pack; check the "
                        + "spelling, or add it to the groups in work.yaml",
                "content/a-novel/characters/ben.yaml:5 /group: \"student\" is not a group in this pack; check the "
                        + "spelling, or add it to the groups in work.yaml",
                "content/a-novel/work.yaml:2 /groups: the required field \"groups\" is missing"), fixture.problems());
    }

    @Test
    void aGroupsColoursMustBeColoursInQuotesAndItsShapeKnown() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/work.yaml", "background: \"#dbe9ff\"", "background: #dbe9ff")
                .replace("a-novel/work.yaml", "border: \"#1d4f91\"", "border: navy")
                .replace("a-novel/work.yaml", "shape: box", "shape: circle");

        assertEquals(List.of(
                "content/a-novel/work.yaml:13 /groups/0/background: is empty; put the colour in quotes, because # "
                        + "starts a comment in YAML: \"#1d4f91\"",
                "content/a-novel/work.yaml:14 /groups/0/border: \"navy\" is not a colour in the form #rrggbb; write # "
                        + "and six hexadecimal digits, such as #1d4f91",
                "content/a-novel/work.yaml:16 /groups/0/shape: \"circle\" is not allowed here; use one of: box, ellipse"),
                fixture.problems());
    }

    @Test
    void aGroupsNamesMustBeReadableAndItsBoxesVisible() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/work.yaml", "text: \"#0b1f3a\"", "text: \"#8899aa\"")
                .replace("a-novel/work.yaml", "border: \"#1d4f91\"", "border: \"#dddddd\"");

        assertEquals(List.of(
                "content/a-novel/work.yaml:14 /groups/0/border: the border #dddddd has a contrast of 1.4:1 with the "
                        + "white page, but it needs at least 3.0:1 to be seen; make it darker",
                "content/a-novel/work.yaml:15 /groups/0/text: the names (#8899aa on #dbe9ff) have a contrast of 2.4:1, "
                        + "but readable text needs at least 4.5:1; make the text darker or the background lighter"),
                fixture.problems());
    }

    @Test
    void aMalformedDateIsReportedWithFuzzyDatesExplanation() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "date: 1975-09", "date: 1996-13-05");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:4 /date: \"1996-13-05\" is not a date (month 13)"),
                fixture.problems());
    }

    @Test
    void aMalformedDateInPhasesOrWorkIsReportedToo() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/phases.yaml", "when: 1970s", "when: the seventies")
                .replace("a-novel/work.yaml", "published: 2001", "published: 2001-02-30");

        assertEquals(List.of(
                "content/a-novel/phases.yaml:6 /phases/0/when: \"the seventies\" is not a date; write one such as "
                        + "1996-07-05, 1996-07, 1996, c. 1996, 1990s, early 1990s or 1996/2003",
                "content/a-novel/work.yaml:5 /published: \"2001-02-30\" is not a date (February 2001 has no day 30)"),
                fixture.problems());
    }

    @Test
    void aMissingRequiredFieldIsReportedAtTheObjectThatLacksIt() {
        Fixture fixture = Fixture.minimal(tempDir).replace(FRIENDS, "    label: friends\n", "");

        assertEquals(List.of("content/a-novel/relationships/anna-ben.yaml:5 /states/0/label: the required field "
                + "\"label\" is missing"), fixture.problems());
    }

    @Test
    void aStoryEventWithoutARevealPointIsReportedAtItsPhase() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "revealedInChapter: 1\n", "");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:6 /revealedInChapter: the field "
                + "\"revealedInChapter\" is missing; an event that gives \"phase\" needs it too"), fixture.problems());
    }

    @Test
    void aStoryEventWithoutAChapterOrARevealPointIsReportedOncePerField() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "revealedInChapter: 1\n", "")
                .replace(MEETING, "chapter: 1\n", "");

        assertEquals(List.of(
                "content/a-novel/events/meeting.yaml:6 /chapter: the field \"chapter\" is missing; an event that gives "
                        + "\"phase\" needs it too",
                "content/a-novel/events/meeting.yaml:6 /revealedInChapter: the field \"revealedInChapter\" is missing; "
                        + "an event that gives \"phase\" needs it too"),
                fixture.problems());
    }

    @Test
    void aRealWorldEventWithAChapterIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/events/publication.yaml", "uncertain: true\n",
                "uncertain: true\nchapter: 2\n");

        assertEquals(List.of("content/a-novel/events/publication.yaml:9 /phase: the field \"phase\" is missing; an "
                + "event that gives \"chapter\" needs it too"), fixture.problems());
    }

    @Test
    void aRealWorldEventThatGivesTheStoryAwayMayHaveARevealPoint() {
        StoryPack pack = Fixture.minimal(tempDir).replace("a-novel/events/publication.yaml", "uncertain: true\n",
                "uncertain: true\nrevealedInChapter: 2\n").load().defaultPack();

        Event publication = pack.event("publication").orElseThrow();
        assertEquals(Optional.of(2), publication.revealPoint());
        assertFalse(publication.isRevealedBy(1));
    }

    @Test
    void aRevealPointMustBeAChapterThatExists() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "revealedInChapter: 1", "revealedInChapter: 7");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:12 /revealedInChapter: there is no chapter 7; "
                + "structure.yaml has chapters 1–3"), fixture.problems());
    }

    @Test
    void aRevealPointMayComeBeforeOrAfterTheChapterThatTellsTheEvent() {
        StoryPack pack = Fixture.minimal(tempDir).replace(MEETING, "revealedInChapter: 1", "revealedInChapter: 3")
                .load().defaultPack();

        Event meeting = pack.event("meeting").orElseThrow();
        assertEquals(Optional.of(1), meeting.toldInChapter());
        assertEquals(Optional.of(3), meeting.revealPoint());
        assertFalse(meeting.isRevealedBy(2));
        assertTrue(meeting.isRevealedBy(3));
        assertTrue(pack.event("publication").orElseThrow().isRevealedBy(1));
    }

    @Test
    void aPromptThatIsNotAQuestionIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "Why does Anna remember this day?", "Anna remembers this day.")
                .replace(FRIENDS, "- Would you stay friends?", "- \"\"");

        assertEquals(List.of(
                "content/a-novel/events/meeting.yaml:14 /prompts/0: has no question mark; a prompt asks the class a "
                        + "question, it does not tell them something",
                "content/a-novel/relationships/anna-ben.yaml:15 /states/0/prompts/1: has no question mark; a prompt "
                        + "asks the class a question, it does not tell them something"),
                fixture.problems());
    }

    @Test
    void aRelationshipThatOutlastsACharactersLastPhaseIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/characters/ben.yaml", "lastPhase: later", "lastPhase: childhood");

        assertEquals(List.of("content/a-novel/relationships/anna-ben.yaml:6 /states/0/to: the state lasts until phase "
                + "\"later\", but ben's last phase is \"childhood\" (lastPhase in characters/ben.yaml); end the state "
                + "by then, or correct lastPhase"), fixture.problems());
    }

    @Test
    void anUnknownLastPhaseIsReportedAtTheReference() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/characters/ben.yaml", "lastPhase: later", "lastPhase: old-age");

        assertEquals(List.of("content/a-novel/characters/ben.yaml:7 /lastPhase: \"old-age\" is not a phase in this "
                + "pack; check the spelling, or add it to phases.yaml"), fixture.problems());
    }

    @Test
    void aDuplicateIdNamesTheOtherFile() {
        Fixture fixture = Fixture.minimal(tempDir).write("a-novel/characters/anna-h.yaml", """
                id: anna
                name: Anna H.
                description: A copy of Anna.
                group: student
                """);

        assertEquals(List.of(
                "content/a-novel/characters/anna-h.yaml:1 /id: the id \"anna\" does not match the file name "
                        + "anna-h.yaml; rename the file or change the id so that they match",
                "content/a-novel/characters/anna-h.yaml:1 /id: the id \"anna\" is already used by "
                        + "content/a-novel/characters/anna.yaml; give each character its own id"),
                fixture.problems());
    }

    @Test
    void aDuplicateIdInAListNamesTheLineOfTheFirst() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/tracks.yaml", "id: author", "id: story");

        assertEquals(List.of(
                "content/a-novel/events/publication.yaml:5 /track: \"author\" is not a track in this pack; check the "
                        + "spelling, or add it to tracks.yaml",
                "content/a-novel/tracks.yaml:7 /tracks/1/id: the id \"story\" is already used at line 3; give each "
                        + "track its own id"),
                fixture.problems());
    }

    @Test
    void anIdMustMatchItsFileName() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/sources/review.yaml", "id: review", "id: critic");

        assertEquals(List.of("content/a-novel/sources/review.yaml:2 /id: the id \"critic\" does not match the file "
                + "name review.yaml; rename the file or change the id so that they match"), fixture.problems());
    }

    @Test
    void theWorkIdMustMatchThePackFolder() {
        Fixture fixture = Fixture.minimal(tempDir).replace("a-novel/work.yaml", "id: a-novel", "id: the-novel");

        assertEquals(List.of("content/a-novel/work.yaml:2 /id: the id \"the-novel\" does not match the pack's folder "
                + "name a-novel; rename the folder or change the id so that they match"), fixture.problems());
    }

    @Test
    void anUnknownFieldIsReportedAtItsLineWithTheKnownFields() {
        Fixture fixture = Fixture.minimal(tempDir).replace(FRIENDS, "    label: friends", "    lable: friends");

        assertEquals(List.of(
                "content/a-novel/relationships/anna-ben.yaml:5 /states/0/label: the required field \"label\" is "
                        + "missing",
                "content/a-novel/relationships/anna-ben.yaml:8 /states/0/lable: \"lable\" is not a known field; "
                        + "check its spelling. The fields here are: from, to, kind, label, evidence, prompts"),
                fixture.problems());
    }

    @Test
    void withoutTheSharedDefinitionsNoSchemaCanBeRead() {
        Fixture fixture = Fixture.minimal(tempDir).delete("schemas/defs.schema.json");

        assertEquals(List.of("content/schemas/defs.schema.json: is missing; without it the other schemas cannot be "
                + "read"), fixture.problems());
    }

    @Test
    void aRuleThatASchemaSharesGivesTheMessageItsDefinitionHolds() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("schemas/defs.schema.json", "such as miss-lucy", "such as anna-b");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:8 /characters/0: \"Anna\" is not a valid id; use "
                + "lower-case letters, digits and hyphens, such as anna-b"),
                fixture.replace(MEETING, "characters: [anna, ben]", "characters: [Anna, ben]").problems());
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "text: Anna meets Ben at school.", "text: Anna says: hello.");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:9: the YAML cannot be read here (mapping values "
                + "are not allowed here); if a value contains \": \", put the whole value in double quotes"),
                fixture.problems());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "title: Anna meets Ben", "title: \"Anna meets Ben");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:3: the YAML cannot be read, because the quotation "
                + "mark that opens this value is never closed"), fixture.problems());
    }

    @Test
    void aFieldGivenTwiceIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace(MEETING, "chapter: 1\n", "chapter: 1\nchapter: 2\n");

        assertEquals(List.of("content/a-novel/events/meeting.yaml:8 /chapter: \"chapter\" is given twice (first at "
                + "line 7); keep only one"), fixture.problems());
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatItShouldBe() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "chapter: 1", "chapter: \"1\"")
                .replace(MEETING, "characters: [anna, ben]", "characters: anna");

        assertEquals(List.of(
                "content/a-novel/events/meeting.yaml:7 /chapter: should be a whole number, not \"1\"",
                "content/a-novel/events/meeting.yaml:8 /characters: should be a list; write [anna]"),
                fixture.problems());
    }

    @Test
    void aBadIdOrKindIsReportedOnce() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "[anna, ben]", "[Anna, ben]")
                .replace(FRIENDS, "kind: friendship", "kind: friends");

        assertEquals(List.of(
                "content/a-novel/events/meeting.yaml:8 /characters/0: \"Anna\" is not a valid id; use lower-case "
                        + "letters, digits and hyphens, such as miss-lucy",
                "content/a-novel/relationships/anna-ben.yaml:7 /states/0/kind: \"friends\" is not allowed here; use "
                        + "one of: friendship, romance, rivalry, estrangement, care, guardianship, acquaintance"),
                fixture.problems());
    }

    @Test
    void aRelationshipStateThatEndsBeforeItStartsIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(FRIENDS, "from: childhood", "from: later")
                .replace(FRIENDS, "to: later", "to: childhood");

        assertEquals(List.of("content/a-novel/relationships/anna-ben.yaml:6 /states/0/to: the state ends in phase "
                + "\"childhood\", which comes before the phase it starts in (\"later\") in phases.yaml; swap from and "
                + "to, or correct one of them"), fixture.problems());
    }

    @Test
    void relationshipStatesThatOverlapAreReported() {
        Fixture fixture = Fixture.minimal(tempDir).write(FRIENDS, """
                id: anna-ben
                between: [anna, ben]
                states:
                  - from: childhood
                    to: later
                    kind: friendship
                    label: friends
                  - from: later
                    to: later
                    kind: rivalry
                    label: rivals
                """);

        assertEquals(List.of("content/a-novel/relationships/anna-ben.yaml:8 /states/1/from: the state starts in phase "
                + "\"later\", but the state before it lasts until phase \"later\"; a state may start only in a phase "
                + "after the previous state ended"), fixture.problems());
    }

    @Test
    void aRelationshipBetweenUnknownCharactersIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).replace(FRIENDS, "between: [anna, ben]", "between: [ann, benn]");

        assertEquals(List.of(
                "content/a-novel/relationships/anna-ben.yaml:3 /between/0: \"ann\" is not a character in this pack; "
                        + "check the spelling, or add characters/ann.yaml",
                "content/a-novel/relationships/anna-ben.yaml:3 /between/1: \"benn\" is not a character in this pack; "
                        + "check the spelling, or add characters/benn.yaml"),
                fixture.problems());
    }

    @Test
    void aChapterOutsideTheStructureIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "chapter: 1", "chapter: 9")
                .replace(FRIENDS, "- chapter: 2", "- chapter: 4")
                .replace("a-novel/characters/anna.yaml", "firstChapter: 1", "firstChapter: 5");

        assertEquals(List.of(
                "content/a-novel/characters/anna.yaml:6 /firstChapter: there is no chapter 5; structure.yaml has "
                        + "chapters 1–3",
                "content/a-novel/events/meeting.yaml:7 /chapter: there is no chapter 9; structure.yaml has chapters 1–3",
                "content/a-novel/relationships/anna-ben.yaml:10 /states/0/evidence/0/chapter: there is no chapter 4; "
                        + "structure.yaml has chapters 1–3"),
                fixture.problems());
    }

    @Test
    void aPhaseOutsideTheStructuresChaptersIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/phases.yaml", "chapters: [3, 3]", "chapters: [3, 4]");

        assertEquals(List.of("content/a-novel/phases.yaml:10 /phases/1/chapters/1: there is no chapter 4; "
                + "structure.yaml has chapters 1–3"), fixture.problems());
    }

    @Test
    void phaseChaptersGivenLastFirstAreReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/phases.yaml", "chapters: [1, 2]", "chapters: [2, 1]");

        assertEquals(List.of("content/a-novel/phases.yaml:5 /phases/0/chapters: the chapters are given as [2, 1], "
                + "last first; write [1, 2]"), fixture.problems());
    }

    @Test
    void aChapterListedTwiceInTheStructureIsReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("a-novel/structure.yaml", "- number: 3", "- number: 2");

        assertEquals(List.of(
                "content/a-novel/phases.yaml:10 /phases/1/chapters/0: there is no chapter 3; structure.yaml has "
                        + "chapters 1–2",
                "content/a-novel/phases.yaml:10 /phases/1/chapters/1: there is no chapter 3; structure.yaml has "
                        + "chapters 1–2",
                "content/a-novel/structure.yaml:9 /parts/0/chapters/2/number: chapter 2 is listed twice (first at "
                        + "line 8); each chapter belongs to one part"),
                fixture.problems());
    }

    @Test
    void missingAndMisplacedFilesAreReported() {
        Fixture fixture = Fixture.minimal(tempDir)
                .delete("a-novel/tracks.yaml")
                .write("a-novel/notes.yaml", "id: notes\n")
                .write("a-novel/events/old.yml", "id: old\n")
                .write("drafts/events/idea.yaml", "id: idea\n")
                .write("readme.yaml", "text: hello\n");

        assertEquals(List.of(
                "content/a-novel/events/old.yml: is not read, because content files end in .yaml; rename it to "
                        + "old.yaml",
                "content/a-novel/notes.yaml: is not read, because a pack holds only work.yaml, tracks.yaml, "
                        + "phases.yaml, structure.yaml and the folders characters/, relationships/, events/, "
                        + "sources/, themes/, glossary/ and tours/",
                "content/a-novel/tracks.yaml: is missing; every pack needs one",
                "content/drafts: has no work.yaml, so it is not read as a pack; add a work.yaml, or move its files "
                        + "into a pack",
                "content/readme.yaml: is not read, because it is not inside a pack; move it into a pack's folder"),
                fixture.problems());
    }

    @Test
    void anEmptyFileIsReported() {
        Fixture fixture = Fixture.minimal(tempDir).write("a-novel/sources/review.yaml", "# nothing yet\n");

        assertEquals(List.of("content/a-novel/events/publication.yaml:7 /sources/0: \"review\" is not a source in "
                        + "this pack; check the spelling, or add sources/review.yaml",
                "content/a-novel/sources/review.yaml:1: the file is empty"), fixture.problems());
    }

    @Test
    void aFolderWithoutPacksIsReported() {
        Fixture fixture = Fixture.empty(tempDir);

        assertEquals(List.of("content: holds no content pack; a pack is a folder with a work.yaml"),
                fixture.problems());
    }

    // The schemas refuse what the model would; should they ever let something through, it is still told at its
    // field, and nothing is served.
    @Test
    void aValueTheSchemasAllowButTheModelRefusesIsReportedAtItsField() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace("schemas/defs.schema.json", "\"pattern\": \"^#[0-9a-fA-F]{6}$\"", "\"pattern\": \"^#\"")
                .replace("a-novel/work.yaml", "border: \"#1d4f91\"", "border: \"#1d4f9\"");

        assertEquals(List.of("content/a-novel/work.yaml:11 /groups/0: cannot be read (Group student has a colour that "
                + "is not #rrggbb: #1d4f9)"), fixture.problems());
    }

    @Test
    void aMissingFolderIsReported() {
        ContentException failure = assertThrows(ContentException.class,
                () -> StoryPacks.load(tempDir.resolve("nowhere")));

        assertEquals("Content has 1 problem:\nnowhere: there is no content folder " + tempDir.resolve("nowhere"),
                failure.getMessage());
    }

    @Test
    void allProblemsOfAllFilesAreReportedAtOnceInAStableOrder() {
        Fixture fixture = Fixture.minimal(tempDir)
                .replace(MEETING, "date: 1975-09", "date: sometime")
                .replace(MEETING, "track: story", "track: novel")
                .replace(FRIENDS, "between: [anna, ben]", "between: [anna, carl]")
                .replace("a-novel/sources/notes.yaml", "title: Reading notes\n", "");
        String expected = """
                Content has 4 problems:
                content/a-novel/events/meeting.yaml:4 /date: "sometime" is not a date; write one such as 1996-07-05, \
                1996-07, 1996, c. 1996, 1990s, early 1990s or 1996/2003
                content/a-novel/events/meeting.yaml:5 /track: "novel" is not a track in this pack; check the spelling, \
                or add it to tracks.yaml
                content/a-novel/relationships/anna-ben.yaml:3 /between/1: "carl" is not a character in this pack; \
                check the spelling, or add characters/carl.yaml
                content/a-novel/sources/notes.yaml:2 /title: the required field "title" is missing""";

        assertEquals(expected, assertThrows(ContentException.class, fixture::load).getMessage());
        assertEquals(expected, assertThrows(ContentException.class, fixture::load).getMessage());
    }
}
