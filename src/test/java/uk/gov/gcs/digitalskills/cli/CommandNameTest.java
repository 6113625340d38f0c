package uk.gov.gcs.digitalskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A run that names a command builds only that command's model (issue 15); everything else still sees all
 * of them: help, a mistyped name, no name.
 */
class CommandNameTest {
    @Test
    void theCommandIsTheFirstWordThatIsNotAnOptionOrTheDataFolder() {
        assertThat(Cli.commandName(new String[] {"report", "r.json", "-o", "r.pdf"})).contains("report");
        assertThat(Cli.commandName(new String[] {"--data-dir", "score", "import", "x"})).contains("import");
        assertThat(Cli.commandName(new String[] {"--data-dir=/d", "score", "x"})).contains("score");
        assertThat(Cli.commandName(new String[] {"-h"})).isEmpty();
        assertThat(Cli.commandName(new String[] {"reprot", "x"})).isEmpty();
        assertThat(Cli.commandName(new String[] {})).isEmpty();
    }

    @Test
    void helpStillListsEveryCommand() {
        String help = run("--help");
        assertThat(help).contains("validate", "score", "suggest", "report", "import", "insights", "response");
    }

    @Test
    void aMistypedCommandIsStillCaughtWithASuggestion() {
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"reprot", "x.json"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), folder -> {
                    throw new AssertionError("the window must not open");
                });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("reprot").contains("report");
    }

    @Test
    void aCommandsOwnHelpNamesItUnderTheProgram() {
        assertThat(run("report", "--help")).contains("Usage: digital-skills report").contains("-o, --output=OUT.pdf");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        Cli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()), folder -> {
            throw new AssertionError("the window must not open");
        });
        return out.toString();
    }
}
