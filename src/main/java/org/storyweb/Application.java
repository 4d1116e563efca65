package org.storyweb;

import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.storyweb.classroom.ClassView;
import org.storyweb.content.ContentValidator;
import org.storyweb.timelinejs.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// A student's class page is opened by a link from outside the app, and the build does not see that it needs the
// timeline's and graph's scripts (they would load on demand for the explorer only), so they load with the page.
@LoadDependenciesOnStartup(ClassView.class)
public class Application implements AppShellConfigurator {

    // Our own icon, so that browsers do not ask for a /favicon.ico that is not there.
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        // The validate and import commands work on content without starting the web server.
        if (args.length > 0 && args[0].equals(ContentValidator.COMMAND)) {
            System.exit(ContentValidator.run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && args[0].equals(ImportCommand.COMMAND)) {
            System.exit(ImportCommand.run(Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }
}
