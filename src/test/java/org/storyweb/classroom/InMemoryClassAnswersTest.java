package org.storyweb.classroom;

import java.time.Clock;
import java.time.Duration;

class InMemoryClassAnswersTest extends ClassAnswersContract {

    private final InMemoryClassRooms rooms = new InMemoryClassRooms(Duration.ofMinutes(2), Clock.systemUTC());

    @Override
    protected ClassRooms rooms() {
        return rooms;
    }

    @Override
    protected ClassRooms otherServer() {
        return rooms;
    }
}
