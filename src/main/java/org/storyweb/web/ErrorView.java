package org.storyweb.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;

/**
 * The page for a fault while a view opens, in place of Vaadin's, which names the exception: the same words as
 * {@link ErrorPage}, inside the app. A fault here is a bug, so it is logged in full.
 */
class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private final StoryPacks packs;

    ErrorView(StoryPacks packs) {
        this.packs = packs;
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("A view failed to open at /{}", event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        show(this, packs, HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    private static void show(Main page, StoryPacks packs, int status) {
        StoryPack pack = packs.defaultPack();
        Paragraph brand = new Paragraph("Storyweb");
        brand.addClassName("brand");
        Anchor start = new Anchor(ViewNavigation.location(ViewState.of(pack.id())), "Open " + pack.work().title());
        start.addClassName("start");
        page.removeAll();
        Paragraph code = new Paragraph("Error " + status);
        code.addClassName("status");
        page.add(brand, new H1(ErrorPage.title(status)), new Paragraph(ErrorPage.sentence(status)),
                new Paragraph(start), code);
    }

    /** For a view that does not exist; the explorer reads every path, so this should not be seen. */
    static class NotFound extends Main implements HasErrorParameter<NotFoundException> {

        private final StoryPacks packs;

        NotFound(StoryPacks packs) {
            this.packs = packs;
            addClassName("error-page");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            show(this, packs, HttpStatusCode.NOT_FOUND.getCode());
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }
}
