package uk.gov.gcs.digitalskills.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ScoredResults;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

/** {@code --questionnaire FILE}: score against this file instead of the installed questionnaire the result names. */
public class QuestionnaireOption {
    @Option(names = "--questionnaire", paramLabel = "FILE",
            description = "Questionnaire file to use instead of the one the result names.")
    Path questionnaire;

    /** Reads and scores a result file with the questionnaire this option or the library gives. */
    public ScoredResult read(Path result, DataFolder folder) throws BadFileException {
        ContentFiles files = new ContentFiles();
        if (questionnaire == null) {
            return ScoredResults.read(result, files, Cli.library(files, folder));
        }
        Questionnaire chosen = files.readQuestionnaire(questionnaire);
        AssessmentRecord record = files.readResult(result);
        return ScoredResults.check(record, chosen, result.toString());
    }
}
