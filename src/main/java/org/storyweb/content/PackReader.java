package org.storyweb.content;

import static org.storyweb.content.YamlDocument.child;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.storyweb.story.CharacterGroup;
import org.storyweb.story.Event;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.GlossaryTerm;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.Relationship;
import org.storyweb.story.RelationshipState;
import org.storyweb.story.Source;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Tour;
import org.storyweb.story.Track;
import org.storyweb.story.Window;
import org.storyweb.story.Work;

/**
 * Reads one pack folder: each file against its schema, then what the schemas cannot see (ids that must match file
 * names and be unique, references between files, dates, chapters, the order of phases). Every problem goes to the
 * shared {@link Problems}; {@link #build()} is only called when there are none, so it may trust the files, and
 * maps them onto the model's records with Jackson.
 */
final class PackReader {

    /** Where an id is defined, to name it when another file defines it again. */
    private record Place(String file, int line) {
    }

    // WCAG 2 AA for text, and for the outline of a shape that carries meaning.
    private static final double TEXT_CONTRAST = 4.5;
    private static final double BORDER_CONTRAST = 3;

    private final String packId;
    private final Problems problems;
    private final Schemas schemas;
    private final Map<FileKind, List<YamlDocument>> documents = new EnumMap<>(FileKind.class);

    // The ids each kind defines. A map stays null when its file could not be read, so that references to it are
    // not reported as well: the author first fixes that file.
    private final Map<FileKind, Map<String, Place>> ids = new EnumMap<>(FileKind.class);
    private Map<String, Place> groups;
    private Map<String, Integer> phaseOrder;
    private TreeSet<Integer> chapters;
    // The last phase of each character that gives one (lastPhase), by the character's id and by its file name.
    private final Map<String, String> lastPhases = new LinkedHashMap<>();

    private PackReader(String packId, Problems problems, Schemas schemas) {
        this.packId = packId;
        this.problems = problems;
        this.schemas = schemas;
    }

    /**
     * Reads and checks the pack in folder {@code packId} of the source.
     *
     * @param files the pack's YAML files, relative to the pack folder
     */
    static PackReader read(ContentSource source, String packId, List<String> files, Schemas schemas,
            Problems problems) {
        PackReader reader = new PackReader(packId, problems, schemas);
        reader.readFiles(source, files, schemas);
        reader.index();
        reader.check();
        return reader;
    }

    private String file(String pathInPack) {
        return packId + "/" + pathInPack;
    }

    private void readFiles(ContentSource source, List<String> files, Schemas schemas) {
        String prefix = source.name() + "/";
        for (FileKind kind : FileKind.values()) {
            documents.put(kind, new ArrayList<>());
            if (!kind.isFolder() && !files.contains(kind.place)) {
                problems.about(prefix + file(kind.place), "is missing; every pack needs one");
            }
        }
        for (String path : files) {
            Optional<FileKind> kind = FileKind.of(path);
            if (kind.isEmpty()) {
                problems.about(prefix + file(path), path.endsWith(".yml")
                        ? "is not read, because content files end in .yaml; rename it to "
                                + path.substring(path.lastIndexOf('/') + 1, path.length() - ".yml".length()) + ".yaml"
                        : "is not read, because a pack holds only " + FileKind.places());
                continue;
            }
            String text;
            try {
                text = source.read(file(path));
            } catch (UnreadableFile e) {
                problems.add(prefix + file(path), e.line(), "", e.getMessage());
                continue;
            } catch (IOException e) {
                problems.about(prefix + file(path), "cannot be read (" + e.getMessage() + ")");
                continue;
            }
            YamlDocument.read(prefix + file(path), text, schemas.source(kind.get()), problems).ifPresent(document -> {
                schemas.check(document, kind.get(), problems);
                documents.get(kind.get()).add(document);
            });
        }
    }

    private Optional<YamlDocument> single(FileKind kind) {
        return documents.get(kind).stream().findFirst();
    }

    // ---- Index: the ids each file defines ----

