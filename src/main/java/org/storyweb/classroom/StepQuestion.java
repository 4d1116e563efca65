package org.storyweb.classroom;

import java.util.Optional;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.LinkReader;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Tour;

/**
 * The question of the tour step a class is at, read from the class's link: nothing but the pack and the link decide
 * which question is open, on every server.
 *
 * @param key the question's name in the class's answers: the tour's id and the step, {@code triangle/2}
 */
public record StepQuestion(String key, int step, Tour.Question question) {

    /** The question of this view's tour step, if it is on a step that has one the class may be asked. */
    public static Optional<StepQuestion> of(StoryPack pack, ViewState view) {
        return ExplorerFilter.of(pack, view).question(view).map(question -> new StepQuestion(
                view.presentation().tourId() + "/" + view.presentation().tourStep(), view.presentation().tourStep(),
                question));
    }

    /** The teacher's link, read as any link is, in the explorer's layout. */
    static ViewState view(StoryPacks packs, String link) {
        ViewState view = LinkReader.read(packs, link).state();
        return view.withPresentation(view.presentation().withMode(Mode.EXPLORE));
    }
}
