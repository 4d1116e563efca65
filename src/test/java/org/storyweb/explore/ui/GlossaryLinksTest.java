package org.storyweb.explore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storyweb.story.GlossaryTerm;

class GlossaryLinksTest {

    private static final GlossaryTerm CARER = new GlossaryTerm("carer", "carer", List.of("carer", "carers"),
            "Someone who looks after donors.", 1, List.of("notes"), null);
    private static final GlossaryTerm CENTRE = new GlossaryTerm("recovery-centre", "recovery centre",
            List.of("recovery centre"), "Where donors recover.", 18, List.of("notes"), null);

    @Test
    void theFirstWholeWordOfATermBecomesALinkToItsDefinitionWhateverItsCapitals() {
        Element paragraph = new Element("p");

        List<GlossaryTerm> linked = GlossaryLinks.append(paragraph, "Carers care; a carer drives.", List.of(CARER));

        assertThat(linked).containsExactly(CARER);
        assertThat(paragraph.select("button.glossary-term")).hasSize(1);
        assertThat(paragraph.selectFirst("button").text()).isEqualTo("Carers");
        assertThat(paragraph.selectFirst("button").attr("data-choose")).isEqualTo("term:carer");
        assertThat(paragraph.selectFirst("button").attr("aria-controls")).isEqualTo("glossary-carer");
        assertThat(paragraph.text()).isEqualTo("Carers care; a carer drives.");
    }

    @Test
    void aFormWithCapitalsMatchesOnlyAsWritten() {
        GlossaryTerm gallery = new GlossaryTerm("gallery", "the Gallery", List.of("Gallery"), "Madame's.", 3,
                List.of("notes"), null);
        Element paragraph = new Element("p");

        List<GlossaryTerm> linked = GlossaryLinks.append(paragraph, "An art gallery, and then the Gallery.",
                List.of(gallery));

        assertThat(linked).containsExactly(gallery);
        assertThat(paragraph.select("button").eachText()).containsExactly("Gallery");
    }

    @Test
    void aWordInsideAnotherWordIsNotATerm() {
        Element paragraph = new Element("p");

        assertThat(GlossaryLinks.append(paragraph, "Scarers and carering.", List.of(CARER))).isEmpty();
        assertThat(paragraph.select("button")).isEmpty();
    }

    @Test
    void termsOfSeveralWordsAreFoundAndEachTermIsLinkedOnce() {
        Element paragraph = new Element("p");

        List<GlossaryTerm> linked = GlossaryLinks.append(paragraph,
                "At the recovery centre her carer waits; the recovery centre is quiet.", List.of(CARER, CENTRE));

        assertThat(linked).containsExactly(CENTRE, CARER);
        assertThat(paragraph.select("button").eachText()).containsExactly("recovery centre", "carer");
    }

    @Test
    void theTextAroundTheLinksStaysTextAndNeverRunsAsHtml() {
        Element paragraph = new Element("p");

        GlossaryLinks.append(paragraph, "<img src=x onerror=alert(1)> a carer <b>", List.of(CARER));

        assertThat(paragraph.select("img, b")).isEmpty();
        assertThat(Fragments.html(paragraph)).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;b&gt;");
    }
}
