package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.Main;
import uk.gov.gcs.digitalskills.testing.Fixtures;

/** The real entry point in a separate JVM with no display: commands work and never load JavaFX. */
class CommandLineProcessTest {
    @TempDir
    Path temp;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().put("DIGITAL_SKILLS_HOME", temp.resolve("home").toString());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish in 60 s");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void scoreRunsWithoutDisplayAndWithoutJavaFx() throws Exception {
        Path result = Fixtures.write(temp, "r.dsa.json", Fixtures.completeResult("press-office", 3));
        Outcome outcome = main("score", result.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("\"overall\"");
        assertThat(outcome.out().lines().filter(l -> l.startsWith("[") && l.contains("javafx."))).isEmpty();
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void reportPrintsOneLineAndNothingFromTheLibrariesLogging() throws Exception {
        // iText logs at INFO while it lays text out; the command line must keep that off the terminal.
        Path result = Fixtures.write(temp, "r.dsa.json", Fixtures.completeResult("press-office", 3));
        Path pdf = temp.resolve("r.pdf");
        Outcome outcome = main("report", result.toString(), "-o", pdf.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().lines().filter(l -> !l.startsWith("["))).singleElement().asString()
                .contains(pdf.toString());
        assertThat(outcome.err()).isEmpty();
        assertThat(pdf).isNotEmptyFile();
    }

    @Test
    void badInputExitsOneWithOneLineAndNoStackTrace() throws Exception {
        Path bad = Fixtures.write(temp, "bad.dsa.json", "{\"format\": \"gcs-digital-skills-result\", \"formatVersion\": 7}");
        Outcome outcome = main("score", bad.toString());
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip().lines()).singleElement().asString().contains("bad.dsa.json: /formatVersion:");
    }

    @Test
    void validateExitCodes() throws Exception {
        assertThat(main("validate", Fixtures.QUESTIONNAIRE.toString()).exitCode()).isZero();
        assertThat(main("validate", temp.resolve("missing.json").toString()).exitCode()).isEqualTo(1);
        assertThat(main("validate").exitCode()).isEqualTo(2);
        assertThat(main("no-such-command").exitCode()).isEqualTo(2);
    }
}
