package org.storyweb.classroom;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
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
 */
@StyleSheet("components/classroom/answers.css")
public class AnswerResults extends Composite<Div> {

    /** Shows the answers; {@code hide} gives each short answer a "Hide" button (the teacher's), or is null. */
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
        } else {
            Element wall = new Element("ul").setAttribute("class", "answer-wall");
            for (ClassRooms.Answer answer : visible) {
                Element card = new Element("li").setAttribute("class", "answer-card")
                        .appendChild(new Element("p").setText(answer.text()));
                if (hide != null) {
                    Element button = new Element("button").setAttribute("type", "button")
                            .setAttribute("class", "answer-hide").setAttribute("aria-label", "Hide the answer \u201c"
                                    + shortened(answer.text()) + "\u201d").setText("Hide");
                    button.addEventListener("click", click -> hide.accept(answer.student()));
                    card.appendChild(button);
                }
                wall.appendChild(card);
            }
            root.appendChild(wall);
        }
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }
}
