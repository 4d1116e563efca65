package org.storyweb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyweb.story.Evidence;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Tour;

/**
 * The pack quotes briefly and never without a source (content/README.md, the golden rules): every quotation, in any
 * text a reader sees, is at most {@value #MOST_WORDS} words, and the item that holds it cites at least one source
 * that a reader can find: a named web page, a seed, or the novel by chapter. One test per file, named after it.
 *
 * <p>A quotation is text between double quotation marks (straight or curly), or a relationship's evidence
 * {@code quote}. A character has no sources of its own, so a quotation in a character's description must be one that
 * a cited item of the pack (an event, a glossary entry, a theme, a tour step, a relationship's evidence) already
 * quotes, or a word the glossary explains.
 */
class RealQuotationsTest {

    /** A phrase or a sentence, never a passage. */
    static final int MOST_WORDS = 40;

    private static final Pattern QUOTATION = Pattern.compile("\"([^\"]+)\"|“([^”]+)”");

    private static final List<StoryPack> PACKS = StoryPacks.load(Path.of("content")).all();

    /** One place that quotes: the file it is in, the texts a reader sees, and the sources the item cites. */
    record Quoting(String file, List<String> texts, List<String> sourceIds) {
    }

    static List<String> quotations(String text) {
        List<String> quotations = new ArrayList<>();
        if (text == null) {
            return quotations;
        }
        Matcher matcher = QUOTATION.matcher(text);
        while (matcher.find()) {
            quotations.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return quotations;
    }

    static int words(String quotation) {
        String stripped = quotation.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String file(StoryPack pack, String folder, String id) {
        return "content/" + pack.id() + "/" + folder + "/" + id + ".yaml";
    }

    /** Every cited item of a pack that a reader can see, with what it cites. Characters are checked apart. */
    static List<Quoting> citedItems(StoryPack pack) {
        List<Quoting> items = new ArrayList<>();
        pack.events().forEach(event -> {
            List<String> texts = new ArrayList<>(List.of(event.title(), event.text()));
            event.uncertaintyNote().ifPresent(texts::add);
            texts.addAll(event.prompts());
            items.add(new Quoting(file(pack, "events", event.id()), texts, event.sourceIds()));
        });
        for (Relationship relationship : pack.relationships()) {
            for (RelationshipState state : relationship.states()) {
                List<String> stateSources = new ArrayList<>();
                for (Evidence evidence : state.evidence()) {
                    List<String> texts = new ArrayList<>();
                    Optional.ofNullable(evidence.quote()).map(quote -> "\"" + quote + "\"").ifPresent(texts::add);
                    Optional.ofNullable(evidence.paraphrase()).ifPresent(texts::add);
                    items.add(new Quoting(file(pack, "relationships", relationship.id()), texts,
                            evidence.sourceIds()));
                    stateSources.addAll(evidence.sourceIds());
                }
                List<String> texts = new ArrayList<>(state.prompts());
                texts.add(state.label());
                items.add(new Quoting(file(pack, "relationships", relationship.id()), texts, stateSources));
            }
        }
        for (Theme theme : pack.work().themes()) {
            items.add(new Quoting(file(pack, "themes", theme.id()), List.of(theme.title(), theme.description()),
                    theme.sourceIds()));
        }
        for (GlossaryTerm term : pack.glossary()) {
            List<String> texts = new ArrayList<>(List.of(term.definition()));
            term.noteKnown().ifPresent(texts::add);
            items.add(new Quoting(file(pack, "glossary", term.id()), texts, term.sourceIds()));
        }
        for (Tour tour : pack.tours()) {
            for (Tour.Step step : tour.steps()) {
                List<String> texts = new ArrayList<>(List.of(step.narration()));
                Optional.ofNullable(step.prompt()).ifPresent(texts::add);
                items.add(new Quoting(file(pack, "tours", tour.id()), texts, step.sources()));
            }
        }
        return items;
    }

    @TestFactory
    Stream<DynamicTest> noQuotationInThePackIsLongerThanFortyWords() {
        return PACKS.stream().flatMap(pack -> {
            List<Quoting> all = new ArrayList<>(citedItems(pack));
            pack.characters().forEach(character -> all.add(new Quoting(file(pack, "characters", character.id()),
                    List.of(character.description()), List.of())));
            return all.stream().collect(Collectors.groupingBy(Quoting::file)).entrySet().stream().sorted(
                    java.util.Map.Entry.comparingByKey()).map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                        List<String> tooLong = entry.getValue().stream().flatMap(item -> item.texts().stream())
                                .flatMap(text -> quotations(text).stream())
                                .filter(quotation -> words(quotation) > MOST_WORDS).toList();
                        assertEquals(List.of(), tooLong, "quotations of more than " + MOST_WORDS
                                + " words: quote a phrase or a sentence, and tell the rest in your own words");
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyQuotationCitesASourceThatAReaderCanFind() {
        return PACKS.stream().flatMap(pack -> citedItems(pack).stream()
                .filter(item -> item.texts().stream().anyMatch(text -> !quotations(text).isEmpty()))
                .collect(Collectors.groupingBy(Quoting::file)).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    for (Quoting item : entry.getValue()) {
                        List<String> quoted = item.texts().stream().flatMap(text -> quotations(text).stream())
                                .toList();
                        if (quoted.isEmpty()) {
                            continue;
                        }
                        assertFalse(item.sourceIds().isEmpty(), "quotes " + quoted + " but cites no source");
                        for (String id : item.sourceIds()) {
                            Optional<Source> source = pack.source(id);
                            assertTrue(source.isPresent(), "quotes " + quoted + " citing the unknown source " + id);
                            assertTrue(findable(source.get()), "cites " + id + ", which has neither a web address "
                                    + "nor a citation saying where to find it (a seed, or the novel by chapter)");
                        }
                    }
                })));
    }

    /** A named web page, or a citation that says where the words are: a seed, or a printed book by chapter. */
    private static boolean findable(Source source) {
        return source.url() != null && !source.url().isBlank()
                || source.citation() != null && words(source.citation()) >= 4;
    }

    @TestFactory
    Stream<DynamicTest> aCharacterQuotesOnlyWhatACitedItemQuotes() {
        return PACKS.stream().flatMap(pack -> {
            Set<String> cited = citedItems(pack).stream().filter(item -> !item.sourceIds().isEmpty())
                    .flatMap(item -> item.texts().stream()).flatMap(text -> quotations(text).stream())
                    .map(RealQuotationsTest::normalised).collect(Collectors.toSet());
            pack.glossary().forEach(term -> {
                cited.add(normalised(term.term()));
                term.forms().forEach(form -> cited.add(normalised(form.replace("\"", ""))));
            });
            return pack.characters().stream().map(character -> DynamicTest.dynamicTest(
                    file(pack, "characters", character.id()), () -> checkCharacter(character, cited)));
        });
    }

    private static void checkCharacter(StoryCharacter character, Set<String> cited) {
        for (String quotation : quotations(character.description())) {
            assertTrue(cited.contains(normalised(quotation)), "quotes \"" + quotation + "\", which no cited "
                    + "event, glossary entry, theme, tour step or relationship evidence of the pack quotes; a "
                    + "character has no sources of its own, so quote it where you can cite it");
        }
    }

    private static String normalised(String quotation) {
        return quotation.strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    @Test
    void theRulesSeeQuotationsInStraightAndCurlyMarksAndCountTheirWords() {
        assertEquals(List.of("told and not told", "keeping yourselves well"),
                quotations("They were \"told and not told\", and “keeping yourselves well” mattered."));
        assertEquals(4, words(" the current's  too strong "));
        assertEquals(List.of(), quotations("No quotation at all."));
        String passage = "word ".repeat(MOST_WORDS + 1).strip();
        assertTrue(words(passage) > MOST_WORDS);
    }
}
