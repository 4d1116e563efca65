package org.storyweb.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers from the OWASP secure-headers list that fit Storyweb, sent with every response: pages, data and error
 * pages alike.
 * <p>
 * Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts (its bootstrap page starts the
 * client engine with an inline script, and the engine runs the server's {@code executeJs} calls as functions) and
 * {@code 'unsafe-inline'} for styles; everything else may come from this server only. Framing follows
 * {@code storyweb.embed.frame-ancestors}, so course pages can embed Storyweb.
 */
final class SecurityHeaders {

    private final Map<String, String> headers = new LinkedHashMap<>();

    SecurityHeaders(EmbedProperties embedding) {
        headers.put("Content-Security-Policy", String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + embedding.frameAncestors()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }

    /** Sets the headers; Strict-Transport-Security only over HTTPS, where it means something. */
    void applyTo(HttpServletResponse response, boolean secure) {
        headers.forEach(response::setHeader);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
