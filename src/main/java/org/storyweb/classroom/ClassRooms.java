package org.storyweb.classroom;

import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where live classes are kept: the one place a presenter's steps go and followers hear them. The default keeps them
 * in this server's memory; a relay across servers (Redis pub/sub, PostgreSQL LISTEN/NOTIFY) implements the same
 * interface, and no view changes.
 * <p>
 * Only the holder of a class's secret drives it. The secret is handed out once, to the presenter, and is never part
 * of the code, the join address or anything a follower sees.
 */
public interface ClassRooms {

    /** A class just opened: what followers see, and the secret that drives it. */
    record Opened(ClassSession session, String secret) {
    }

    /** Opens a class at the presenter's current view. */
    Opened open(String packId, String link);

    /** The class with this code, if it is open or has just ended. Codes are read without regard to case. */
    Optional<ClassSession> find(String code);

    /**
     * Moves the class to the presenter's new view.
     *
     * @return false, and nothing changes, when the secret is not this class's or the class has ended
     */
    boolean publish(String code, String secret, String link);

    /** Ends the class now; followers are told and keep their view. False when the secret is wrong. */
    boolean end(String code, String secret);

    /**
     * The presenter's page is gone (closed, reloaded, connection lost). The class ends after a grace period unless
     * the presenter comes back and publishes again.
     */
    void presenterLeft(String code, String secret);

    /** Calls the listener with every new version of the class, and once when it ends. */
    Registration follow(String code, Consumer<ClassSession> listener);
}
