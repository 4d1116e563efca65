package org.storyweb.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A request for data that cannot be answered: an unknown pack or phase, or a parameter that cannot be read. It is
 * answered with its status and a one-line JSON object that says what is wrong, never with a page or a trace.
 */
public final class DataError extends RuntimeException {

    private final HttpStatus status;

    DataError(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static DataError notFound(String message) {
        return new DataError(HttpStatus.NOT_FOUND, message);
    }

    public static DataError badRequest(String message) {
        return new DataError(HttpStatus.BAD_REQUEST, message);
    }

    public ResponseEntity<String> response() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json(status, getMessage()));
    }

    /** Answers a data request directly, for filters that run before the controller. */
    public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, message));
    }

    private static String json(HttpStatus status, String message) {
        return JsonNodeFactory.instance.objectNode().put("status", status.value())
                .put("error", status.getReasonPhrase()).put("message", message).toString();
    }

    /** A value from the request, as an error message may repeat it: quoted, and cut short. */
    public static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\u201c" + shown + "\u201d";
    }
}
