package org.storyweb.classroom;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * A student may give the teacher a first name; otherwise the teacher sees "Student 7". The name never reaches the
 * projector or other students.
 */
class StudentName extends Composite<Div> {

    StudentName(ClassAnswers answers, String code, Supplier<String> student) {
        TextField name = new TextField("Your first name (if you like)");
        name.setHelperText("Only your teacher sees it; otherwise you are a number.");
        name.setId("student-name");
        name.setMaxLength(ClassAnswers.MAX_NAME);
        Paragraph said = new Paragraph();
        said.setId("student-name-status");
        said.getElement().setAttribute("role", "status");
        Button give = new Button("Give my name", click -> {
            if (student.get() == null) {
                said.setText("This page is still starting; try again in a moment.");
                return;
            }
            said.setText(answers.join(code, student.get(), name.getValue())
                    .map(known -> "Your teacher sees your answers as " + known.label() + ".")
                    .orElse("This class has ended."));
        });
        give.setId("give-name");
        getContent().addClassName("student-name");
        getContent().add(name, give, said);
    }
}
