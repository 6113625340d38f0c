package uk.gov.gcs.digitalskills.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.TestContent;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;

/** "Add your manager's response" on Results (issue 13): what it says and where Save and back return. */
class ResultsResponseTest {
    private final Messages messages = Messages.english();
    private final RecordingRoutes routes = new RecordingRoutes();
    private final Questionnaire questionnaire = TestContent.bundled();

    private AssessmentRecord record() {
        return new AssessmentRecord(UUID.randomUUID(), questionnaire.ref(),
                new Respondent("Sam", "press-office", "heo", "cabinet-office"), Optional.empty(),
                Optional.of(OffsetDateTime.of(2026, 11, 21, 9, 20, 0, 0, ZoneOffset.UTC)),
                TestContent.answers(questionnaire, "press-office", Map.of("planning", 3, "objective-setting", 1,
                        "measurement-insight", 2, "engaging-online", 4, "press-office", 0)),
                Map.of(), Optional.empty());
    }

    private ResultsViewModel results(AssessmentRecord record, boolean fromHistory) {
        return new ResultsViewModel(questionnaire, record, messages, new Formats(messages, ZoneOffset.UTC), routes,
                fromHistory);
    }

    @Test
    void offersToAddTheResponseAndSaysChangeOnceThereIsOne() {
        assertThat(results(record(), false).responseText()).isEqualTo("Add your manager's response");
        AssessmentRecord answered = record().withManager(Optional.of(new ManagerResponse("Alex", Optional.empty(),
                Optional.of(true), "")));
        assertThat(results(answered, false).responseText()).isEqualTo("Change your manager's response");
    }

    @Test
    void returnsToTheResultsItCameFrom() {
        results(record(), false).addResponse();
        results(record(), true).addResponse();
        assertThat(routes.visits).containsExactly("response:RESULTS", "response:RESULTS_FROM_HISTORY");
    }
}
