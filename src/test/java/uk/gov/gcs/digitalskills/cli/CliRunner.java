package uk.gov.gcs.digitalskills.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process with a given data folder and captures what it prints. */
public final class CliRunner {
    private final Path dataDir;

    public CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    public record Run(int exitCode, String out, String err) {
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), folder -> {
            throw new AssertionError("the window must not open from the command line");
        });
        return new Run(code, out.toString(), err.toString());
    }
}
