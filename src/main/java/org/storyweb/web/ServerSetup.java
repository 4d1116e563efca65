package org.storyweb.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.storyweb.content.StoryPacks;

/**
 * Puts {@link ErrorPages} on Tomcat's host in place of any other error report valve: Tomcat's default one, and the
 * one Spring Boot adds to hide stack traces. Runs after Spring Boot's own customizer, so that it finds that valve.
 */
@Component
class ServerSetup implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ErrorPages errorPages;

    ServerSetup(StoryPacks packs, EmbedProperties embedding) {
        this.errorPages = new ErrorPages(packs, new SecurityHeaders(embedding));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(errorPages);
            // The host adds a valve of this class when it starts, unless it finds one.
            host.setErrorReportValveClass(ErrorPages.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
