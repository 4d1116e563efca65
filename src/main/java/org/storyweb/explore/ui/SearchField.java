package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.signals.Signal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.storyweb.explore.ViewState;
import org.storyweb.story.StoryPack;

/**
 * One search field, reached with {@code /} as well as Tab (see page-keys.js), that searches as one types (see
 * {@link PackSearch}) and lists the results grouped by kind under it. Choosing a result selects it everywhere, as a
 * click in the picture does, and so it goes into the link. The results are one fragment of HTML, like the details;
 * arrow keys move between them, Escape closes them.
 */
class SearchField extends Composite<Div> {

    private final StoryPack pack;
    private final Signal<ViewState> state;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private final Html list = new Html("<div></div>");
    private final Span count = new Span();

    SearchField(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        this.pack = pack;
        this.state = state;
        Div root = getContent();
        root.addClassName("search");
        root.getElement().setAttribute("role", "search");
        field.setId("search");
        field.setAriaLabel("Search events, people, relationships, quotes, sources and words");
        field.setPlaceholder("Search  /");
        field.setClearButtonVisible(true);
        field.addThemeVariants(TextFieldVariant.SMALL);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(200);
        field.addValueChangeListener(event -> show(event.getValue()));
        results.setId("search-results");
        results.addClassName("search-results");
        results.getElement().setAttribute("role", "region");
        results.getElement().setAttribute("aria-label", "Search results");
        results.add(list);
        results.setVisible(false);
        count.addClassName("visually-hidden");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        root.add(field, results, count);
        ChoiceButtons.listen(results, pack, state, chosen -> {
            close();
            go.accept(chosen);
            // The reader goes on in the details of what they chose.
            getElement().executeJs("document.getElementById('detail-panel')?.focus({preventScroll: true})");
        }, (kind, id) -> { });
    }

    /** Empties the field and hides the results. */
    void close() {
        field.clear();
        show("");
    }

    private void show(String query) {
        Map<PackSearch.Kind, List<PackSearch.Result>> found = PackSearch.search(
                ExplorerFilter.of(pack, state.peek()), query);
        boolean open = !PackSearch.words(query).isEmpty();
        results.setVisible(open);
        if (!open) {
            list.setHtmlContent("<div></div>");
            count.setText("");
            return;
        }
        int total = found.values().stream().mapToInt(List::size).sum();
        Element root = new Element("div").addClass("search-body");
        root.appendElement("p").addClass("search-summary").text(total == 0 ? "Nothing found for \u201c"
                + query.strip() + "\u201d in what the view shows."
                : total + (total == 1 ? " result" : " results") + " for \u201c" + query.strip() + "\u201d");
        found.forEach((kind, matches) -> {
            Element group = root.appendElement("div").addClass("search-group").attr("role", "group")
                    .attr("aria-labelledby", "search-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            group.appendElement("h2").id("search-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT))
                    .text(kind.title + " (" + matches.size() + ")");
            Element items = group.appendElement("ul");
            matches.stream().limit(PackSearch.SHOWN_PER_KIND).forEach(result -> {
                Element item = items.appendElement("li");
                String[] choice = result.choice().split(":", 2);
                ChoiceButtons.append(item, choice[0], choice[1], result.label()).addClass("search-result");
                item.appendElement("span").addClass("search-detail").text(result.detail());
            });
            if (matches.size() > PackSearch.SHOWN_PER_KIND) {
                group.appendElement("p").addClass("search-more").text("and " + (matches.size()
                        - PackSearch.SHOWN_PER_KIND) + " more: type more words to narrow the search");
            }
        });
        list.setHtmlContent(Fragments.html(root));
        count.setText(total == 0 ? "Nothing found" : total + (total == 1 ? " result" : " results"));
    }
}
