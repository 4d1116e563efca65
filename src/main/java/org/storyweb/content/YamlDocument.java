package org.storyweb.content;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.AnchorNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

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

    /**
     * No alias (*name) of a list or a group of fields: content never needs one, and it is how a file refers to
     * itself without end or grows a billion times on reading.
     */
    private static LoaderOptions loading() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        return options;
    }

    private final String file;
    private final Map<String, Integer> valueLines = new HashMap<>();
    private final Map<String, Integer> keyLines = new HashMap<>();
    private JsonNode root = MissingNode.getInstance();

    private YamlDocument(String file) {
        this.file = file;
    }

    /**
     * Reads a file; YAML errors and repeated keys go to {@code problems}. Empty when the file cannot be read as YAML
     * at all.
     *
     * @param file   the name problems give the file, such as {@code content/never-let-me-go/work.yaml}
     * @param schema the file's JSON schema, which decides how plain scalars read, or a missing node
     */
    static Optional<YamlDocument> read(String file, String text, JsonNode schema, Problems problems) {
        YamlDocument document = new YamlDocument(file);
        Node node;
        try {
            node = new Yaml(new SafeConstructor(loading())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(file, syntaxLine(e), "", syntaxMessage(e));
            return Optional.empty();
        } catch (ReaderException e) {
            int line = (int) text.codePoints().limit(e.getPosition()).filter(c -> c == '\n').count() + 1;
            problems.add(file, line, "", String.format("the file has an invisible control character (U+%04X) on "
                    + "this line, which YAML does not allow; delete it", e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage()).contains("aliases for non-scalar nodes")
                    ? "the YAML repeats a list or a group of fields with an alias (*name); write it out in full"
                    : "the YAML cannot be read (" + e.getMessage() + ")";
            problems.add(file, 1, "", message);
            return Optional.empty();
        }
        if (node == null) {
            problems.add(file, 1, "", "the file is empty");
            return Optional.empty();
        }
        document.root = document.convert(node, "", schema, problems);
        return Optional.of(document);
    }

    // An unclosed quotation mark or bracket shows only at the end of the file; the author needs the line where it
    // opens, which SnakeYAML gives as the context.
    private static boolean isUnclosed(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        return (problem.contains("end of stream") || problem.contains("stream end")) && e.getContextMark() != null;
    }

    private static int syntaxLine(MarkedYAMLException e) {
        Mark mark = isUnclosed(e) || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
        return mark == null ? 1 : mark.getLine() + 1;
    }

    // SnakeYAML's words are for programmers; say what an author can do about the common cases.
    private static String syntaxMessage(MarkedYAMLException e) {
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
        if (context.contains("expected a single document")) {
            return "the file holds a second entry after \"---\"; keep one entry per file";
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

    private JsonNode convert(Node node, String pointer, JsonNode schema, Problems problems) {
        valueLines.put(pointer, lineOf(node));
        if (node instanceof AnchorNode anchor) {
            return convert(anchor.getRealNode(), pointer, schema, problems);
        }
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    problems.add(file, lineOf(keyNode), pointer, "a field name must be a plain word, such as title");
                    continue;
                }
                String key = scalarKey.getValue();
                String child = child(pointer, key);
                if (object.has(key)) {
                    problems.add(file, lineOf(keyNode), child, "\"" + key + "\" is given twice (first at line "
                            + keyLines.get(child) + "); keep only one");
                    continue;
                }
                keyLines.put(child, lineOf(keyNode));
                object.set(key, convert(tuple.getValueNode(), child, schema.path("properties").path(key), problems));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), child(pointer, i), schema.path("items"), problems));
            }
            return array;
        }
        return scalar((ScalarNode) node, schema);
    }

    private static JsonNode scalar(ScalarNode scalar, JsonNode schema) {
        Tag tag = scalar.getTag();
        String value = scalar.getValue();
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (scalar.isPlain() && "string".equals(schema.path("type").asString(""))) {
            return JSON.stringNode(value);
        }
        if (tag.equals(Tag.BOOL)) {
            return JSON.booleanNode(List.of("true", "yes", "on").contains(value.toLowerCase(Locale.ROOT)));
        }
        try {
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(new BigInteger(value.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return JSON.numberNode(new BigDecimal(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            // YAML 1.1 also reads forms such as 0x1F or 1:30 as numbers; our content never needs them.
        }
        return JSON.stringNode(value);
    }

    private static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
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
