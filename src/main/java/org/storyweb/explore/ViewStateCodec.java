package org.storyweb.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.storyweb.explore.LinkReader.Reading;
import org.storyweb.explore.ViewState.CharacterSelection;
import org.storyweb.explore.ViewState.EventSelection;
import org.storyweb.explore.ViewState.Mode;
import org.storyweb.explore.ViewState.Order;
import org.storyweb.explore.ViewState.Presentation;
import org.storyweb.explore.ViewState.StoryPosition;
import org.storyweb.explore.ViewState.TimelineView;
import org.storyweb.explore.ViewState.RelationshipSelection;
import org.storyweb.explore.ViewState.Selection;
import org.storyweb.story.Event;
import org.storyweb.story.Part;
import org.storyweb.story.Phase;
import org.storyweb.story.StoryCharacter;
import org.storyweb.story.StoryPack;
import org.storyweb.story.Theme;
import org.storyweb.story.Tour;
import org.storyweb.story.Track;
import org.storyweb.story.Window;

/**
 * Turns a {@link ViewState} into a short, readable, canonical link and back. The link is the pack's id as the path,
 * then the view if it is not the explorer, and the non-default parts of the view as query parameters, always in the
 * same order: {@code never-let-me-go?event=dolly&phase=cottages&tracks=novel,science},
 * {@code never-let-me-go/present?phase=cottages}. Links are built by {@link ViewNavigation} and read by
 * {@link LinkReader}.
 * <p>
 * Reading is forgiving: whatever cannot be used (an unknown id, a malformed window, a repeated or conflicting
 * parameter, an absurd number) is left at its default and explained in a notice, so a bad or stale link still opens
 * the nearest sensible view. Old ids listed as aliases in the content lead to the current ones.
 */
public final class ViewStateCodec {

    /** The query parameters, in the order links write them. */
    public static final List<String> PARAMETERS = List.of("event", "character", "relationship", "phase", "window",
            "tracks", "themes", "people", "part", "order", "upto", "tour", "step");

    private static final int MAX_SHOWN = 40;
    private static final int MAX_VALUE = 300;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    private ViewStateCodec() {
    }

    /** The link's path and query, without a leading slash: {@code never-let-me-go?event=dolly}. */
    static String toLocation(ViewState state) {
        String query = toQuery(state);
        String path = toPath(state);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The link's path, without a leading slash: the pack, and the view unless it is the explorer. */
    static String toPath(ViewState state) {
        String segment = state.presentation().mode().segment();
        return segment.isEmpty() ? state.packId() : state.packId() + "/" + segment;
    }

    /**
     * The query parameters of a view, in link order; defaults are left out. A tour step's view is the tour and the
     * step alone, with the reader's spoiler limit: the step sets the rest.
     */
    public static Map<String, String> toParameters(ViewState state) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        Presentation presentation = state.presentation();
        if (presentation.tourId() == null) {
            parameters.putAll(viewParameters(state));
        }
        if (presentation.tourId() != null) {
            state.position().spoilerLimitKnown().ifPresent(limit -> parameters.put("upto", String.valueOf(limit)));
            parameters.put("tour", presentation.tourId());
            parameters.put("step", String.valueOf(presentation.tourStep()));
        }
        return parameters;
    }

