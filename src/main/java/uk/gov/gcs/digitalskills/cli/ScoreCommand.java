package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ScoreJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/** {@code score RESULT}: the scores as JSON, recomputed from the answers (DESIGN.md §3.2 and §4). */
@Command(name = "score", addMethodSubcommands = false, mixinStandardHelpOptions = true,
        description = "Print the scores of a result file as JSON.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:the result file cannot be scored", "2:the command was used wrongly"})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    QuestionnaireOption questionnaireOption;

    @Parameters(index = "0", paramLabel = "RESULT", description = "A result file (*.dsa.json).")
    Path result;

    @Override
    public Integer call() {
        try {
            ScoredResult scored = questionnaireOption.read(result, cli.dataFolder());
            spec.commandLine().getOut().println(JsonSupport.writeString(ScoreJson.toJson(scored.scores())));
            return 0;
        } catch (BadFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
