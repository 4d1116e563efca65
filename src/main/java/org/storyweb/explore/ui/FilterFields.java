package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.signals.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Track;

/** The filters: the spoiler limit ("read up to"), the tracks and the themes. */
class FilterFields extends Composite<Div> {

    static final String ALL_CHAPTERS = "All chapters";

    /** What the fields depend on: the filter, and the order (tracks are fixed in the order of telling). */
    private record Shown(ExplorerFilter filter, Order order) {
    }

    private final CheckboxGroup<Track> trackFilter = new CheckboxGroup<>();
    private final CheckboxGroup<Theme> themeFilter = new CheckboxGroup<>();
    private final Select<String> spoilerSelect = new Select<>();

    FilterFields(StoryPack pack, Signal<ViewState> state, Consumer<ViewState> go) {
        trackFilter.setLabel("Tracks");
        trackFilter.setId("track-filter");
        trackFilter.setItemLabelGenerator(Track::title);
        trackFilter.setItems(pack.tracks());
        trackFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Set<String> chosen = event.getValue().stream().map(Track::id).collect(Collectors.toSet());
                ViewState current = state.peek();
                go.accept(current.withTimeline(current.timeline()
                        .withTracks(chosen.size() == pack.tracks().size() ? Set.of() : chosen)));
            }
        });
        themeFilter.setLabel("Themes");
        themeFilter.setId("theme-filter");
        themeFilter.setItemLabelGenerator(Theme::label);
        themeFilter.setItems(pack.work().themes());
        themeFilter.setVisible(!pack.work().themes().isEmpty());
        themeFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                ViewState current = state.peek();
                go.accept(current.withTimeline(current.timeline()
                        .withThemes(event.getValue().stream().map(Theme::id).collect(Collectors.toSet()))));
            }
        });
        spoilerSelect.setLabel("Read up to");
        spoilerSelect.setId("spoiler-limit");
        spoilerSelect.setItems(spoilerChoices(pack));
        spoilerSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                ViewState current = state.peek();
                go.accept(current.withPosition(current.position().withSpoilerLimit(
                        event.getValue().equals(ALL_CHAPTERS) ? null
                                : Integer.valueOf(event.getValue().replace("Chapter ", "")))));
            }
        });
        getContent().add(spoilerSelect, trackFilter, themeFilter);
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.timeline().order())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(shown -> {
            trackFilter.setValue(Set.copyOf(shown.filter().shownTracks()));
            trackFilter.setEnabled(shown.order() == Order.CHRONOLOGICAL);
            themeFilter.setValue(pack.work().themes().stream()
                    .filter(theme -> shown.filter().themes().contains(theme.id())).collect(Collectors.toSet()));
            spoilerSelect.setValue(shown.filter().spoilerLimitKnown().map(limit -> "Chapter " + limit)
                    .orElse(ALL_CHAPTERS));
        }));
    }

    private static List<String> spoilerChoices(StoryPack pack) {
        List<String> choices = new ArrayList<>(List.of(ALL_CHAPTERS));
        pack.parts().stream().flatMap(part -> part.chapters().stream())
                .forEach(chapter -> choices.add("Chapter " + chapter.number()));
        return choices;
    }
}
