package org.storyweb.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsImportTest {

    private static JsonNode timeline(String events) {
        return JsonMapper.builder().build().readTree("{\"events\": [" + events + "]}");
    }

    @Test
    void slidesThatShareAnIdEachBecomeAnEventOfTheirOwn() {
        TimelineJsImport imported = TimelineJsImport.of(timeline("""
                {"unique_id": "x", "start_date": {"year": 1900}, "text": {"headline": "One"}},
                {"unique_id": "x", "start_date": {"year": 1901}, "text": {"headline": "Two"}},
                {"unique_id": "x-2", "start_date": {"year": 1902}, "text": {"headline": "Three"}}"""),
                "pack", "t.json");

        assertThat(imported.events()).isEqualTo(3);
        assertThat(imported.files().keySet()).filteredOn(path -> path.startsWith("events/"))
                .containsExactlyInAnyOrder("events/x.yaml", "events/x-2.yaml", "events/x-2-2.yaml");
    }

    @Test
    void aFileWithoutEventsIsNotATimeline() {
        assertThatThrownBy(() -> TimelineJsImport.of(timeline(""), "pack", "t.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no \"events\"");
    }
}
