package org.storyweb.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.storyweb.content.StoryPacks;
import org.storyweb.explore.ViewNavigation;
import org.storyweb.explore.ViewState;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.share.SiteAddress;
import org.storyweb.story.Event;
import org.storyweb.story.Evidence;
import org.storyweb.story.FuzzyDate;
import org.storyweb.story.Phase;
import org.storyweb.story.Source;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Track;

/**
 * About the pack, {@code /<pack>/about}: what its timeline covers, every source grouped by what it is used for and
 * linked, how approximate dates are shown, and how to cite Storyweb and the pack. It depends on the pack alone.
 */
@Route(":pack/about")
class AboutView extends TextView {

    AboutView(StoryPacks packs, PackDrawings drawings) {
        super(packs, drawings, Mode.ABOUT);
    }

    @Override
    protected Component text(StoryPack pack) {
        Section section = new Section(new Html(Fragments.html(about(pack, siteRoot()))));
        section.addClassName("about-section");
        section.getElement().setAttribute("aria-label", "About this book");
        return section;
    }

    // The address of the app's root as the reader reached it, for the citation.
    private static String siteRoot() {
        if (!(VaadinService.getCurrentRequest() instanceof VaadinServletRequest request)) {
            return "";
        }
        String root = SiteAddress.root(request).toString();
        return root.substring(0, root.length() - 1);
    }

    static Element about(StoryPack pack, String root) {
        Element content = new Element("div").addClass("about-body");
        content.appendElement("h2").text("About this book: " + pack.work().title());
        content.appendElement("p").text(pack.work().description());

        content.appendElement("h3").text("What the timeline covers");
        content.appendElement("p").text(pack.events().size() + " events on " + pack.tracks().size()
                + " tracks, " + pack.characters().size() + " people and " + pack.relationships().size()
                + " relationships through " + pack.phases().size() + " phases of the story, from "
                + pack.sources().size() + " sources.");
        Element tracks = content.appendElement("ul");
        for (Track track : pack.tracks()) {
            List<Event> events = pack.events().stream().filter(event -> event.trackId().equals(track.id())).toList();
            Element item = tracks.appendElement("li");
            item.appendElement("strong").text(track.title());
            String span = events.isEmpty() ? "" : ", " + events.getFirst().date().earliest().getYear() + " to "
                    + events.stream().map(event -> event.date().latest()).max(LocalDate::compareTo).orElseThrow()
                            .getYear();
            item.appendText(" (" + events.size() + (events.size() == 1 ? " event" : " events") + span + "): "
                    + track.description());
        }
        Element phases = content.appendElement("p");
        phases.appendText("The graph follows the story's phases: ");
        List<String> names = new ArrayList<>();
        for (Phase phase : pack.phases()) {
            names.add(phase.title() + (phase.firstChapter() == phase.lastChapter() ? " (chapter " + phase.firstChapter()
                    : " (chapters " + phase.firstChapter() + "\u2013" + phase.lastChapter()) + ")");
        }
        phases.appendText(String.join("; ", names) + ".");
        if (!pack.parts().isEmpty()) {
            List<String> parts = pack.parts().stream().map(part -> part.title() + ", chapters "
                    + part.chapters().getFirst().number() + "\u2013" + part.chapters().getLast().number()).toList();
            content.appendElement("p").text("The novel's parts: " + String.join("; ", parts) + ".");
        }

        content.appendElement("h3").text("How dates are shown");
        Element dates = content.appendElement("ul");
        dates.appendElement("li").text("A date known to the day is a point on the timeline, with the date as written"
                + example(pack, FuzzyDate.Precision.DAY) + ".");
        dates.appendElement("li").text("A month, a year or a range of years is a bar across the whole span it may "
                + "stand for" + example(pack, FuzzyDate.Precision.YEAR) + ".");
        dates.appendElement("li").text("An estimate is marked \u201capproximate\u201d in the details and the table: "
                + "\u201cc. 1996\u201d stands for two years either side, \u201cearly 1990s\u201d for 1990 to 1993, "
                + "\u201c1990s\u201d for the decade" + example(pack, FuzzyDate.Precision.CIRCA_YEAR) + ".");
        dates.appendElement("li").text("The novel gives almost no years: story dates are the sources' estimates. "
                + "An event whose date or fact the sources doubt carries an \u201cUncertain\u201d mark and a note.");

        content.appendElement("h3").text("Sources");
        sources(content, pack);

        content.appendElement("h3").text("How to cite");
        String link = root + "/" + ViewNavigation.location(ViewState.of(pack.id()));
        Element cite = content.appendElement("p").addClass("about-citation");
        cite.appendText("Storyweb, \u201c" + pack.work().title() + "\u201d, a timeline and relationship graph of "
                + pack.work().author() + "'s novel (" + pack.work().published().label() + "), ");
        cite.appendElement("span").addClass("about-link").text(link);
        cite.appendText(", accessed " + LocalDate.now() + ".");
        content.appendElement("p").text("Every view has its own link (Share gives it), which cites that view "
                + "exactly. Cite the facts themselves from the sources above, which every event's details name.");
        return content;
    }

    // ", for example “…” (1996)", from the pack's first event with a date of that precision.
    private static String example(StoryPack pack, FuzzyDate.Precision precision) {
        return pack.events().stream().filter(event -> event.date().precision() == precision).findFirst()
                .map(event -> ", for example \u201c" + event.title() + "\u201d (" + event.date().label() + ")")
                .orElse("");
    }

    /** Every source once, under the first use that cites it: a track's events, the relationships, the glossary. */
    private static void sources(Element content, StoryPack pack) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Track track : pack.tracks()) {
            Set<String> ids = new LinkedHashSet<>();
            pack.events().stream().filter(event -> event.trackId().equals(track.id()))
                    .forEach(event -> ids.addAll(event.sourceIds()));
            groups.put(track.title(), ids);
        }
        Set<String> relationships = new LinkedHashSet<>();
        pack.relationships().forEach(relationship -> relationship.states().forEach(state -> state.evidence()
                .stream().map(Evidence::sourceIds).forEach(relationships::addAll)));
        groups.put("The relationships", relationships);
        Set<String> glossary = new LinkedHashSet<>();
        pack.glossary().forEach(term -> glossary.addAll(term.sourceIds()));
        groups.put("The glossary", glossary);
        Set<String> listed = new LinkedHashSet<>();
        groups.values().forEach(ids -> ids.removeIf(id -> !listed.add(id)));
        Set<String> rest = new LinkedHashSet<>();
        pack.sources().stream().map(Source::id).filter(id -> !listed.contains(id)).forEach(rest::add);
        groups.put("Other sources", rest);
        groups.forEach((title, ids) -> {
            List<Source> sources = ids.stream().flatMap(id -> pack.source(id).stream())
                    .sorted(Comparator.comparing(Source::citation)).toList();
            if (sources.isEmpty()) {
                return;
            }
            content.appendElement("h4").text(title + " (" + sources.size() + ")");
            Element list = content.appendElement("ul").addClass("about-sources");
            sources.forEach(source -> Details.source(list.appendElement("li").id("source-" + source.id()), source));
        });
    }

}
