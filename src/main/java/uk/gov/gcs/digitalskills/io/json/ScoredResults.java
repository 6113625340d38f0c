package uk.gov.gcs.digitalskills.io.json;

import java.nio.file.Path;
import java.util.List;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.io.BadFileException;

/** A result file read, matched to its questionnaire, checked and scored: what score, suggest and report start from. */
public final class ScoredResults {
    private ScoredResults() {
    }

    /** Scores a record from a file against a questionnaire, refusing answers that do not fit it. */
    public static ScoredResult check(AssessmentRecord record, Questionnaire questionnaire, String file)
            throws BadFileException {
        List<Problem> problems = ContentFiles.ResultAnswers.problems(record, questionnaire);
        if (!problems.isEmpty()) {
            throw new BadFileException(file, problems);
        }
        return ScoredResult.of(record, questionnaire);
    }

    /** Reads a result file and scores it with the questionnaire it names, found in the library. */
    public static ScoredResult read(Path file, ContentFiles files, ContentLibrary library) throws BadFileException {
        AssessmentRecord record = files.readResult(file);
        Questionnaire questionnaire = library.questionnaire(record.questionnaire()).orElseThrow(() ->
                new BadFileException(file.toString(), "/questionnaire", "questionnaire " + record.questionnaire()
                        + " is not installed; put its file in the data folder's questionnaires folder,"
                        + " or name it with --questionnaire"));
        return check(record, questionnaire, file.toString());
    }
}
