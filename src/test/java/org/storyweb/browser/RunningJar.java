package org.storyweb.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The production jar that the build made, run as a process of its own on a port of its own, for what only a whole
 * server shows: a restart with real downtime, or HTTPS.
 */
final class RunningJar implements AutoCloseable {

    // Generous: on a shared two-core machine under load a start has taken over two minutes.
    private static final Duration STARTUP = Duration.ofSeconds(300);

    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private RunningJar(List<String> arguments) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.arguments = arguments;
        this.log = Files.createTempFile("storyweb-jar", ".log");
    }

    /** Starts the jar with these arguments beside its port, and waits until it answers. */
    static RunningJar start(String... arguments) throws IOException, InterruptedException {
        RunningJar jar = new RunningJar(List.of(arguments));
        jar.startAgain();
        return jar;
    }

    int port() {
        return port;
    }

    void startAgain() throws IOException, InterruptedException {
        Path jar = Path.of("target", "storyweb.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": the integration tests run after the package phase");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        Files.writeString(log, "");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log).contains("Started Application")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The jar did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    /**
     * Stops the server as a restart or a deploy does (SIGTERM: it drains, then ends); its port refuses connections
     * until it starts again.
     */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Ends the server at once, as a crash or {@code kill -9} does: no drain, no goodbye to its pages. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** What the server has logged since it last started. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            stop();
        }
        Files.deleteIfExists(log);
    }
}
