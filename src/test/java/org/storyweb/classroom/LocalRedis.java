package org.storyweb.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import io.lettuce.core.ClientOptions;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * A real redis-server for a test, on a free port, keeping its data in an append-only file in a folder of its own (as
 * deploy/redis.conf does), so that it can be stopped and started again with the classes still there. Stopped by
 * {@link #close()}.
 */
public final class LocalRedis implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(20);

    private final int port;
    private final Path dir;
    private final Path log;
    private Process process;

    private LocalRedis() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.dir = Files.createTempDirectory("storyweb-redis");
        this.log = dir.resolve("redis.log");
    }

    /** Starts redis-server, or fails saying which package to install. */
    public static LocalRedis start() throws IOException, InterruptedException {
        LocalRedis redis = new LocalRedis();
        redis.startAgain();
        return redis;
    }

    /** The binary on the PATH or in /usr/bin, or a failure naming Debian's package. */
    public static String binary(String name, String debianPackage) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("This test needs " + name + ", which is not installed. Install Debian's "
                + debianPackage + " package: apt-get install " + debianPackage + " (.ci/run does so in CI).");
    }

    public int port() {
        return port;
    }

    /** The address Spring Boot's {@code spring.data.redis.url} takes. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * A class store on this Redis, as one server has it: its own connection and subscription, ready when returned.
     *
     * @param stopLater is given what stops the server's connection, for the test to call when it is done
     */
    RedisClassRooms server(Duration grace, Consumer<AutoCloseable> stopLater) {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port), LettuceClientConfiguration.builder()
                        .clientOptions(ClientOptions.builder().disconnectedBehavior(
                                ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                        .commandTimeout(Duration.ofSeconds(5)).build());
        connections.afterPropertiesSet();
        connections.start();
        RedisMessageListenerContainer listeners = new RedisMessageListenerContainer();
        listeners.setConnectionFactory(connections);
        listeners.setRecoveryInterval(200);
        listeners.afterPropertiesSet();
        stopLater.accept(() -> {
            listeners.stop();
            listeners.destroy();
            connections.destroy();
        });
        RedisClassRooms rooms = new RedisClassRooms(new StringRedisTemplate(connections), listeners, grace);
        ClassRoomsContract.awaitUntil(listeners::isListening);
        return rooms;
    }

    public void startAgain() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary("redis-server", "redis-server"), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }

    /** Stops Redis as its service does (SIGTERM); it writes what it holds and refuses connections until started. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[5];
            return in.readNBytes(answer, 0, 5) == 5
                    && new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
