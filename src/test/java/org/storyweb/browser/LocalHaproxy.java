package org.storyweb.browser;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyweb.classroom.LocalRedis;

/**
 * A real HAProxy with the project's own deploy/haproxy.cfg, on a free port, in front of the given servers (by
 * cookie name and port), started by a test and stopped by {@link #close()}.
 */
final class LocalHaproxy implements AutoCloseable {

    private final int port;
    private final Path dir;
    private final Process process;

    LocalHaproxy(Map<String, Integer> servers) throws IOException, InterruptedException {
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.dir = Files.createTempDirectory("storyweb-haproxy");
        String lines = servers.entrySet().stream().map(server -> "    server " + server.getKey() + " 127.0.0.1:"
                + server.getValue() + " cookie " + server.getKey()).collect(Collectors.joining("\n"));
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, Files.readString(Path.of("deploy", "haproxy.cfg"))
                .replaceAll("(?m)^    # servers$", lines));
        // The test asks HAProxy, as an operator would, what it thinks of each server.
        Path stats = dir.resolve("stats.cfg");
        Files.writeString(stats, "global\n    stats socket " + dir.resolve("stats.sock") + "\n");
        ProcessBuilder builder = new ProcessBuilder(LocalRedis.binary("haproxy", "haproxy"), "-db", "-f",
                config.toString(), "-f", stats.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile());
        builder.environment().put("STORYWEB_BIND", "127.0.0.1:" + port);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy did not start:\n" + log());
            }
            Thread.sleep(50);
        }
    }

    int port() {
        return port;
    }

    /** Waits until HAProxy's checks find the server ready (UP) or not (DOWN), as its readiness check decides. */
    void awaitServer(String name, String status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.equals(status(name))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy never saw " + name + " " + status + ":\n" + log());
            }
            Thread.sleep(100);
        }
    }

    private String status(String name) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(dir.resolve("stats.sock")));
            channel.write(ByteBuffer.wrap("show stat\n".getBytes(StandardCharsets.US_ASCII)));
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(65536);
            while (channel.read(buffer) > 0) {
                answer.append(StandardCharsets.US_ASCII.decode(buffer.flip()));
                buffer.clear();
            }
            // CSV: proxy, server, ..., the 18th field is the status (UP, DOWN, "UP 1/2" while rising).
            return answer.toString().lines().map(line -> line.split(","))
                    .filter(fields -> fields.length > 17 && fields[0].equals("storyweb") && fields[1].equals(name))
                    .map(fields -> fields[17]).findFirst().orElse("");
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String log() {
        try {
            return Files.readString(dir.resolve("haproxy.log"));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
