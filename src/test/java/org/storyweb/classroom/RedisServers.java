package org.storyweb.classroom;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real redis-server for a test class, and the servers' class stores a test makes on it: each test's are stopped
 * after it, and Redis after the class, even when a test fails. Register it as a static field.
 */
final class RedisServers implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private LocalRedis redis;
    private final List<AutoCloseable> started = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        redis = LocalRedis.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable server : started) {
            server.close();
        }
        started.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    /** A class store as one more server has it, waiting {@link ClassRoomsContract#GRACE} for a presenter. */
    RedisClassRooms newServer() {
        return redis.server(ClassRoomsContract.GRACE, started::add);
    }

    /** The server made last goes, as a killed one does: its connection and subscription close. */
    void stopNewest() throws Exception {
        started.remove(started.size() - 1).close();
    }

    /** Stopped after the test, as the servers are. */
    void stopAfterTest(AutoCloseable other) {
        started.add(other);
    }

    LocalRedis redis() {
        return redis;
    }
}
