package org.storyweb.content;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * One YAML file as a JSON tree that remembers, for every JSON pointer, the line of its value and of its key, so that
 * every problem found in the tree can name its line.
 * <p>
 * A plain (unquoted) scalar takes the type its schema gives the field: {@code published: 2005} is the text
 * {@code "2005"} where the schema asks for a string, as an author would expect, and {@code chapter: 7} stays a
 * number. Without a schema, YAML's own reading applies.
 */
final class YamlDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // An empty value ("color:", or "color: #1d4f91", where # starts a comment) is null in YAML, not "".
    private static final YAMLFactory YAML = YAMLFactory.builder().enable(YAMLReadFeature.EMPTY_STRING_AS_NULL).build();
    /** Deeper than any content nests; a file nested deeper is refused rather than read. */
    private static final int MAX_DEPTH = 50;
    // The tags YAML gives plain values itself; any other global tag asks for a type that content never needs.
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    /** A file that cannot be read as content: the line and what to tell the author. */
    private static final class Refused extends RuntimeException {
        private final int line;

        Refused(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    private final String file;
    private final Map<String, Integer> valueLines = new HashMap<>();
    private final Map<String, Integer> keyLines = new HashMap<>();
    // The anchors (&name) of lists and groups of fields, so that an alias of one is told apart.
    private final Set<String> collectionAnchors = new HashSet<>();
    private JsonNode root = MissingNode.getInstance();

    private YamlDocument(String file) {
        this.file = file;
    }

    /**
     * Reads a file with Jackson's YAML parser; YAML errors and repeated keys go to {@code problems}. Empty when the
     * file cannot be read as YAML at all.
     *
     * @param file   the name problems give the file, such as {@code content/never-let-me-go/work.yaml}
     * @param schema the file's JSON schema, which decides how plain scalars read, or a missing node
     */
    static Optional<YamlDocument> read(String file, String text, JsonNode schema, Problems problems) {
        YamlDocument document = new YamlDocument(file);
        try (YAMLParser parser = (YAMLParser) YAML.createParser(ObjectReadContext.empty(), new StringReader(text))) {
            if (parser.nextToken() == null) {
                problems.add(file, 1, "", "the file is empty");
                return Optional.empty();
            }
            document.root = document.convert(parser, "", schema, problems, 0);
            if (parser.nextToken() != null) {
                problems.add(file, documentStart(text, parser.currentTokenLocation().getLineNr()), "",
                        "the file holds a second entry after \"---\"; keep one entry per file");
                return Optional.empty();
            }
            return Optional.of(document);
        } catch (Refused e) {
            problems.add(file, e.line, "", e.getMessage());
        } catch (JacksonException e) {
            problems.add(file, errorLine(e, text), "", errorMessage(e));
        }
        return Optional.empty();
    }

    // The line of the "---" that starts the document at this line.
    private static int documentStart(String text, int line) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            if (lines[i].startsWith("---")) {
                return i + 1;
            }
        }
        return line;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static int errorLine(JacksonException e, String text) {
        Optional<ReaderException> reader = cause(e, ReaderException.class);
        if (reader.isPresent()) {
            return (int) text.codePoints().limit(reader.get().getPosition()).filter(c -> c == '\n').count() + 1;
        }
        return cause(e, MarkedYamlEngineException.class).map(YamlDocument::syntaxLine)
                .orElse(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()));
    }

    private static String errorMessage(JacksonException e) {
        Optional<ReaderException> reader = cause(e, ReaderException.class);
        if (reader.isPresent()) {
            return String.format("the file has an invisible control character (U+%04X) on this line, which YAML "
                    + "does not allow; delete it", reader.get().getCodePoint());
        }
        return cause(e, MarkedYamlEngineException.class).map(YamlDocument::syntaxMessage)
                .orElse("the YAML cannot be read (" + e.getOriginalMessage() + ")");
    }

    // An unclosed quotation mark or bracket shows only at the end of the file; the author needs the line where it
    // opens, which the YAML engine gives as the context.
    private static boolean isUnclosed(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        return (problem.contains("end of stream") || problem.contains("stream end")) && e.getContextMark().isPresent();
    }

    private static int syntaxLine(MarkedYamlEngineException e) {
        return (isUnclosed(e) || e.getProblemMark().isEmpty() ? e.getContextMark() : e.getProblemMark())
                .map(mark -> mark.getLine() + 1).orElse(1);
    }

    // The YAML engine's words are for programmers; say what an author can do about the common cases.
    private static String syntaxMessage(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem()).strip();
        String context = String.valueOf(e.getContext());
        if (isUnclosed(e) && context.contains("quoted scalar")) {
            return "the YAML cannot be read, because the quotation mark that opens this value is never closed";
        }
        if (isUnclosed(e) && context.contains("flow sequence")) {
            return "the YAML cannot be read, because the list that opens with \"[\" here is never closed with \"]\"";
        }
        if (problem.contains("(TAB)")) {
            return "the YAML cannot be read here, because a tab is used for indentation; indent with spaces";
        }
        String text = "the YAML cannot be read here (" + problem + ")";
        if (problem.contains("mapping values are not allowed")) {
            return text + "; if a value contains \": \", put the whole value in double quotes";
        }
        if (problem.contains("expected <block end>")) {
            return text + "; check that the line is indented like the lines around it, and that a value in "
                    + "quotation marks has no other quotation mark of the same kind inside";
        }
        return text;
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    /** The value at the parser's current token, which is its first. */
    private JsonNode convert(YAMLParser parser, String pointer, JsonNode schema, Problems problems, int depth) {
        valueLines.put(pointer, line(parser));
        checkTag(parser);
        if (parser.isCurrentAlias()) {
            return alias(parser);
        }
        String anchor = parser.getObjectId() == null ? null : String.valueOf(parser.getObjectId());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (depth >= MAX_DEPTH) {
                throw new Refused(1, "the YAML cannot be read (Nesting Depth exceeded max " + MAX_DEPTH + ")");
            }
            if (anchor != null) {
                collectionAnchors.add(anchor);
            }
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JSON.objectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                String child = child(pointer, key);
                int keyLine = line(parser);
                parser.nextToken();
                if (object.has(key)) {
                    problems.add(file, keyLine, child, "\"" + key + "\" is given twice (first at line "
                            + keyLines.get(child) + "); keep only one");
                    parser.skipChildren();
                    continue;
                }
                keyLines.put(child, keyLine);
                object.set(key, convert(parser, child, schema.path("properties").path(key), problems, depth + 1));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JSON.arrayNode();
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                array.add(convert(parser, child(pointer, i), schema.path("items"), problems, depth + 1));
            }
            return array;
        }
        return scalar(parser, schema);
    }

    // Content never needs an alias: one of a list or a group of fields is how a file refers to itself without end,
    // or grows a billion times on reading, and the parser does not tell the value an alias of a plain value repeats.
    private JsonNode alias(YAMLParser parser) {
        String name = parser.getString();
        if (collectionAnchors.contains(name)) {
            throw new Refused(1, "the YAML repeats a list or a group of fields with an alias (*name); write it out "
                    + "in full");
        }
        throw new Refused(line(parser), "the YAML repeats a value with an alias (*" + name + "); write the value "
                + "out in full");
    }

    private static void checkTag(JsonParser parser) {
        Object tag = parser.getTypeId();
        if (tag != null) {
            String text = String.valueOf(tag);
            String prefix = "tag:yaml.org,2002:";
            if (!text.startsWith("!") && !(text.startsWith(prefix) && CORE_TAGS.contains(text.substring(prefix.length())))) {
                throw new Refused(line(parser), "the YAML cannot be read here (Global tag is not allowed: " + text + ")");
            }
        }
    }

    // A plain scalar that YAML reads as a number or true/false is text where the schema asks for text.
    private static JsonNode scalar(JsonParser parser, JsonNode schema) {
        JsonToken token = parser.currentToken();
        boolean text = "string".equals(schema.path("type").asString(""));
        return switch (token) {
            case VALUE_NULL -> JSON.nullNode();
            case VALUE_TRUE, VALUE_FALSE -> text ? JSON.stringNode(parser.getString())
                    : JSON.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NUMBER_INT -> text ? JSON.stringNode(parser.getString())
                    : JSON.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> text ? JSON.stringNode(parser.getString())
                    : JSON.numberNode(parser.getDecimalValue());
            default -> JSON.stringNode(parser.getString());
        };
    }

    /** The pointer to a field of the object at {@code pointer}, escaped as RFC 6901 asks. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to an item of the array at {@code pointer}. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The node at a pointer, or a missing node. */
    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /**
     * The line where a field is written: its key's line when it has one (an object's field), else its value's line
     * (an array's item). For a pointer that is not in the file, the line of the nearest enclosing node.
     */
    int line(String pointer) {
        Integer line = keyLines.getOrDefault(pointer, valueLines.get(pointer));
        if (line != null) {
            return line;
        }
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? 1 : line(pointer.substring(0, slash));
    }

    /** The line where the value at a pointer begins: for an object, its first field. */
    int valueLine(String pointer) {
        Integer line = valueLines.get(pointer);
        return line != null ? line : line(pointer);
    }
}
