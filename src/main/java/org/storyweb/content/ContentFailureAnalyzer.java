package org.storyweb.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up that failed on broken content into the list of problems and what to do about them. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    static final String ACTION = "Fix the files listed above, or run the validate command to check them without "
            + "starting the server: java -jar target/storyweb.jar " + ContentValidator.COMMAND + " [content folder]";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
