package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyweb.api.DataLinks;
import org.storyweb.api.DataLinks.DataFile;
import org.storyweb.relations.CentralityChange;
import org.storyweb.relations.CentralityRow;
import org.storyweb.relations.PhaseCentrality;
import com.vaadin.flow.signals.Signal;
import org.storyweb.explore.ViewState;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryPack;

/**
 * The graph in words and numbers for the phase on screen: who is on the outside of the pack's triangle, each
 * person's ties and betweenness with the change since the previous phase, and downloads of the data.
 */
class AnalysisPanel extends Composite<Section> {

    /** What the analysis depends on: the phase, the one before it, and the spoiler limit. */
    private record Shown(Phase phase, Optional<Phase> previous, Optional<Integer> spoilerLimit) {
        static Shown of(StoryPack pack, ViewState state) {
            ExplorerFilter filter = ExplorerFilter.of(pack, state);
            Phase phase = filter.phase(state);
            List<Phase> phases = filter.phases();
            int position = phases.indexOf(phase);
            return new Shown(phase, position > 0 ? Optional.of(phases.get(position - 1)) : Optional.empty(),
                    filter.spoilerLimitKnown());
        }
    }

    private final String packId;
    private final PackDrawings.Drawing drawing;
    private final Paragraph outsider = new Paragraph();
    private final Div table = new Div();
    private final Div downloads = new Div();

    AnalysisPanel(StoryPack pack, PackDrawings.Drawing drawing, Signal<ViewState> state) {
        this.packId = pack.id();
        this.drawing = drawing;
        getContent().addClassName("analysis-panel");
        getContent().setId("analysis");
        outsider.setId("outsider");
        outsider.addClassName("outsider");
        table.addClassName("centrality");
        downloads.addClassName("downloads");
        downloads.setId("downloads");
        getContent().add(outsider, table, new H3("Download the data"), downloads);
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null : Shown.of(pack, view)));
        Signal.effect(this, () -> Optional.ofNullable(input.get())
                .ifPresent(shown -> show(shown.phase(), shown.previous(), shown.spoilerLimit())));
    }

    /**
     * Shows the analysis of a phase. {@code previous} is the phase before it, for the changes. With a spoiler limit
     * the analysis of a phase not yet read to its end is withheld; the downloads obey the limit themselves.
     */
    private void show(Phase phase, Optional<Phase> previous, Optional<Integer> spoilerLimit) {
        downloads.removeAll();
        downloads.add(
                download("Graph during " + phase.title() + " (GraphML)",
                        DataLinks.file(packId, DataFile.GRAPH_GRAPHML, Optional.of(phase.id()), spoilerLimit)),
                download("Graph through the story (GEXF, for Gephi)",
                        DataLinks.file(packId, DataFile.GRAPH_GEXF, Optional.empty(), spoilerLimit)),
                download("Events (JSON)",
                        DataLinks.file(packId, DataFile.EVENTS_JSON, Optional.empty(), spoilerLimit)),
                download("Events (CSV, for spreadsheets)",
                        DataLinks.file(packId, DataFile.EVENTS_CSV, Optional.empty(), spoilerLimit)),
                download("Events (TimelineJS)",
                        DataLinks.file(packId, DataFile.TIMELINEJS, Optional.empty(), spoilerLimit)));
        // A phase the reader is still in could give away how it ends: its reading waits until it is read.
        if (spoilerLimit.map(limit -> limit < phase.lastChapter()).orElse(false)) {
            outsider.setVisible(true);
            outsider.setText("The reading of \u201c" + phase.title() + "\u201d appears once you have read up to chapter "
                    + phase.lastChapter() + ".");
            table.getElement().removeAllChildren();
            return;
        }
        outsider.setVisible(drawing.outsider().isPresent());
        drawing.outsider().ifPresent(triangle -> outsider.setText(triangle.at(phase).sentence()));
        PhaseCentrality centrality = drawing.centrality();
        List<CentralityChange> changes = previous.map(before -> centrality.changes(before, phase)).orElse(List.of());
        table.getElement().removeAllChildren();
        table.getElement().appendChild(centralityTable(centrality.at(phase), changes, phase, previous));
    }

    // A stable address (docs/api.md) rather than a download tied to this session, so that a copied link works anywhere.
    private static Anchor download(String text, String link) {
        Anchor anchor = new Anchor(link, text);
        anchor.getElement().setAttribute("download", "");
        anchor.setRouterIgnore(true); // a file, not a view: the browser fetches it
        anchor.addClassName("download-link");
        return anchor;
    }

    // A real table, so that screen readers announce the headers with each number.
    private static Element centralityTable(List<CentralityRow> rows, List<CentralityChange> changes, Phase phase,
            Optional<Phase> previous) {
        Element tableElement = new Element("table");
        tableElement.appendChild(new Element("caption").setText("Who is central during " + phase.title()
                + previous.map(before -> ", and the change since " + before.title()).orElse("")));
        Element head = new Element("tr");
        for (String header : List.of("Person", "Ties", "Betweenness", "Change")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        }
        tableElement.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (CentralityRow row : rows) {
            if (row.degree() == 0) {
                continue;
            }
            String change = changes.stream().filter(c -> c.character().equals(row.character())).findFirst()
                    .map(AnalysisPanel::describe).orElse("");
            Element line = new Element("tr");
            line.appendChild(new Element("th").setAttribute("scope", "row").setText(row.character().name()),
                    new Element("td").setText(String.valueOf(row.degree())),
                    new Element("td").setText(String.format(Locale.ROOT, "%.1f", row.betweenness())),
                    new Element("td").setText(change));
            body.appendChild(line);
        }
        tableElement.appendChild(body);
        return tableElement;
    }

    private static String describe(CentralityChange change) {
        StringBuilder text = new StringBuilder();
        if (change.degreeChange() != 0) {
            text.append(change.degreeChange() > 0 ? "+" : "\u2212").append(Math.abs(change.degreeChange()))
                    .append(Math.abs(change.degreeChange()) == 1 ? " tie" : " ties");
        }
        if (Math.abs(change.betweennessChange()) >= 0.05) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(change.betweennessChange() > 0 ? "+" : "\u2212")
                    .append(String.format(Locale.ROOT, "%.1f", Math.abs(change.betweennessChange())))
                    .append(" betweenness");
        }
        return text.isEmpty() ? "no change" : text.toString();
    }
}