    private void index() {
        single(FileKind.WORK).ifPresent(work -> {
            groups = listIds(work, "/groups", "group");
        });
        single(FileKind.TRACKS).ifPresent(tracks -> ids.put(FileKind.TRACKS, listIds(tracks, "/tracks", "track")));
        single(FileKind.PHASES).ifPresent(phases -> {
            Map<String, Place> defined = listIds(phases, "/phases", "phase");
            ids.put(FileKind.PHASES, defined);
            phaseOrder = new LinkedHashMap<>();
            defined.keySet().forEach(id -> phaseOrder.put(id, phaseOrder.size()));
        });
        single(FileKind.STRUCTURE).ifPresent(this::indexStructure);
        for (FileKind kind : List.of(FileKind.CHARACTER, FileKind.RELATIONSHIP, FileKind.EVENT, FileKind.SOURCE,
                FileKind.THEME, FileKind.GLOSSARY, FileKind.TOUR)) {
            Map<String, Place> defined = new LinkedHashMap<>();
            // Files whose id matches their name go first, so that a copied file, not its original, is the one
            // told that its id is taken.
            List<YamlDocument> matching = documents.get(kind).stream()
                    .filter(document -> document.at("/id").asString("").equals(stem(document)))
                    .toList();
            matching.forEach(document -> define(defined, kind.noun, stem(document), document, "/id"));
            for (YamlDocument document : documents.get(kind)) {
                if (matching.contains(document)) {
                    continue;
                }
                JsonNode id = document.at("/id");
                if (id.isString()) {
                    problems.at(document, "/id", "the id \"" + id.asString("") + "\" does not match the file name "
                            + stem(document) + ".yaml; rename the file or change the id so that they match");
                    define(defined, kind.noun, id.asString(""), document, "/id");
                }
                // The file name stands for the entity too, so that a wrong or missing id is reported once, not
                // again at every reference to the file.
                defined.putIfAbsent(stem(document), new Place(document.file(), document.line("/id")));
            }
            ids.put(kind, defined);
        }
        checkAliases(FileKind.CHARACTER);
        checkAliases(FileKind.EVENT);
        for (YamlDocument character : documents.get(FileKind.CHARACTER)) {
            JsonNode lastPhase = character.at("/lastPhase");
            if (lastPhase.isString()) {
                lastPhases.put(stem(character), lastPhase.asString(""));
                if (character.at("/id").isString()) {
                    lastPhases.putIfAbsent(character.at("/id").asString(""), lastPhase.asString(""));
                }
            }
        }
    }

    /** An alias is an old id that leads to the current one: it must name nothing else, and lead to one place. */
    private void checkAliases(FileKind kind) {
        Map<String, Place> aliases = new HashMap<>();
        for (YamlDocument document : documents.get(kind)) {
            JsonNode list = document.at("/aliases");
            for (int i = 0; i < list.size(); i++) {
                String pointer = child("/aliases", i);
                if (!document.at(pointer).isString()) {
                    continue;
                }
                String alias = document.at(pointer).asString("");
                Place id = ids.get(kind).get(alias);
                Place earlier = aliases.putIfAbsent(alias, new Place(document.file(), document.line(pointer)));
                if (id != null) {
                    problems.at(document, pointer, "\"" + alias + "\" is the id of " + (id.file().equals(document.file())
                            ? "this " + kind.noun : id.file()) + ", so it cannot also be an old id; remove it here");
                } else if (earlier != null) {
                    problems.at(document, pointer, "\"" + alias + "\" is already an old id of " + earlier.file()
                            + "; an old id can lead to one " + kind.noun + " only");
                }
            }
        }
    }

