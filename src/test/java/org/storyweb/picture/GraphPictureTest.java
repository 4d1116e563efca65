package org.storyweb.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyweb.components.network.NetworkEdge;
import org.storyweb.components.network.NetworkNode;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.TestLinks;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ui.ExplorerFilter;
import org.storyweb.explore.ui.PackDrawings;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;

class GraphPictureTest {

    private static final StoryPack PACK = StoryPacks.load(Path.of("content")).find("never-let-me-go").orElseThrow();
    private static final PackDrawings.Drawing DRAWING = new PackDrawings().of(PACK);

    private static GraphPicture picture(Map<String, List<String>> query) {
        ViewState view = TestLinks.open(PACK, "", query);
        return GraphPicture.of(DRAWING, ExplorerFilter.of(PACK, view), view);
    }

    @Test
    void theListsNameWhatTheDrawingDrawsAndTheLabelCountsIt() {
        GraphPicture whole = picture(Map.of("phase", List.of("cottages")));
        assertThat(whole.people()).extracting(StoryCharacter::id)
                .containsExactlyInAnyOrderElementsOf(whole.nodes().stream().map(NetworkNode::id).toList());
        assertThat(whole.people()).extracting(StoryCharacter::name).isSorted();
        assertThat(whole.ties()).extracting(GraphPicture.Tie::edgeId)
                .containsExactlyInAnyOrderElementsOf(whole.edges().stream().map(NetworkEdge::id).toList());
        assertThat(whole.ties()).extracting(GraphPicture.Tie::label).contains("Kathy H. and Ruth: quarrelling friends");
        assertThat(whole.accessibleLabel()).isEqualTo("Relationship graph during " + whole.phase().title() + ": "
                + whole.nodes().size() + " people and " + whole.edges().size() + " relationships.");
    }

    @Test
    void atChapterThreeItShowsOnlyWhatTheReaderKnows() {
        GraphPicture early = picture(Map.of("upto", List.of("3")));
        GraphPicture whole = picture(Map.of("phase", List.of(early.phase().id())));
        assertThat(early.nodes()).hasSizeLessThan(whole.nodes().size());
        assertThat(early.edges()).hasSizeLessThan(whole.edges().size());
        assertThat(early.accessibleLabel()).contains(early.nodes().size() + " people and " + early.edges().size()
                + " relationships");
        assertThat(early.people()).extracting(StoryCharacter::id)
                .containsExactlyInAnyOrderElementsOf(early.nodes().stream().map(NetworkNode::id).toList());
    }

    @Test
    void aSelectedRelationshipIsPickedOutOnlyWhereItHolds() {
        GraphPicture holds = picture(Map.of("relationship", List.of("kathy-ruth"), "phase", List.of("cottages")));
        assertThat(holds.selectedRelationship()).isEqualTo("kathy-ruth");
        assertThat(holds.selectedEdge()).isNotNull().startsWith("kathy-ruth@");
        assertThat(holds.highlighted()).containsExactly("kathy", "ruth");
        assertThat(holds.selectedPerson()).isNull();

        GraphPicture person = picture(Map.of("character", List.of("tommy")));
        assertThat(person.selectedPerson()).isEqualTo("tommy");
        assertThat(person.selectedEdge()).isNull();
        assertThat(person.highlighted()).containsExactly("tommy");
    }

    @Test
    void onlyPeopleInTheGraphAreEmphasised() {
        // Dolly the sheep is an event's person, not one of the graph's.
        GraphPicture dolly = picture(Map.of("event", List.of("dolly-born")));
        assertThat(PACK.event("dolly-born").orElseThrow().characterIds()).contains("dolly-the-sheep");
        assertThat(dolly.highlighted()).isEmpty();
    }
}
