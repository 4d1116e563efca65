package org.storyweb.explore.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.share.QrCode;
import org.storyweb.story.StoryPack;

/**
 * Shares the view on screen: its link to copy (with the link in a field to copy by hand where the clipboard is not
 * available), the link as a QR code for a projected class, and an iframe snippet for a course page.
 */
class ShareDialog extends Dialog {

    private final TextField link = new TextField("Link to this view");
    private final TextArea embed = new TextArea("Embed in a web page or course page");
    private final Div qr = new Div();
    private final Paragraph status = new Paragraph();

    ShareDialog(StoryPack pack, ViewState state) {
        setHeaderTitle("Share this view");
        setId("share-dialog");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("share-link");
        embed.setReadOnly(true);
        embed.setWidthFull();
        embed.setId("share-embed");
        qr.addClassName("share-qr");
        status.setId("share-status");
        status.getElement().setAttribute("role", "status");

        Button copyLink = new Button("Copy link", click -> copy(link));
        copyLink.setId("share-copy");
        copyLink.addThemeVariants(ButtonVariant.PRIMARY);
        Button copyEmbed = new Button("Copy embed code", click -> copy(embed));
        copyEmbed.setId("share-copy-embed");
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
        add(link, copyLink, status, qr, new H3("Embed"), embed, copyEmbed);
        addClassName("share-dialog");

        // The page's base is the app's root, also inside a course page's iframe.
        getElement().executeJs("return document.baseURI").then(String.class, root -> {
            try {
                fill(pack, state, new URI(root));
            } catch (java.net.URISyntaxException e) {
                status.setText("This page's address could not be read; copy it from the address bar instead.");
            }
        });
    }

    private void fill(StoryPack pack, ViewState state, URI root) {
        // The embed is the explorer's picture of the view, which a page of any site can frame (org.storyweb.embed).
        String shared = ViewNavigation.link(root, state).toString();
        String embedded = ViewNavigation.link(root, state.withPresentation(
                state.presentation().withMode(Mode.EMBED))).toString();
        link.setValue(shared);
        String svg = QrCode.svg(shared);
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                "QR code of the link to this view");
        image.setId("share-qr-image");
        qr.removeAll();
        qr.add(image);
        // The iframe's attributes are built from our own link and the pack's title, escaped for an attribute.
        embed.setValue("<iframe src=\"" + attribute(embedded) + "\" title=\"" + attribute("Storyweb: "
                + pack.work().title()) + "\" width=\"100%\" height=\"760\" style=\"border:0\"></iframe>");
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void copy(TextFieldBase<?, String> field) {
        field.getElement().executeJs("""
                const text = $0;
                if (!navigator.clipboard || !window.isSecureContext) { return false; }
                return navigator.clipboard.writeText(text).then(() => true, () => false);
                """, field.getValue()).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        status.setText("Copied.");
                    } else {
                        field.focus();
                        field.getElement().executeJs("this.inputElement.select()");
                        status.setText("Copying is not allowed here: the text is selected, press Ctrl+C (or \u2318C).");
                    }
                });
    }
}
