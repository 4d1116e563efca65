package org.storyweb.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's shared rules (frontend/components/**&#47;*.test.js: how the graph looks, for the app and the embed alike),
 * tested with Node's own test runner, with the Node the build fetched.
 */
class FrontendRulesTest {

    @Test
    void theClientsSharedRulesPassTheirOwnTests() throws IOException, InterruptedException {
        Optional<Path> node = node();
        assumeTrue(node.isPresent(), "Node is fetched by the build on Linux x64");
        Process run = new ProcessBuilder(node.get().toString(), "--test", "--test-reporter=tap",
                "frontend/components/**/*.test.js")
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        assertThat(output).as("Node ran the tests").containsPattern("# pass [1-9]");
    }

    private static Optional<Path> node() throws IOException {
        Path folder = Path.of(".node");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + folder + "/*/bin/node");
        try (Stream<Path> paths = Files.walk(folder, 3)) {
            return paths.filter(matcher::matches).findFirst();
        }
    }
}