    /** The file name without ".yaml", which is what the id must be. */
    private static String stem(YamlDocument document) {
        String file = document.file();
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length());
    }

    private Map<String, Place> listIds(YamlDocument document, String list, String noun) {
        Map<String, Place> defined = new LinkedHashMap<>();
        JsonNode items = document.at(list);
        for (int i = 0; i < items.size(); i++) {
            String pointer = child(child(list, i), "id");
            if (document.at(pointer).isString()) {
                define(defined, noun, document.at(pointer).asString(""), document, pointer);
            }
        }
        return defined;
    }

    private void define(Map<String, Place> defined, String noun, String id, YamlDocument document, String pointer) {
        Place earlier = defined.putIfAbsent(id, new Place(document.file(), document.line(pointer)));
        if (earlier != null) {
            String where = earlier.file().equals(document.file())
                    ? "at line " + earlier.line()
                    : "by " + earlier.file();
            problems.at(document, pointer, "the id \"" + id + "\" is already used " + where + "; give each " + noun
                    + " its own id");
        }
    }

    private void indexStructure(YamlDocument structure) {
        listIds(structure, "/parts", "part");
        chapters = new TreeSet<>();
        Map<Integer, Integer> lines = new LinkedHashMap<>();
        JsonNode parts = structure.at("/parts");
        for (int p = 0; p < parts.size(); p++) {
            JsonNode list = parts.get(p).path("chapters");
            for (int c = 0; c < list.size(); c++) {
                String pointer = child(child(child(child("/parts", p), "chapters"), c), "number");
                JsonNode number = structure.at(pointer);
                if (!number.canConvertToExactIntegral()) {
                    continue;
                }
                Integer earlier = lines.putIfAbsent(number.asInt(0), structure.line(pointer));
                if (earlier != null) {
                    problems.at(structure, pointer, "chapter " + number.asInt(0) + " is listed twice (first at line "
                            + earlier + "); each chapter belongs to one part");
                }
                chapters.add(number.asInt(0));
            }
        }
    }

    // ---- Checks: what the schemas cannot see ----

    private void check() {
        single(FileKind.WORK).ifPresent(this::checkWork);
        single(FileKind.PHASES).ifPresent(this::checkPhases);
        documents.get(FileKind.CHARACTER).forEach(this::checkCharacter);
        documents.get(FileKind.EVENT).forEach(this::checkEvent);
        documents.get(FileKind.RELATIONSHIP).forEach(this::checkRelationship);
        documents.get(FileKind.THEME).forEach(this::checkTheme);
        checkGlossary(documents.get(FileKind.GLOSSARY));
        documents.get(FileKind.TOUR).forEach(this::checkTour);
    }

    private void checkWork(YamlDocument work) {
        JsonNode id = work.at("/id");
        if (id.isString() && !id.asString("").equals(packId)) {
            problems.at(work, "/id", "the id \"" + id.asString("") + "\" does not match the pack's folder name "
                    + packId + "; rename the folder or change the id so that they match");
        }
        date(work, "/published");
        date(work, "/narration/date");
        references(work, "/triangle", FileKind.CHARACTER);
        JsonNode list = work.at("/groups");
        for (int i = 0; i < list.size(); i++) {
            checkColours(work, child("/groups", i));
        }
    }

    // The graph draws names in these colours: they must be readable, and the boxes must show on the white page.
    private void checkColours(YamlDocument work, String group) {
        JsonNode background = work.at(child(group, "background"));
        JsonNode border = work.at(child(group, "border"));
        JsonNode text = work.at(child(group, "text"));
        if (isColour(background) && isColour(text)) {
            double contrast = CharacterGroup.contrast(text.asString(""), background.asString(""));
            if (contrast < TEXT_CONTRAST) {
                problems.at(work, child(group, "text"), String.format(Locale.ROOT, "the names (%s on %s) have a "
                        + "contrast of %.1f:1, but readable text needs at least %.1f:1; make the text darker or the "
                        + "background lighter", text.asString(""), background.asString(""), contrast, TEXT_CONTRAST));
            }
        }
        if (isColour(border)) {
            double contrast = CharacterGroup.contrast(border.asString(""), "#ffffff");
            if (contrast < BORDER_CONTRAST) {
                problems.at(work, child(group, "border"), String.format(Locale.ROOT, "the border %s has a contrast "
                        + "of %.1f:1 with the white page, but it needs at least %.1f:1 to be seen; make it darker",
                        border.asString(""), contrast, BORDER_CONTRAST));
            }
        }
    }

    private boolean isColour(JsonNode value) {
        return value.isString() && value.asString("").matches(schemas.pattern("colour"));
    }

    private void checkPhases(YamlDocument phases) {
        JsonNode list = phases.at("/phases");
        for (int i = 0; i < list.size(); i++) {
            String phase = child("/phases", i);
            date(phases, child(phase, "when"));
            String range = child(phase, "chapters");
            JsonNode first = phases.at(child(range, 0));
            JsonNode last = phases.at(child(range, 1));
            if (first.canConvertToExactIntegral() && last.canConvertToExactIntegral()
                    && first.asInt(0) > last.asInt(0)) {
                problems.at(phases, range, "the chapters are given as [" + first.asInt(0) + ", " + last.asInt(0)
                        + "], last first; write [" + last.asInt(0) + ", " + first.asInt(0) + "]");
            }
            chapter(phases, child(range, 0));
            chapter(phases, child(range, 1));
        }
    }

    private void checkCharacter(YamlDocument character) {
        reference(character, "/group", groups, "group", "add it to the groups in work.yaml");
        chapter(character, "/firstChapter");
        laterChapters(character);
        reference(character, "/lastPhase", FileKind.PHASES);
    }

    // That a story event has its chapter and reveal point, and a real-world event no chapter, is the schema's
    // "dependencies" rule, so that editors show it too.
    private void checkEvent(YamlDocument event) {
        date(event, "/date");
        reference(event, "/track", FileKind.TRACKS);
        reference(event, "/phase", FileKind.PHASES);
        chapter(event, "/chapter");
        chapter(event, "/revealedInChapter");
        references(event, "/characters", FileKind.CHARACTER);
        references(event, "/sources", FileKind.SOURCE);
        references(event, "/themes", FileKind.THEME);
    }

    private void checkTheme(YamlDocument theme) {
        references(theme, "/sources", FileKind.SOURCE);
    }

    // The details panel links each form of a term where an event's text uses it, so a word can mean one term only.
    private void checkGlossary(List<YamlDocument> terms) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (YamlDocument term : terms) {
            chapter(term, "/firstChapter");
            laterChapters(term);
            references(term, "/sources", FileKind.SOURCE);
            JsonNode forms = term.at("/forms");
            for (int i = 0; i < forms.size(); i++) {
                String form = forms.get(i).asString("").toLowerCase(Locale.ROOT);
                String owner = owners.putIfAbsent(form, stem(term));
                if (owner != null && !owner.equals(stem(term))) {
                    problems.at(term, child("/forms", i), "the word \"" + forms.get(i).asString("") + "\" already "
                            + "stands for the term in glossary/" + owner + ".yaml; a word links to one term only, so "
                            + "remove it from one of them");
                }
            }
        }
    }

    private void checkRelationship(YamlDocument relationship) {
        references(relationship, "/between", FileKind.CHARACTER);
        JsonNode states = relationship.at("/states");
        for (int i = 0; i < states.size(); i++) {
            String state = child("/states", i);
            reference(relationship, child(state, "from"), FileKind.PHASES);
            reference(relationship, child(state, "to"), FileKind.PHASES);
            checkOrder(relationship, state);
            checkLastPhases(relationship, state);
            if (i > 0) {
                checkFollows(relationship, child("/states", i - 1), state);
            }
            JsonNode evidence = relationship.at(child(state, "evidence"));
            for (int e = 0; e < evidence.size(); e++) {
                String item = child(child(state, "evidence"), e);
                chapter(relationship, child(item, "chapter"));
                references(relationship, child(item, "sources"), FileKind.SOURCE);
            }
        }
    }

    // A step's narration is read from the screen by a class: "at most about 60 words".
    private static final int MAX_NARRATION_WORDS = 70;

    private void checkTour(YamlDocument tour) {
        JsonNode steps = tour.at("/steps");
        for (int i = 0; i < steps.size(); i++) {
            String step = child("/steps", i);
            String view = child(step, "view");
            JsonNode fields = tour.at(view);
            if (fields.isObject() && !fields.has("phase") && !fields.has("event") && !fields.has("character")
                    && !fields.has("relationship")) {
                problems.at(tour, view, "the step shows nothing in particular; give it a phase, or an event, "
                        + "character or relationship to select");
            }
            List<String> selected = List.of("event", "character", "relationship").stream().filter(fields::has)
                    .toList();
            if (selected.size() > 1) {
                problems.at(tour, child(view, selected.get(1)), "a step selects one thing, but this one gives "
                        + String.join(" and ", selected) + "; keep one");
            }
            reference(tour, child(view, "event"), FileKind.EVENT);
            reference(tour, child(view, "character"), FileKind.CHARACTER);
            reference(tour, child(view, "relationship"), FileKind.RELATIONSHIP);
            reference(tour, child(view, "phase"), FileKind.PHASES);
            references(tour, child(view, "tracks"), FileKind.TRACKS);
            references(tour, child(view, "themes"), FileKind.THEME);
            chapter(tour, child(view, "upto"));
            parse(tour, child(view, "window"), Window::parse);
            references(tour, child(step, "sources"), FileKind.SOURCE);
            JsonNode narration = tour.at(child(step, "narration"));
            int words = narration.isString() ? narration.asString("").trim().split("\\s+").length : 0;
            if (words > MAX_NARRATION_WORDS) {
                problems.at(tour, child(step, "narration"), "has " + words + " words; a class reads it from the "
                        + "screen, so keep it to about 60 and move the rest to another step");
            }
            checkQuestion(tour, step);
        }
    }

    private void checkQuestion(YamlDocument tour, String step) {
        String question = child(step, "question");
        JsonNode fields = tour.at(question);
        if (!fields.isObject() || !fields.path("kind").isString()) {
            return;
        }
        String kind = fields.path("kind").asString("");
        if (kind.equals("short") && fields.has("choices")) {
            problems.at(tour, child(question, "choices"), "a short answer has no choices; remove them, or make the "
                    + "kind person, event or option");
        } else if (!kind.equals("short") && !fields.has("choices")) {
            problems.at(tour, child(question, "kind"), "a choice of " + kind + " needs its choices; list them");
        }
        if (kind.equals("person")) {
            references(tour, child(question, "choices"), FileKind.CHARACTER);
        } else if (kind.equals("event")) {
            references(tour, child(question, "choices"), FileKind.EVENT);
        }
        if (!fields.has("text") && !tour.at(child(step, "prompt")).isString()
                && eventPrompt(tour.at(child(child(step, "view"), "event")).asString("")).isEmpty()) {
            problems.at(tour, question, "the question asks nothing: give it a text, or give the step a prompt or "
                    + "an event that has prompts");
        }
    }

    // The first discussion prompt of an event, which a step's question asks when it has no text of its own.
    private Optional<String> eventPrompt(String eventId) {
        return documents.get(FileKind.EVENT).stream().map(YamlDocument::root)
                .filter(event -> event.path("id").asString("").equals(eventId))
                .map(event -> event.path("prompts").path(0)).filter(JsonNode::isString)
                .map(prompt -> prompt.asString("")).findFirst();
    }

    private void checkOrder(YamlDocument relationship, String state) {
        if (phaseOrder == null) {
            return;
        }
        String from = relationship.at(child(state, "from")).asString("");
        String to = relationship.at(child(state, "to")).asString("");
        Integer start = phaseOrder.get(from);
        Integer end = phaseOrder.get(to);
        if (start != null && end != null && end < start) {
            problems.at(relationship, child(state, "to"), "the state ends in phase \"" + to
                    + "\", which comes before the phase it starts in (\"" + from
                    + "\") in phases.yaml; swap from and to, or correct one of them");
        }
    }

    // A relationship ends by the last phase of either character (lastPhase): Ruth cannot be Kathy's friend after she
    // has completed.
    private void checkLastPhases(YamlDocument relationship, String state) {
        if (phaseOrder == null) {
            return;
        }
        String to = relationship.at(child(state, "to")).asString("");
        Integer end = phaseOrder.get(to);
        if (end == null) {
            return;
        }
        for (JsonNode between : relationship.at("/between")) {
            String character = between.asString("");
            String last = lastPhases.get(character);
            Integer lastIndex = last == null ? null : phaseOrder.get(last);
            if (lastIndex != null && end > lastIndex) {
                problems.at(relationship, child(state, "to"), "the state lasts until phase \"" + to + "\", but "
                        + character + "'s last phase is \"" + last + "\" (lastPhase in characters/" + character
                        + ".yaml); end the state by then, or correct lastPhase");
            }
        }
    }

    // States follow one another in story order without overlapping, so that at any phase a pair has one state.
    private void checkFollows(YamlDocument relationship, String previous, String state) {
        if (phaseOrder == null) {
            return;
        }
        String previousEnd = relationship.at(child(previous, "to")).asString("");
        String start = relationship.at(child(state, "from")).asString("");
        Integer ended = phaseOrder.get(previousEnd);
        Integer starts = phaseOrder.get(start);
        if (ended != null && starts != null && starts <= ended) {
            problems.at(relationship, child(state, "from"), "the state starts in phase \"" + start
                    + "\", but the state before it lasts until phase \"" + previousEnd + "\"; a state may start only "
                    + "in a phase after the previous state ended");
        }
    }

    private void references(YamlDocument document, String list, FileKind kind) {
        JsonNode items = document.at(list);
        for (int i = 0; i < items.size(); i++) {
            reference(document, child(list, i), kind);
        }
    }

    private void reference(YamlDocument document, String pointer, FileKind kind) {
        reference(document, pointer, ids.get(kind), kind.noun, kind.isFolder()
                ? "add " + kind.place + document.at(pointer).asString("") + ".yaml"
                : "add it to " + kind.place);
    }

    private void reference(YamlDocument document, String pointer, Map<String, Place> defined, String noun,
            String remedy) {
        JsonNode value = document.at(pointer);
        // An id of the wrong form already has its schema problem; one problem per mistake is enough.
        if (defined != null && value.isString() && value.asString("").matches(schemas.pattern("id"))
                && !defined.containsKey(value.asString(""))) {
            problems.at(document, pointer, "\"" + value.asString("") + "\" is not " + Problems.article(noun)
                    + " in this pack; check the spelling, or " + remedy);
        }
    }

    // Each later text comes after the first chapter, in a chapter the book has.
    private void laterChapters(YamlDocument document) {
        JsonNode first = document.at("/firstChapter");
        JsonNode later = document.at("/later");
        for (int i = 0; i < later.size(); i++) {
            String pointer = "/later/" + i + "/chapter";
            chapter(document, pointer);
            JsonNode chapter = document.at(pointer);
            if (first.canConvertToExactIntegral() && chapter.canConvertToExactIntegral()
                    && chapter.asInt(0) <= first.asInt(0)) {
                problems.at(document, pointer, "chapter " + chapter.asInt(0) + " is not after firstChapter "
                        + first.asInt(0) + "; say it in the main text instead");
            }
        }
    }

    private void chapter(YamlDocument document, String pointer) {
        JsonNode value = document.at(pointer);
        if (chapters != null && !chapters.isEmpty() && value.canConvertToExactIntegral()
                && !chapters.contains(value.asInt(0))) {
            problems.at(document, pointer, "there is no chapter " + value.asInt(0) + "; structure.yaml has chapters "
                    + ranges(chapters));
        }
    }

    /** "1–23", or "1–5, 7–9" when chapters are missing in between. */
    private static String ranges(TreeSet<Integer> numbers) {
        List<String> ranges = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int number : numbers) {
            if (previous != null && number != previous + 1) {
                ranges.add(start.equals(previous) ? start.toString() : start + "–" + previous);
                start = null;
            }
            if (start == null) {
                start = number;
            }
            previous = number;
        }
        ranges.add(start.equals(previous) ? start.toString() : start + "–" + previous);
        return String.join(", ", ranges);
    }

    private void date(YamlDocument document, String pointer) {
        parse(document, pointer, FuzzyDate::parse);
    }

    // A text the model reads itself (a date, a window) is read here once, so that its own sentence names the line.
    private void parse(YamlDocument document, String pointer, Consumer<String> parser) {
        JsonNode value = document.at(pointer);
        if (value.isString()) {
            try {
                parser.accept(value.asString(""));
            } catch (IllegalArgumentException e) {
                problems.at(document, pointer, e.getMessage());
            }
        }
    }

    // ---- Build: only called when no file has a problem ----

    // The checked files map onto the model's records by their fields' names; an absent list is an empty one, an
    // absent yes-or-no (uncertain, backstory) is no. The schemas refuse any field they do not name, so a field the
    // model does not know is a slip of the code: it fails.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withConfigOverride(List.class,
                    list -> list.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    // The files whose shape is not the model's: narration is a group of fields, a phase's index is its place,
    // a relationship's pair is a list, a tour step's view is a link's parameters.
    record WorkFile(String id, String title, String author, FuzzyDate published, String description,
            Narration narration, List<String> triangle, List<CharacterGroup> groups) {
        Work work(List<Theme> themes) {
            Narration told = narration == null ? new Narration(null, null) : narration;
            return new Work(id, title, author, published, description, told.label(), told.date(), themes, triangle,
                    groups);
        }
    }

    record Narration(String label, FuzzyDate date) {
    }

    record TracksFile(List<Track> tracks) {
    }

    record PhasesFile(List<PhaseEntry> phases) {
    }

    record PhaseEntry(String id, String title, List<Integer> chapters, FuzzyDate when, String summary) {
        Phase phase(int index) {
            return new Phase(id, index, title, chapters.get(0), chapters.get(1), when, summary);
        }
    }

    record StructureFile(List<Part> parts) {
    }

    record RelationshipFile(String id, List<String> between, List<RelationshipState> states) {
        Relationship relationship() {
            return new Relationship(id, between.get(0), between.get(1), states);
        }
    }

    record TourFile(String id, String title, String summary, List<StepEntry> steps) {
    }

    record StepEntry(Map<String, JsonNode> view, String narration, String prompt, List<String> sources,
            QuestionEntry question) {
    }

    record QuestionEntry(Tour.Question.Kind kind, String text, List<String> choices) {
    }

    /** A value the schema lets through but the model refuses: told like every other problem, at its field. */
    private static final class Unmapped extends RuntimeException {
        Unmapped() {
            super(null, null, false, false);
        }
    }

    /** The pack, or empty when a file does not map onto the model (its problem is then told). */
    Optional<StoryPack> build() {
        try {
            // Themes first, then motifs, each by title: the order of the filters.
            List<Theme> themes = map(FileKind.THEME, Theme.class).stream()
                    .sorted(Comparator.comparing(Theme::kind).thenComparing(Theme::title)).toList();
            List<PhaseEntry> phases = map(FileKind.PHASES, PhasesFile.class).getFirst().phases();
            return Optional.of(new StoryPack(map(FileKind.WORK, WorkFile.class).getFirst().work(themes),
                    map(FileKind.TRACKS, TracksFile.class).getFirst().tracks(),
                    IntStream.range(0, phases.size()).mapToObj(index -> phases.get(index).phase(index)).toList(),
                    map(FileKind.STRUCTURE, StructureFile.class).getFirst().parts(),
                    map(FileKind.CHARACTER, StoryCharacter.class),
                    map(FileKind.RELATIONSHIP, RelationshipFile.class).stream().map(RelationshipFile::relationship)
                            .toList(),
                    map(FileKind.EVENT, Event.class),
                    map(FileKind.SOURCE, Source.class),
                    map(FileKind.GLOSSARY, GlossaryTerm.class),
                    map(FileKind.TOUR, TourFile.class).stream().map(this::tour).toList()));
        } catch (Unmapped e) {
            return Optional.empty();
        }
    }

    private <T> List<T> map(FileKind kind, Class<T> type) {
        return documents.get(kind).stream().map(document -> {
            try {
                return MAPPER.treeToValue(document.root(), type);
            } catch (JacksonException e) {
                String pointer = e.getPath().stream().map(field -> field.getPropertyName() != null
                        ? child("", field.getPropertyName()) : child("", field.getIndex()))
                        .collect(Collectors.joining());
                // A record that refuses a value says why in its own words: those, not Jackson's, for the author.
                String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
                problems.at(document, pointer, "cannot be read (" + reason + ")");
                throw new Unmapped();
            }
        }).toList();
    }

    private Tour tour(TourFile tour) {
        return new Tour(tour.id(), tour.title(), tour.summary(), tour.steps().stream().map(step -> {
            // The view as a link's parameters: lists joined with commas, numbers as text.
            Map<String, String> view = new LinkedHashMap<>();
            step.view().forEach((name, value) -> view.put(name, value.isArray()
                    ? value.valueStream().map(JsonNode::asString).collect(Collectors.joining(","))
                    : value.asString()));
            return new Tour.Step(view, step.narration(), step.prompt(), step.sources(),
                    question(step, view.getOrDefault("event", "")));
        }).toList());
    }

    private Tour.Question question(StepEntry step, String eventId) {
        QuestionEntry question = step.question();
        if (question == null) {
            return null;
        }
        String text = Optional.ofNullable(question.text()).or(() -> Optional.ofNullable(step.prompt()))
                .or(() -> eventPrompt(eventId)).orElse("");
        return new Tour.Question(question.kind(), text, question.choices());
    }
}
