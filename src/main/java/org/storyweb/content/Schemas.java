package org.storyweb.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
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
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schemas in {@code schemas/}, one per {@link FileKind}, and the check of a file against its schema, with
 * the library's messages rewritten for authors.
 */
final class Schemas {

    static final String FOLDER = "schemas";
    /** The definitions the schemas share, such as an id's pattern, with the messages authors read. */
    static final String DEFINITIONS = "defs.schema.json";
    // Where the validator places the schemas, so that their relative $ref resolves; nothing is fetched from there.
    private static final String BASE = "https://storyweb.example/schemas/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();

    private final Map<FileKind, JsonNode> sources = new EnumMap<>(FileKind.class);
    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);
    private JsonNode definitions = MissingNode.getInstance();

    /**
     * Reads every kind's schema and the definitions they share ({@value #DEFINITIONS}); a missing or unreadable schema
     * is a problem, and its files go unchecked.
     */
    static Schemas load(ContentSource source, List<String> paths, Problems problems) {
        Schemas loaded = new Schemas();
        Optional<String> definitions = read(source, paths, DEFINITIONS, "the other schemas cannot be read", problems);
        definitions.ifPresent(text -> loaded.definitions = MAPPER.readTree(text).path("definitions"));
        // The schemas' $ref to the definitions resolves to the file we read, never to anything outside.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(CONFIG)
                        .schemas(iri -> iri.equals(BASE + DEFINITIONS) ? definitions.orElse(null) : null));
        for (FileKind kind : FileKind.values()) {
            String message = (kind.isFolder() ? "the files in " : "") + kind.place + " cannot be checked";
            read(source, paths, kind.schemaFile, message, problems).ifPresent(text -> {
                try {
                    JsonNode schema = MAPPER.readTree(text);
                    loaded.sources.put(kind, loaded.dereferenced(schema));
                    if (definitions.isPresent()) {
                        loaded.schemas.put(kind, registry.getSchema(SchemaLocation.of(BASE + kind.schemaFile),
                                schema));
                    }
                } catch (RuntimeException e) {
                    problems.about(source.name() + "/" + FOLDER + "/" + kind.schemaFile,
                            "cannot be read as a JSON schema (" + e.getMessage() + ")");
                }
            });
        }
        return loaded;
    }

    /** A schema file's text, when it is there and is JSON; otherwise a problem that says what it stops. */
    private static Optional<String> read(ContentSource source, List<String> paths, String name, String stops,
            Problems problems) {
        String path = FOLDER + "/" + name;
        String file = source.name() + "/" + path;
        if (!paths.contains(path)) {
            problems.about(file, "is missing; without it " + stops);
            return Optional.empty();
        }
        try {
            String text = source.read(path);
            MAPPER.readTree(text);
            return Optional.of(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(file, line, "", "is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            problems.about(file, "cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /**
     * The schema with each {@code $ref} to a shared definition replaced by the definition, for what reads schemas
     * here (the type a plain scalar takes, the rule and message behind a problem). The fields beside a {@code $ref}
     * (its description) stay.
     */
    private JsonNode dereferenced(JsonNode schema) {
        if (schema.isObject()) {
            String ref = schema.path("$ref").asString("");
            JsonNode target = ref.startsWith(DEFINITIONS + "#/definitions/")
                    ? definitions.at(ref.substring((DEFINITIONS + "#/definitions").length()))
                    : MissingNode.getInstance();
            ObjectNode result = target.isObject() ? (ObjectNode) target.deepCopy() : MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                if (!field.getKey().equals("$ref")) {
                    result.set(field.getKey(), dereferenced(field.getValue()));
                }
            }
            return result;
        }
        if (schema.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            schema.forEach(item -> copy.add(dereferenced(item)));
            return copy;
        }
        return schema;
    }

    /** The pattern of a shared definition, such as {@code id}; one that matches nothing when it could not be read. */
    String pattern(String definition) {
        return definitions.path(definition).path("pattern").asString("(?!)");
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
                                        + "\" is missing; " + Problems.article(pointer.isEmpty() ? kind.noun : "item")
                                        + " that gives \"" + given + "\" needs it too");
                    }
                }
            }
            default -> problems.at(document, pointer, describe(message, value, rule));
        }
    }

    private static String describe(Error message, JsonNode value, JsonNode rule) {
        return switch (message.getKeyword()) {
            // A definition may say why a value reads as empty (an unquoted colour: YAML takes # for a comment).
            case "type" -> value.isNull() && rule.path("message").path("empty").isString()
                    ? rule.path("message").path("empty").asString()
                    : describeType(value, rule.path("type").asString(""));
            case "pattern" -> rule.path("message").path("pattern").isString()
                    ? rule.path("message").path("pattern").asString().replace("{value}", value.asString(""))
                    : "\"" + value.asString("") + "\" does not have the expected form ("
                            + rule.path("pattern").asString("") + ")";
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
