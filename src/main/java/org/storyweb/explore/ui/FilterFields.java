package org.storyweb.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import org.storyweb.explore.ViewNavigation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.story.Part;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Track;

/** The filters: the spoiler limit ("read up to"), the part of the novel, the people, the tracks and the themes. */
class FilterFields extends Composite<Div> {

    static final String ALL_CHAPTERS = "All chapters";
    static final String WHOLE_BOOK = "The whole book";

    /** What the fields depend on: the filter, and the order (tracks are fixed in the order of telling). */
    private record Shown(ExplorerFilter filter, Order order) {
    }

    private final CheckboxGroup<Track> trackFilter = new CheckboxGroup<>();
    private final CheckboxGroup<Theme> themeFilter = new CheckboxGroup<>();
    private final Select<String> spoilerSelect = new Select<>();
    private final Select<String> partSelect = new Select<>();
    private final MultiSelectComboBox<StoryCharacter> peopleFilter = new MultiSelectComboBox<>();

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
                Integer limit = event.getValue().equals(ALL_CHAPTERS) ? null
                        : Integer.valueOf(event.getValue().replace("Chapter ", ""));
                ViewNavigation.rememberLimit(UI.getCurrent(), pack.id(), limit);
                go.accept(current.withPosition(current.position().withSpoilerLimit(limit)));
            }
        });
        partSelect.setLabel("Part of the novel");
        partSelect.setId("part-filter");
        List<String> parts = new ArrayList<>(List.of(WHOLE_BOOK));
        pack.parts().forEach(part -> parts.add(part.id()));
        partSelect.setItems(parts);
        partSelect.setItemLabelGenerator(id -> pack.parts().stream().filter(part -> part.id().equals(id))
                .map(Part::title).findFirst().orElse(WHOLE_BOOK));
        partSelect.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go.accept(Choices.part(pack, state.peek(),
                        event.getValue().equals(WHOLE_BOOK) ? null : event.getValue()));
            }
        });
        peopleFilter.setLabel("Events of");
        peopleFilter.setId("people-filter");
        peopleFilter.setPlaceholder("Anyone");
        peopleFilter.setItemLabelGenerator(StoryCharacter::name);
        peopleFilter.setItems(pack.characters().stream().filter(person -> !pack.eventsOf(person.id()).isEmpty())
                .sorted(Comparator.comparing(StoryCharacter::name)).toList());
        peopleFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                ViewState current = state.peek();
                go.accept(current.withTimeline(current.timeline()
                        .withPeople(event.getValue().stream().map(StoryCharacter::id).collect(Collectors.toSet()))));
            }
        });
        getContent().add(spoilerSelect, partSelect, peopleFilter, trackFilter, themeFilter);
        Signal<Shown> input = Signal.cached(state.map(view -> view == null ? null
                : new Shown(ExplorerFilter.of(pack, view), view.timeline().order())));
        Signal.effect(this, () -> Optional.ofNullable(input.get()).ifPresent(shown -> {
            trackFilter.setValue(Set.copyOf(shown.filter().shownTracks()));
            trackFilter.setEnabled(shown.order() == Order.CHRONOLOGICAL);
            themeFilter.setValue(pack.work().themes().stream()
                    .filter(theme -> shown.filter().themes().contains(theme.id())).collect(Collectors.toSet()));
            partSelect.setValue(shown.filter().partId() == null ? WHOLE_BOOK : shown.filter().partId());
            peopleFilter.setValue(shown.filter().people().stream().flatMap(id -> pack.character(id).stream())
                    .collect(Collectors.toSet()));
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
