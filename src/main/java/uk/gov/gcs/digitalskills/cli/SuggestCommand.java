package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.gov.gcs.digitalskills.core.objective.suggest.ObjectiveSuggester;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.PerformanceYear;
import uk.gov.gcs.digitalskills.core.objective.suggest.Suggestion;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.json.SuggestionJson;

/** {@code suggest RESULT}: up to three objective templates for the weakest core area, as JSON (issue 5). */
@Command(name = "suggest", addMethodSubcommands = false, mixinStandardHelpOptions = true,
        description = "Print up to three suggested digital objectives for a result file, as JSON.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:suggested (the list may be empty)", "1:the result file cannot be used",
            "2:the command was used wrongly"})
final class SuggestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Mixin
    QuestionnaireOption questionnaireOption;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Treat this day as today when working out the default deadline.")
    LocalDate today;

    @Parameters(index = "0", paramLabel = "RESULT", description = "A result file (*.dsa.json).")
    Path result;

    @Override
    public Integer call() {
        try {
            ScoredResult scored = questionnaireOption.read(result, cli.dataFolder());
            String questionnaireId = scored.questionnaire().id();
            Optional<ObjectiveToolkit> toolkit = Cli.library(new ContentFiles(), cli.dataFolder())
                    .toolkitFor(scored.questionnaire().ref());
            if (toolkit.isEmpty()) {
                spec.commandLine().getErr().println(result + ": no objective toolkit is installed for questionnaire '"
                        + questionnaireId + "'; put one in the data folder's questionnaires folder.");
                return 1;
            }
            List<Suggestion> suggestions = ObjectiveSuggester.suggest(scored.questionnaire(), scored.scores(),
                    toolkit.get(), scored.record().respondent().role());
            LocalDate deadline = PerformanceYear.defaultDeadline(today != null ? today : LocalDate.now());
            spec.commandLine().getOut().println(JsonSupport.writeString(
                    SuggestionJson.toJson(scored.questionnaire().ref(), suggestions, deadline)));
            return 0;
        } catch (BadFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
