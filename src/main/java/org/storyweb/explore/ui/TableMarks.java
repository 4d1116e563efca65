package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.signals.Signal;
import java.util.List;
import java.util.Optional;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;

/**
 * Marks the rows of a table that the selection concerns ({@code aria-current}): the selected event or
 * relationship's row, or the rows of a selected person. A new selection sends only what is selected; the browser
 * finds the rows by their {@code data-id} and {@code data-people}.
 */
final class TableMarks {

    private TableMarks() {
    }

    /** Whether a row with this id and these people is marked by the selection. */
    static boolean marks(Selection selection, String rowId, List<String> people) {
        return switch (selection) {
            case EventSelection event -> event.eventId().equals(rowId);
            case RelationshipSelection relationship -> relationship.relationshipId().equals(rowId);
            case CharacterSelection character -> people.contains(character.characterId());
            case ViewState.NoSelection none -> false;
        };
    }

    /** Keeps the marks of a table component in step with the view's selection. */
    static void follow(Component table, Signal<ViewState> state) {
        Signal<Selection> selection = Signal.cached(state.map(view -> view == null ? null : view.selection()));
        Signal.effect(table, () -> Optional.ofNullable(selection.get()).ifPresent(selected -> {
            String id = selected.id().orElse("");
            boolean person = selected instanceof CharacterSelection;
            table.getElement().executeJs("""
                    this.querySelectorAll('tr[aria-current]').forEach((row) => row.removeAttribute('aria-current'));
                    if ($0 === '') { return; }
                    const selector = $1 ? `tr[data-people~="${CSS.escape($0)}"]` : `tr[data-id="${CSS.escape($0)}"]`;
                    const rows = this.querySelectorAll(selector);
                    rows.forEach((row) => row.setAttribute('aria-current', 'true'));
                    rows[0]?.scrollIntoView({ block: 'nearest' });""", id, person);
        }));
    }
}
