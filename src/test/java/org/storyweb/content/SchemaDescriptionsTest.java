package org.storyweb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schemas' descriptions are what authors read in their editor: they must not advise what the schema refuses. */
class SchemaDescriptionsTest {

    @Test
    void onlyAnItemsOwnIdInASchemaWithAliasesTellsAuthorsToUseAliases() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> schemas = Files.list(Path.of("content", "schemas"))) {
            for (Path schema : schemas.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JsonMapper.builder().build().readTree(schema.toFile());
                boolean hasAliases = root.path("properties").has("aliases");
                collect(root, "", (pointer, description) -> {
                    boolean advisesAliases = description.contains("aliases");
                    if (advisesAliases && !(hasAliases && pointer.equals("/properties/id"))) {
                        wrong.add(schema.getFileName() + " " + pointer);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    private interface DescriptionVisitor {
        void visit(String pointer, String description);
    }

    private static void collect(JsonNode node, String pointer, DescriptionVisitor visitor) {
        if (node.isObject()) {
            if (node.path("description").isString()) {
                visitor.visit(pointer, node.path("description").asString());
            }
            node.properties().forEach(field -> collect(field.getValue(), pointer + "/" + field.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
