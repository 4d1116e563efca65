package org.storyweb.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The JSON schemas in {@code schemas/}, one per {@link FileKind}, and the check of a file against its schema, with
 * the library's messages rewritten for authors.
 */
final class Schemas {

    static final String FOLDER = "schemas";
    static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** The pattern of a discussion prompt: it asks something. */
    static final String QUESTION_PATTERN = "\\?";
    /** The pattern of a colour: # and six hexadecimal digits. */
    static final String COLOR_PATTERN = "^#[0-9a-fA-F]{6}$";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();

    private final Map<FileKind, JsonNode> sources = new EnumMap<>(FileKind.class);
    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);

    /** Reads every kind's schema; a missing or unreadable schema is a problem, and its files go unchecked. */
    static Schemas load(ContentSource source, List<String> paths, Problems problems) {
        Schemas loaded = new Schemas();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(CONFIG));
        for (FileKind kind : FileKind.values()) {
            String path = FOLDER + "/" + kind.schemaFile;
            String file = source.name() + "/" + path;
            if (!paths.contains(path)) {
                problems.about(file, "is missing; without it " + (kind.isFolder() ? "the files in " : "")
                        + kind.place + " cannot be checked");
                continue;
            }
            try {
                JsonNode schema = MAPPER.readTree(source.read(path));
                loaded.sources.put(kind, schema);
                loaded.schemas.put(kind, registry.getSchema(schema));
            } catch (JacksonException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                problems.add(file, line, "", "is not valid JSON (" + e.getOriginalMessage() + ")");
            } catch (IOException | RuntimeException e) {
                problems.about(file, "cannot be read as a JSON schema (" + e.getMessage() + ")");
            }
        }
        return loaded;
    }

    /** The schema of a kind as JSON, or a missing node when it could not be read. */
    JsonNode source(FileKind kind) {
        return sources.getOrDefault(kind, MissingNode.getInstance());
    }

    /** Checks a file against its kind's schema, when that schema could be read. */
    void check(YamlDocument document, FileKind kind, Problems problems) {
        Schema schema = schemas.get(kind);
        if (schema != null) {
            for (Error message : schema.validate(document.root())) {
                report(document, kind, source(kind), message, problems);
            }
        }
    }

    private static void report(YamlDocument document, FileKind kind, JsonNode schema, Error message,
            Problems problems) {
        String pointer = pointer(message.getInstanceLocation());
        JsonNode value = document.at(pointer);
        JsonNode rule = subschema(schema, pointer);
        switch (message.getKeyword()) {
            case "required" -> {
                // The field is not there, so point at the object that lacks it.
                String field = YamlDocument.child(pointer, message.getProperty());
                problems.add(document.file(), document.valueLine(pointer), field,
                        "the required field \"" + message.getProperty() + "\" is missing");
            }
            case "additionalProperties" -> {
                String field = YamlDocument.child(pointer, message.getProperty());
                List<String> known = new ArrayList<>();
                known.addAll(rule.path("properties").propertyNames());
                problems.at(document, field, "\"" + message.getProperty() + "\" is not a known field; check its "
                        + "spelling. The fields here are: " + String.join(", ", known));
            }
            case "dependencies" -> {
                // A field that needs others ("phase" needs "chapter"): name each missing one at the line of the
                // field that needs it, since the missing one has no line.
                String given = message.getProperty();
                for (JsonNode needed : rule.path("dependencies").path(given)) {
                    if (!value.has(needed.asString(""))) {
                        problems.add(document.file(), document.line(YamlDocument.child(pointer, given)),
                                YamlDocument.child(pointer, needed.asString("")), "the field \"" + needed.asString("")
                                        + "\" is missing; " + article(pointer.isEmpty() ? kind.noun : "item")
                                        + " that gives \"" + given + "\" needs it too");
                    }
                }
            }
            default -> problems.at(document, pointer, describe(message, value, rule));
        }
    }

    private static String describe(Error message, JsonNode value, JsonNode rule) {
        return switch (message.getKeyword()) {
            // An unquoted colour reads as empty: YAML takes what follows # for a comment.
            case "type" -> value.isNull() && rule.path("pattern").asString("").equals(COLOR_PATTERN)
                    ? "is empty; put the colour in quotes, because # starts a comment in YAML: \"#1d4f91\""
                    : describeType(value, rule.path("type").asString(""));
            case "pattern" -> describePattern(value.asString(""), rule.path("pattern").asString(""));
            case "minLength" -> "is empty; write some text, or remove the line";
            case "minItems" -> value.isEmpty()
                    ? "is an empty list; it needs at least " + items(rule.path("minItems").asInt(0))
                    : "lists " + items(value.size()) + " but needs at least " + items(rule.path("minItems").asInt(0));
            case "maxItems" -> "lists " + items(value.size()) + " but may list at most "
                    + items(rule.path("maxItems").asInt(0));
            case "uniqueItems" -> "lists " + repeated(value) + " more than once; keep one";
            case "enum" -> "\"" + value.asString("") + "\" is not allowed here; use one of: " + enumValues(rule);
            case "minimum" -> "is " + value.asString("") + ", but the lowest allowed is " + rule.path("minimum").asString("");
            default -> message.getMessage();
        };
    }

    private static String describeType(JsonNode value, String expected) {
        if (value.isNull()) {
            return "is empty; write a value, or remove the line";
        }
        String found = value.isValueNode() ? "\"" + value.asString("") + "\"" : typeName(value);
        if (expected.equals("array") && value.isValueNode()) {
            return "should be a list; write [" + value.asString("") + "]";
        }
        return "should be " + typeWord(expected) + ", not " + found;
    }

    private static String describePattern(String text, String pattern) {
        if (pattern.equals(ID_PATTERN)) {
            return "\"" + text + "\" is not a valid id; use lower-case letters, digits and hyphens, such as miss-lucy";
        }
        if (pattern.equals(QUESTION_PATTERN)) {
            return "has no question mark; a prompt asks the class a question, it does not tell them something";
        }
        if (pattern.equals(COLOR_PATTERN)) {
            return "\"" + text + "\" is not a colour in the form #rrggbb; write # and six hexadecimal digits, such "
                    + "as #1d4f91";
        }
        if (pattern.startsWith("^http")) {
            return "\"" + text + "\" is not a web address; it should start with https:// or http://";
        }
        return "\"" + text + "\" does not have the expected form (" + pattern + ")";
    }

    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a group of fields (name: value lines)";
            default -> jsonType;
        };
    }

    private static String typeName(JsonNode value) {
        return value.isArray() ? "a list" : value.isObject() ? "a group of fields" : "\"" + value.asString("") + "\"";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }

    private static String repeated(JsonNode array) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : array) {
            if (!seen.add(item)) {
                return item.isValueNode() ? "\"" + item.asString("") + "\"" : "the same item";
            }
        }
        return "the same item";
    }

    private static String enumValues(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.path("enum").forEach(v -> values.add(v.asString("")));
        return String.join(", ", values);
    }

    /** The part of a schema that describes the value at a pointer, or a missing node. */
    static JsonNode subschema(JsonNode schema, String pointer) {
        JsonNode rule = schema;
        if (pointer.isEmpty()) {
            return rule;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String key = segment.replace("~1", "/").replace("~0", "~");
            rule = rule.has("items") && key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                    ? rule.path("items")
                    : rule.path("properties").path(key);
        }
        return rule;
    }

    /** A JSON pointer such as {@code /states/0/to}. */
    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? YamlDocument.child(pointer, index)
                    : YamlDocument.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
