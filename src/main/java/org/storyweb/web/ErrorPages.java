package org.storyweb.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;

/**
 * Answers every response that is not a success with {@link ErrorPage}, and gives every response the
 * {@link SecurityHeaders}.
 * <p>
 * This is a Tomcat valve on the host, in place of Tomcat's own error report valve, rather than a Spring error
 * controller: Tomcat refuses some addresses (a NUL byte or an encoded {@code ..} in the path) before any servlet,
 * filter or Spring sees them, and only a valve on the host can answer those. Errors from inside the app (an unknown
 * {@code /VAADIN/} resource, an exception) reach the same valve, so there is one error page for all.
 */
final class ErrorPages extends ErrorReportValve {

    private final StoryPacks packs;
    private final SecurityHeaders headers;

    ErrorPages(StoryPacks packs, SecurityHeaders headers) {
        this.packs = packs;
        this.headers = headers;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        headers.applyTo(response, request.isSecure());
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        // Tomcat's own valve answers only a sendError, once; an empty error status without a type of content (as
        // Vaadin gives for a missing file) gets the page too.
        if (response.isError() ? !response.setErrorReported() : response.getContentType() != null) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Optional<StoryPack> named = packOf(request);
        StoryPack pack = named.orElseGet(packs::defaultPack);
        String root = request.getContextPath() == null ? "" : request.getContextPath();
        String start = root + "/" + ViewNavigation.location(ViewState.of(pack.id()));
        try {
            // An exception's reset cleared the headers set on the way in.
            headers.applyTo(response, request.isSecure());
            if (refusedByTomcat(request, status, throwable) && named.isPresent()) {
                // The address starts with a book's name: open that book, as the link repair does for a bad query.
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", query == null ? start : start + "?" + query);
                response.finishResponse();
                return;
            }
            boolean json = ErrorPage.wantsJson(request.getHeader("Accept"));
            response.setContentType(json ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json ? ErrorPage.json(status, start)
                        : ErrorPage.html(status, root, start, "Open " + pack.work().title()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the response cannot be written: there is no one to tell.
        }
    }

    /**
     * Whether Tomcat refused the address before it reached the app: a NUL byte, an encoded slash or dot-dot. Not a
     * request Tomcat could not parse at all (too large, say), which comes with the parser's exception: sent again, it
     * would be refused again.
     */
    private static boolean refusedByTomcat(Request request, int status, Throwable throwable) {
        return status == HttpServletResponse.SC_BAD_REQUEST && throwable == null && request.getContext() == null
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    /** The pack the address names, if its first segment can be read as one (ignoring control characters). */
    private Optional<StoryPack> packOf(Request request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(contextPath)) {
            return Optional.empty();
        }
        try {
            String path = URLDecoder.decode(uri.substring(contextPath.length()), StandardCharsets.UTF_8)
                    .replaceAll("\\p{Cntrl}", "");
            return packs.find(path.replaceFirst("^/+", "").split("[/;?\\\\]", 2)[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
