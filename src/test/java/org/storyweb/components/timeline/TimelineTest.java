package org.storyweb.components.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import tools.jackson.databind.JsonNode;

/** What the timeline sends to the browser, read from the calls queued for the response. */
class TimelineTest {

    private static final Instant T0 = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("1991-01-01T00:00:00Z");

    private UI ui;
    private Timeline timeline;

    @BeforeEach
    void attach() {
        ui = new UI();
        ui.getInternals().setSession(Mockito.mock(VaadinSession.class));
        timeline = new Timeline();
        timeline.setGroups(List.of(new TimelineGroup("story", "The story", null, "#1d4f91"),
                new TimelineGroup("world", "The world", null)));
        timeline.setItems(List.of(item("a", "A"), item("b", "B"), item("c", "C")));
        timeline.setBackgrounds(List.of(new TimelineBackground("era", "An era", T0, T1, null, null)));
        ui.add(timeline);
    }

    private static TimelineItem item(String id, String text) {
        return new TimelineItem(id, text, T0, T1, "story", "kind", "c. 1990");
    }

    /** Ends the server round-trip and returns the patches sent to the connector in it. */
    private List<JsonNode> respond() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains("storywebTimelineConnector"))
                .map(call -> call.getParameters().stream().filter(JsonNode.class::isInstance).map(JsonNode.class::cast)
                        .findFirst().orElseThrow())
                .toList();
    }

    private JsonNode onlyPatch() {
        List<JsonNode> patches = respond();
        assertThat(patches).hasSize(1);
        return patches.getFirst();
    }

    @Test
    void attachingSendsEverything() {
        JsonNode patch = onlyPatch();

        assertThat(patch.at("/items/all").size()).isEqualTo(3);
        assertThat(patch.at("/items/all/0").toString()).isEqualTo("{\"id\":\"a\",\"text\":\"A\",\"start\":"
                + T0.toEpochMilli() + ",\"group\":\"story\",\"className\":\"kind\",\"end\":" + T1.toEpochMilli()
                + ",\"caption\":\"c. 1990\"}");
        assertThat(patch.at("/groups/all").toString()).isEqualTo("[{\"id\":\"story\",\"text\":\"The story\","
                + "\"className\":null,\"color\":\"#1d4f91\",\"order\":0},{\"id\":\"world\",\"text\":\"The world\","
                + "\"className\":null,\"color\":null,\"order\":1}]");
        assertThat(patch.at("/backgrounds/all").size()).isEqualTo(1);
        assertThat(patch.at("/label").asString()).isEqualTo("Timeline");
    }

    @Test
    void settingEqualListsAgainSendsNothing() {
        respond();

        timeline.setGroups(List.of(new TimelineGroup("story", "The story", null, "#1d4f91"),
                new TimelineGroup("world", "The world", null)));
        timeline.setItems(List.of(item("c", "C"), item("b", "B"), item("a", "A")));
        timeline.setBackgrounds(List.of(new TimelineBackground("era", "An era", T0, T1, null, null)));

        assertThat(respond()).isEmpty();
    }

    @Test
    void onlyTheItemsThatChangedAreSentAndTheGettersStillHoldEverything() {
        respond();

        TimelineItem changed = new TimelineItem("b", "B", T0, T1, "story", "kind is-related", "c. 1990");
        timeline.setItems(List.of(item("a", "A"), changed, item("d", "D")));
        timeline.setSelection(List.of("d"));

        JsonNode patch = onlyPatch();
        assertThat(patch.at("/items/put").findValuesAsString("id")).containsExactly("b", "d");
        assertThat(patch.at("/items/remove").toString()).isEqualTo("[\"c\"]");
        assertThat(patch.has("groups")).isFalse();
        assertThat(patch.has("backgrounds")).isFalse();
        assertThat(patch.at("/selection").toString()).isEqualTo("[\"d\"]");
        assertThat(timeline.getItems()).extracting(TimelineItem::id).containsExactly("a", "b", "d");
    }

    @Test
    void aLargeTimelineSendsTheItemsNearTheWindowAndMoreAsTheReaderPans() {
        respond();
        // One item a year for 600 years, from 1500; the window shows 1900 to 1910.
        List<TimelineItem> years = java.util.stream.IntStream.range(0, 600).mapToObj(i -> new TimelineItem("y" + i,
                "Year " + (1500 + i), year(1500 + i), null, "story", null)).toList();
        timeline.setItems(years);
        timeline.setWindow(new TimeWindow(year(1900), year(1910)));
        timeline.setSelection(List.of("y0"));

        JsonNode patch = onlyPatch();
        // Half a window either side: 1895 to 1915, and the selected item of 1500.
        assertThat(patch.at("/items/put").findValuesAsString("id")).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("y0"),
                        java.util.stream.IntStream.rangeClosed(395, 415).mapToObj(i -> "y" + i)).toList());

        com.vaadin.flow.component.ComponentUtil.fireEvent(timeline, new WindowChangeEvent(timeline, true,
                year(1920).toEpochMilli(), year(1930).toEpochMilli()));
        JsonNode panned = onlyPatch();
        assertThat(panned.at("/items/put").findValuesAsString("id")).contains("y416", "y435")
                .doesNotContain("y414", "y436");
        assertThat(panned.at("/items/remove").toString()).contains("\"y395\"").doesNotContain("\"y0\"");
        assertThat(timeline.getItems()).hasSize(600);
    }

    @Test
    void aLargeTimelineSendsTheItemsAroundAFocusedItemOutOfView() {
        List<TimelineItem> years = java.util.stream.IntStream.range(0, 600).mapToObj(i -> new TimelineItem("y" + i,
                "Year " + (1500 + i), year(1500 + i), null, "story", null)).toList();
        timeline.setItems(years);
        timeline.setWindow(new TimeWindow(year(1900), year(1910)));
        respond();

        timeline.focusItem("y100");

        // The browser will show 1595 to 1605; half a window either side of that, give or take a leap day.
        assertThat(onlyPatch().at("/items/put").findValuesAsString("id")).contains("y91", "y100", "y109")
                .doesNotContain("y88", "y112", "y400").hasSizeBetween(19, 21);
    }

    @Test
    void aSmallTimelineSendsEveryItemWhateverTheWindow() {
        respond();
        timeline.setWindow(new TimeWindow(year(2100), year(2110)));

        assertThat(onlyPatch().has("items")).isFalse();
    }

    private static Instant year(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    @Test
    void reorderingTheGroupsIsAChangeOfTheirOrder() {
        respond();

        timeline.setGroups(List.of(new TimelineGroup("world", "The world", null),
                new TimelineGroup("story", "The story", null, "#1d4f91")));

        JsonNode put = onlyPatch().at("/groups/put");
        assertThat(put.findValuesAsString("id")).containsExactly("world", "story");
        assertThat(put.findValues("order")).extracting(JsonNode::asInt).containsExactly(0, 1);
    }

    @Test
    void attachingAgainSendsEverythingAgain() {
        respond();
        ui.remove(timeline);
        respond();

        ui.add(timeline);

        assertThat(onlyPatch().at("/items/all").size()).isEqualTo(3);
    }

    @Test
    void aGroupColourMustBeWrittenAsSixHexDigits() {
        assertThatThrownBy(() -> new TimelineGroup("g", "G", null, "red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> new TimelineGroup("g", "G", null, "#123456; background: url(x)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
