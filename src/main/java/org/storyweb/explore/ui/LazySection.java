package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A folded section below the first screen whose content is built the first time a reader opens it, so that a view
 * nobody opens costs neither the server's memory nor the browser's time.
 */
class LazySection extends Composite<Details> {

    LazySection(String id, String summary, Supplier<Component> content) {
        Details details = getContent();
        details.setId(id);
        details.setSummaryText(summary);
        details.addClassName("lazy-section");
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content.get());
            }
        });
    }
}
