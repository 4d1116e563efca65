package org.storyweb.classroom;

import java.time.Clock;

/** The class contract, kept in this server's memory. */
class InMemoryClassRoomsTest extends ClassRoomsContract {

    @Override
    ClassRooms rooms() {
        return new InMemoryClassRooms(GRACE, Clock.systemUTC());
    }
}