    // What is selected and shown, without how it is presented.
    private static Map<String, String> viewParameters(ViewState state) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        switch (state.selection()) {
            case EventSelection event -> parameters.put("event", event.eventId());
            case CharacterSelection character -> parameters.put("character", character.characterId());
            case RelationshipSelection relationship -> parameters.put("relationship", relationship.relationshipId());
            case ViewState.NoSelection none -> { }
        }
        StoryPosition position = state.position();
        TimelineView timeline = state.timeline();
        position.phase().ifPresent(phase -> parameters.put("phase", phase));
        timeline.windowKnown().ifPresent(window -> parameters.put("window", window.text()));
        if (!timeline.tracks().isEmpty()) {
            parameters.put("tracks", String.join(",", timeline.tracks()));
        }
        if (!timeline.themes().isEmpty()) {
            parameters.put("themes", String.join(",", timeline.themes()));
        }
        if (!timeline.people().isEmpty()) {
            parameters.put("people", String.join(",", timeline.people()));
        }
        timeline.part().ifPresent(part -> parameters.put("part", part));
        if (timeline.order() != Order.CHRONOLOGICAL) {
            parameters.put("order", timeline.order().name().toLowerCase(Locale.ROOT));
        }
        position.spoilerLimitKnown().ifPresent(limit -> parameters.put("upto", String.valueOf(limit)));
        return parameters;
    }

    private static String toQuery(ViewState state) {
        StringJoiner query = new StringJoiner("&");
        toParameters(state).forEach((name, value) -> query.add(name + "=" + encodeList(value)));
        return query.toString();
    }

    // Commas separate list items and stay readable; everything else is encoded.
    private static String encodeList(String value) {
        StringJoiner joined = new StringJoiner(",");
        for (String part : value.split(",", -1)) {
            joined.add(URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return joined.toString();
    }

    /**
     * Reads a view from a link, by the grammar alone; the app reads links through {@link LinkReader}, which adds the
     * reader's remembered spoiler limit.
     *
     * @param packId     the path's pack id, or null for none
     * @param view       the path's segment after the pack (the view), or null for the explorer
     * @param parameters the query parameters, each with all the values the link gave
     * @param packs      finds a pack by id
     * @param fallback   the pack to show when the link names none or an unknown one
     */
    static Reading read(String packId, String view, Map<String, List<String>> parameters,
            Function<String, Optional<StoryPack>> packs, StoryPack fallback) {
        List<String> notices = new ArrayList<>();
        StoryPack pack = fallback;
        boolean packFound = true;
        if (packId != null && !packId.isBlank()) {
            Optional<StoryPack> found = packs.apply(packId);
            packFound = found.isPresent();
            if (found.isPresent()) {
                pack = found.get();
            } else {
                notices.add("There is no book called " + shown(packId) + " here; showing " + fallback.work().title()
                        + " instead.");
            }
        }
        Reader reader = new Reader(pack, view, parameters, notices);
        boolean viewFound = view == null || view.isBlank() || Mode.ofSegment(view).isPresent();
        return new Reading(reader.read(), notices, packFound && viewFound);
    }

    /** Whether the query alone opens the embed, as links from before it had its own path do: see presentation(). */
    static boolean asksForTheEmbed(Map<String, List<String>> parameters) {
        return new Reader(null, null, parameters, new ArrayList<>()).presentation().mode() == Mode.EMBED;
    }

    /** A value from a link, quoted and shortened, to be shown as text in a notice. */
    static String shown(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.length() > MAX_SHOWN) {
            clean = clean.substring(0, MAX_SHOWN) + "\u2026";
        }
        return "\u201c" + clean + "\u201d";
    }

    private static final class Reader {
        private final StoryPack pack;
        private final String view;
        private final Map<String, List<String>> parameters;
        private final List<String> notices;

        Reader(StoryPack pack, String view, Map<String, List<String>> parameters, List<String> notices) {
            this.pack = pack;
            this.view = view;
            this.parameters = parameters;
            this.notices = notices;
        }

        ViewState read() {
            Optional<Tour> tour = tour();
            if (tour.isPresent()) {
                return tourStep(tour.get());
            }
            if (parameters.containsKey("step") && !parameters.containsKey("tour")) {
                notices.add("A tour step needs a tour; ignoring the step.");
            }
            return view();
        }

        private Optional<Tour> tour() {
            return single("tour").flatMap(id -> {
                Optional<Tour> tour = pack.tour(id);
                if (tour.isEmpty()) {
                    notices.add("No tour called " + shown(id) + " in this book.");
                }
                return tour;
            });
        }

        // The step sets the view, read like any link; the link keeps only how it is presented.
        private ViewState tourStep(Tour tour) {
            int count = tour.steps().size();
            int step = single("step").map(text -> {
                if (NUMBER.matcher(text).matches() && Integer.parseInt(text) >= 1) {
                    int number = Integer.parseInt(text);
                    if (number <= count) {
                        return number;
                    }
                    notices.add("The tour \u201c" + tour.title() + "\u201d has " + count + " steps; showing the "
                            + "last.");
                    return count;
                }
                notices.add(shown(text) + " is not a step number; showing the tour's first step.");
                return 1;
            }).orElse(1);
            Map<String, List<String>> stepParameters = new java.util.LinkedHashMap<>();
            tour.steps().get(step - 1).view().forEach((name, value) -> stepParameters.put(name, List.of(value)));
            for (String name : List.of("embed", "mode")) {
                if (parameters.containsKey(name)) {
                    stepParameters.put(name, parameters.get(name));
                }
            }
            // The spoiler limit is the reader's, not the step's: a class at chapter 3 takes a tour within chapter 3.
            if (parameters.containsKey("upto")) {
                stepParameters.put("upto", parameters.get("upto"));
            }
            List<String> ignored = PARAMETERS.stream().filter(parameters::containsKey)
                    .filter(name -> !List.of("tour", "step", "upto").contains(name)).toList();
            if (!ignored.isEmpty()) {
                notices.add("A tour step sets the view itself; ignoring the link's " + String.join(", ", ignored)
                        + ".");
            }
            ViewState view = new Reader(pack, this.view, stepParameters, notices).view();
            return view.withPresentation(view.presentation().atTourStep(tour.id(), step));
        }

        private ViewState view() {
            Selection selection = selection();
            StoryPosition position = new StoryPosition(phase(), spoilerLimit());
            TimelineView timeline = new TimelineView(window(), ids("tracks", "track",
                    pack.tracks().stream().map(Track::id).toList()), ids("themes", "theme",
                    pack.work().themes().stream().map(Theme::id).toList()), order(), people(), part());
            return new ViewState(pack.id(), selection, position, timeline, presentation());
        }

        /** The one value of a parameter, or empty; a repeated parameter uses its first value. */
        private Optional<String> single(String name) {
            List<String> values = parameters.getOrDefault(name, List.of());
            if (values.isEmpty()) {
                return Optional.empty();
            }
            if (values.size() > 1) {
                notices.add("The link gives \u201c" + name + "\u201d more than once; using the first.");
            }
            String value = values.getFirst();
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            if (value.length() > MAX_VALUE) {
                notices.add("The link's \u201c" + name + "\u201d is too long to be right; ignoring it.");
                return Optional.empty();
            }
            return Optional.of(value.strip());
        }

        private Selection selection() {
            List<Selection> given = new ArrayList<>();
            single("event").ifPresent(id -> findEvent(id).ifPresentOrElse(
                    event -> given.add(new EventSelection(event.id())),
                    () -> notices.add("No event called " + shown(id) + " in this book.")));
            single("character").ifPresent(id -> findCharacter(id).ifPresentOrElse(
                    character -> given.add(new CharacterSelection(character.id())),
                    () -> notices.add("No character called " + shown(id) + " in this book.")));
            single("relationship").ifPresent(id -> pack.relationship(id).ifPresentOrElse(
                    relationship -> given.add(new RelationshipSelection(relationship.id())),
                    () -> notices.add("No relationship called " + shown(id) + " in this book.")));
            if (given.size() > 1) {
                notices.add("A link selects one thing at a time; showing the first of them.");
            }
            return given.isEmpty() ? ViewState.NOTHING : given.getFirst();
        }

        private Optional<Event> findEvent(String id) {
            return pack.event(id).or(() -> pack.events().stream().filter(e -> e.aliases().contains(id)).findFirst());
        }

        private Optional<StoryCharacter> findCharacter(String id) {
            return pack.character(id)
                    .or(() -> pack.characters().stream().filter(c -> c.aliases().contains(id)).findFirst());
        }

        private String phase() {
            return single("phase").flatMap(id -> {
                Optional<Phase> phase = pack.phase(id);
                if (phase.isEmpty()) {
                    notices.add("No phase called " + shown(id) + " in this book; showing "
                            + pack.phases().getFirst().title() + ".");
                }
                return phase.map(Phase::id);
            }).orElse(null);
        }

        private Window window() {
            Optional<String> text = single("window");
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Window.parse(text.get());
            } catch (IllegalArgumentException e) {
                notices.add("The time window " + shown(text.get()) + " could not be read; showing the whole timeline.");
                return null;
            }
        }

        private Set<String> ids(String name, String singular, List<String> known) {
            Optional<String> text = single(name);
            if (text.isEmpty()) {
                return Set.of();
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String id : text.get().split(",")) {
                String trimmed = id.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (known.contains(trimmed)) {
                    chosen.add(trimmed);
                } else {
                    notices.add("No " + singular + " called " + shown(trimmed) + " in this book.");
                }
            }
            // Choosing every one is the same view as choosing none: the default.
            return chosen.size() == known.size() ? Set.of() : chosen;
        }

        // People are found by their aliases too, as a selected person is.
        private Set<String> people() {
            Optional<String> text = single("people");
            if (text.isEmpty()) {
                return Set.of();
            }
            Set<String> chosen = new java.util.TreeSet<>();
            for (String id : text.get().split(",")) {
                String trimmed = id.strip();
                if (!trimmed.isEmpty()) {
                    findCharacter(trimmed).ifPresentOrElse(character -> chosen.add(character.id()),
                            () -> notices.add("No character called " + shown(trimmed) + " in this book."));
                }
            }
            return chosen;
        }

        private String part() {
            return single("part").flatMap(id -> {
                Optional<Part> part = pack.parts().stream().filter(p -> p.id().equals(id)).findFirst();
                if (part.isEmpty()) {
                    notices.add("No part called " + shown(id) + " in this book; showing the whole book.");
                }
                return part.map(Part::id);
            }).orElse(null);
        }

        private Order order() {
            return single("order").map(text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "chronological" -> Order.CHRONOLOGICAL;
                case "telling" -> Order.TELLING;
                default -> {
                    notices.add("No order called " + shown(text) + "; showing events in the order they happen.");
                    yield Order.CHRONOLOGICAL;
                }
            }).orElse(Order.CHRONOLOGICAL);
        }

        private Integer spoilerLimit() {
            Optional<String> text = single("upto");
            if (text.isEmpty()) {
                return null;
            }
            int chapters = pack.lastChapter();
            if (!NUMBER.matcher(text.get()).matches() || Integer.parseInt(text.get()) < 1) {
                notices.add(shown(text.get()) + " is not a chapter number; showing the whole book.");
                return null;
            }
            int limit = Integer.parseInt(text.get());
            if (limit >= chapters) {
                if (limit > chapters) {
                    notices.add("This book has " + chapters + " chapters; showing all of them.");
                }
                return null;
            }
            return limit;
        }

        /**
         * The view from the path. Links from before views had their own path said {@code mode=present} or
         * {@code mode=embed}, and links from before the embed had its own path said {@code embed=1}; they still
         * open the same view.
         */
        private Presentation presentation() {
            Mode mode = Mode.EXPLORE;
            if (view != null && !view.isBlank()) {
                mode = Mode.ofSegment(view).orElseGet(() -> {
                    notices.add("No view called " + shown(view) + "; showing the explorer.");
                    return Mode.EXPLORE;
                });
            }
            boolean embedded = single("embed").map(text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "1", "true", "yes" -> true;
                case "0", "false", "no" -> false;
                default -> {
                    notices.add(shown(text) + " is not a yes or no for \u201cembed\u201d; showing the page in full.");
                    yield false;
                }
            }).orElse(false);
            Optional<String> legacy = single("mode");
            if (legacy.isPresent()) {
                switch (legacy.get().toLowerCase(Locale.ROOT)) {
                    case "explore" -> { }
                    case "present" -> mode = Mode.PRESENT;
                    case "embed" -> embedded = true;
                    default -> notices.add("No mode called " + shown(legacy.get()) + "; showing the explorer.");
                }
            }
            // The embed is the explorer's picture in a frame, whichever view the old link named.
            if (embedded) {
                mode = Mode.EMBED;
            }
            return new Presentation(mode, null, null);
        }
    }
}
