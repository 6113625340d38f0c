package uk.gov.gcs.digitalskills.io;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.gcs.digitalskills.core.Problem;

/**
 * A file that cannot be used as it is. Its message has one line per problem, each
 * {@code file: /json/pointer: message}, ready to print or to show a user.
 */
public class BadFileException extends Exception {
    private final String file;
    private final List<Problem> problems;

    public BadFileException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> file + ": " + p).collect(Collectors.joining(System.lineSeparator())));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public BadFileException(String file, String pointer, String message) {
        this(file, List.of(new Problem(pointer, message)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
