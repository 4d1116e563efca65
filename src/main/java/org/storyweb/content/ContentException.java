package org.storyweb.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The content could not be loaded. It holds every problem found, sorted by file and line; its message lists them,
 * one per line, under a first line such as {@code Content has 3 problems:}.
 */
public class ContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    ContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    /** The problems, sorted by file, line and field. */
    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream()
                .sorted()
                .map(ContentProblem::toString)
                .collect(Collectors.joining("\n", "Content has " + count + ":\n", ""));
    }
}
