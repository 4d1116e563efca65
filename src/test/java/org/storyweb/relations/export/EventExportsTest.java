package org.storyweb.relations.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyweb.relations.TinyPacks;
import org.storyweb.story.EventBuilder;
import org.storyweb.story.StoryPack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventExportsTest {

    private static final String AWKWARD_TITLE = "Kathy, Ruth and the \"boat\"\nseen from the marsh";

    // A story event with everything, and a real-world event with no phase, chapter or note.
    private static final StoryPack PACK = TinyPacks.pack(List.of(TinyPacks.person("ann")), List.of(), List.of(
            EventBuilder.event("boat").title(AWKWARD_TITLE).date("1990s").told("work", 19, 19)
                    .characters("ann", "ben").text("text").sources("src-a", "src-b").themes("memory")
                    .uncertain("Approximate; the novel gives none.").build(),
            EventBuilder.event("dolly").title("Dolly the sheep").date("1996-07-05").track("science").text("text")
                    .sources("roslin").build()));

    @Test
    void jsonHasOneObjectPerEventWithEveryColumn() {
        JsonNode events = JsonMapper.builder().build().readTree(new EventJsonExport(PACK).asString());

        assertThat(events.isArray()).isTrue();
        assertThat(events.size()).isEqualTo(2);
        JsonNode boat = events.get(0);
        assertThat(boat.propertyNames()).containsExactly("id", "title", "dateLabel", "earliest", "latest", "track",
                "phase", "chapter", "characters", "sources", "themes", "uncertain", "note");
        assertThat(boat.get("title").asString()).isEqualTo(AWKWARD_TITLE);
        assertThat(boat.get("dateLabel").asString()).isEqualTo("1990s");
        assertThat(boat.get("earliest").asString()).isEqualTo("1990-01-01");
        assertThat(boat.get("latest").asString()).isEqualTo("1999-12-31");
        assertThat(boat.get("chapter").asInt()).isEqualTo(19);
        assertThat(boat.get("characters").get(1).asString()).isEqualTo("ben");
        assertThat(boat.get("uncertain").asBoolean()).isTrue();
        JsonNode dolly = events.get(1);
        assertThat(dolly.get("phase").isNull()).isTrue();
        assertThat(dolly.get("chapter").isNull()).isTrue();
        assertThat(dolly.get("note").isNull()).isTrue();
        assertThat(dolly.get("characters").isEmpty()).isTrue();
    }

    @Test
    void jsonWritingLeavesTheWriterOpen() {
        StringWriter out = new StringWriter();
        new EventJsonExport(PACK).write(out);
        out.write("\n");

        assertThat(out.toString()).startsWith("[").endsWith("]\n");
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() {
        List<List<String>> rows = parse(new EventCsvExport(PACK).asString());

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).containsExactly("id", "title", "dateLabel", "earliest", "latest", "track",
                "phase", "chapter", "characters", "sources", "themes", "uncertain", "note");
        assertThat(rows.get(1)).containsExactly("boat", AWKWARD_TITLE, "1990s", "1990-01-01", "1999-12-31", "story",
                "work", "19", "ann;ben", "src-a;src-b", "memory", "true", "Approximate; the novel gives none.");
        assertThat(rows.get(2)).containsExactly("dolly", "Dolly the sheep", "5 July 1996", "1996-07-05",
                "1996-07-05", "science", "", "", "", "roslin", "", "false", "");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuotingAndEndsLinesWithCrLf() {
        String csv = new EventCsvExport(PACK).asString();

        assertThat(csv).contains("\"Kathy, Ruth and the \"\"boat\"\"\nseen from the marsh\"");
        assertThat(csv).contains("\r\ndolly,Dolly the sheep,5 July 1996,");
        assertThat(csv).endsWith(",false,\r\n");
        StoryPack returns = TinyPacks.pack(List.of(), List.of(), List.of(EventBuilder.event("cr").title("plain")
                .date("1996").track("science").text("text").sources("roslin").uncertain("a\rb").build()));
        assertThat(new EventCsvExport(returns).asString()).endsWith("\r\ncr,plain,1996,1996-01-01,1996-12-31,"
                + "science,,,,roslin,,true,\"a\rb\"\r\n");
    }

    @Test
    void filesAreNamedAfterThePack() {
        assertThat(new EventJsonExport(PACK).fileName()).isEqualTo("tiny-events.json");
        assertThat(new EventCsvExport(PACK).fileName()).isEqualTo("tiny-events.csv");
    }

    // A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '"' || c == '\n' || c == '\r') {
                    throw new AssertionError("unquoted " + (int) c + " at " + i);
                }
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return rows;
    }
}
