package org.storyweb.explore.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;

@Route("")
class ExplorerView extends Main {
    ExplorerView() {
        add(new H1("Storyweb"));
    }
}
