package org.storyweb.classroom;

/**
 * The class store cannot be reached just now (Redis is down or out of reach). Only a store on another machine throws
 * it; the views say so in a sentence and try again, and the rest of the app goes on without it.
 */
public class ClassStoreUnavailable extends RuntimeException {

    public ClassStoreUnavailable(Throwable cause) {
        super("The class store cannot be reached: " + cause.getMessage(), cause);
    }
}
