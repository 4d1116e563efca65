package org.storyweb.classroom;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.storyweb.story.StoryPack;

/**
 * A question's answers as the room sees them, on the projector and on the students' phones: a choice as bars with
 * their counts written beside them, short answers as a wall of cards. Hidden answers are left out, and no answer
 * says who wrote it. All of it is text.
 * <p>
 * The teacher's copy can hide any one answer: a card's "Hide", or for a choice a folded list of the votes in the
 * order they came, each with its "Hide". The list names no one, as the projector shows it; the CSV says who.
 */
@StyleSheet("components/classroom/answers.css")
public class AnswerResults extends Composite<Div> {

    // Whether the teacher opened the list of votes: it stays open as the results are drawn again.
    private boolean votesOpen;

    /**
     * Shows the answers; {@code hide} gives each short answer and each vote a "Hide" button (the teacher's), or is
     * null.
     */
    public void show(StoryPack pack, StepQuestion question, ClassRooms.Answers answers, Consumer<String> hide) {
        Element root = getContent().getElement();
        root.removeAllChildren();
        getContent().addClassName("answer-results");
        List<ClassRooms.Answer> visible = answers.answers().stream().filter(answer -> !answer.hidden()).toList();
        root.appendChild(new Element("h3").setAttribute("class", "answer-question").setText(question.question()
                .text()));
        root.appendChild(new Element("p").setAttribute("class", "answer-summary").setText(visible.size()
                + (visible.size() == 1 ? " answer" : " answers")
                + (visible.size() < answers.answers().size() ? ", " + (answers.answers().size() - visible.size())
                        + " hidden" : "")));
        if (question.question().isChoice()) {
            Map<String, Long> counts = visible.stream().collect(Collectors.groupingBy(ClassRooms.Answer::text,
                    Collectors.counting()));
            long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
            Element bars = new Element("ul").setAttribute("class", "answer-bars");
            for (String choice : question.question().choices()) {
                long count = counts.getOrDefault(choice, 0L);
                Element bar = new Element("span").setAttribute("class", "answer-bar")
                        .setAttribute("aria-hidden", "true");
                bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 100.0 * count / most));
                bars.appendChild(new Element("li").appendChild(
                        new Element("span").setAttribute("class", "answer-choice-label")
                                .setText(question.question().label(pack, choice)),
                        new Element("span").setAttribute("class", "answer-track").appendChild(bar),
                        new Element("span").setAttribute("class", "answer-count").setText(String.valueOf(count))));
            }
            root.appendChild(bars);
            if (hide != null && !visible.isEmpty()) {
                root.appendChild(votes(pack, question, visible, hide));
            }
        } else {
            Element wall = new Element("ul").setAttribute("class", "answer-wall");
            for (ClassRooms.Answer answer : visible) {
                Element card = new Element("li").setAttribute("class", "answer-card")
                        .appendChild(new Element("p").setText(answer.text()));
                if (hide != null) {
                    card.appendChild(hideButton("Hide the answer \u201c" + shortened(answer.text()) + "\u201d",
                            () -> hide.accept(answer.student())));
                }
                wall.appendChild(card);
            }
            root.appendChild(wall);
        }
    }

    // The votes in the order they came, so that the teacher can take out one (a joke, a second device).
    private Element votes(StoryPack pack, StepQuestion question, List<ClassRooms.Answer> visible,
            Consumer<String> hide) {
        Element list = new Element("ol");
        // Filled only once opened: a class of 250 would otherwise send 250 buttons with every "Show answers".
        Runnable fill = () -> {
            List<ClassRooms.Answer> inOrder = visible.stream().sorted(Comparator.comparing(ClassRooms.Answer::at))
                    .toList();
            for (int i = 0; i < inOrder.size(); i++) {
                ClassRooms.Answer vote = inOrder.get(i);
                String label = question.question().label(pack, vote.text());
                list.appendChild(new Element("li").appendChild(new Element("span").setText(label),
                        hideButton("Hide vote " + (i + 1) + ", for " + label, () -> hide.accept(vote.student()))));
            }
        };
        if (votesOpen) {
            fill.run();
        }
        Element votes = new Element("details").setAttribute("class", "answer-votes").setProperty("open", votesOpen);
        votes.addEventListener("toggle", toggle -> {
            votesOpen = toggle.getEventData().get("element.open").asBoolean();
            if (votesOpen && list.getChildCount() == 0) {
                fill.run();
            }
        }).addEventData("element.open");
        return votes.appendChild(new Element("summary").setText("Hide one vote"), list);
    }

    private static Element hideButton(String label, Runnable hide) {
        Element button = new Element("button").setAttribute("type", "button").setAttribute("class", "answer-hide")
                .setAttribute("aria-label", label).setText("Hide");
        button.addEventListener("click", click -> hide.run());
        return button;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }
}
