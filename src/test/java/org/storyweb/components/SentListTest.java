package org.storyweb.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SentListTest {

    private record Value(String id, String text) {
    }

    private final SentList<Value> sent = new SentList<>(Value::id,
            value -> JacksonUtils.createObjectNode().put("id", value.id()).put("text", value.text()));

    private static Value value(String id, String text) {
        return new Value(id, text);
    }

    private static String json(Optional<ObjectNode> patch) {
        return patch.map(ObjectNode::toString).orElse("nothing");
    }

    @Test
    void theFirstPatchSendsTheWholeList() {
        assertThat(json(sent.patchTo(List.of(value("a", "A"), value("b", "B")))))
                .isEqualTo("{\"all\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]}");
    }

    @Test
    void anEmptyFirstListIsSentTooSoThatTheBrowserKnowsItIsEmpty() {
        assertThat(json(sent.patchTo(List.of()))).isEqualTo("{\"all\":[]}");
    }

    @Test
    void anEqualListSendsNothing() {
        sent.patchTo(List.of(value("a", "A"), value("b", "B")));

        assertThat(sent.patchTo(List.of(value("a", "A"), value("b", "B")))).isEmpty();
    }

    @Test
    void theOrderOfTheListIsNotAChange() {
        sent.patchTo(List.of(value("a", "A"), value("b", "B")));

        assertThat(sent.patchTo(List.of(value("b", "B"), value("a", "A")))).isEmpty();
    }

    @Test
    void onlyAddedChangedAndRemovedValuesAreSent() {
        sent.patchTo(List.of(value("a", "A"), value("b", "B"), value("c", "C"), value("d", "D")));

        assertThat(json(sent.patchTo(List.of(value("a", "A"), value("b", "B2"), value("e", "E")))))
                .isEqualTo("{\"put\":[{\"id\":\"b\",\"text\":\"B2\"},{\"id\":\"e\",\"text\":\"E\"}],"
                        + "\"remove\":[\"c\",\"d\"]}");
    }

    @Test
    void aPatchWithOnlyRemovalsHasNoPutPart() {
        sent.patchTo(List.of(value("a", "A"), value("b", "B")));

        assertThat(json(sent.patchTo(List.of(value("b", "B"))))).isEqualTo("{\"remove\":[\"a\"]}");
    }

    @Test
    void eachPatchStartsFromTheListSentBefore() {
        sent.patchTo(List.of(value("a", "A")));
        sent.patchTo(List.of(value("a", "A2")));

        assertThat(json(sent.patchTo(List.of(value("a", "A2"), value("b", "B")))))
                .isEqualTo("{\"put\":[{\"id\":\"b\",\"text\":\"B\"}]}");
    }

    @Test
    void afterForgettingTheWholeListIsSentAgain() {
        sent.patchTo(List.of(value("a", "A")));

        sent.forget();

        assertThat(json(sent.patchTo(List.of(value("a", "A"))))).isEqualTo("{\"all\":[{\"id\":\"a\",\"text\":\"A\"}]}");
    }

    @Test
    void twoValuesWithOneIdAreRefusedAndTheSentListIsKept() {
        sent.patchTo(List.of(value("a", "A")));

        assertThatThrownBy(() -> sent.patchTo(List.of(value("b", "B"), value("b", "B2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
        assertThat(sent.patchTo(List.of(value("a", "A")))).isEmpty();
    }
}
