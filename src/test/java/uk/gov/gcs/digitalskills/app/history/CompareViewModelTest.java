package uk.gov.gcs.digitalskills.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires;

/** Comparing two assessments shows each area's two parts and calibration under its figure (issue 12). */
class CompareViewModelTest {
    private final Messages messages = Messages.english();
    private final Formats formats = new Formats(messages, ZoneOffset.UTC);
    private final Questionnaire q = TestQuestionnaires.questionnaire(
            core("plan", scaleQ("p.s"), choiceQ("p.c", 0, 4)), nonCore("extra", scaleQ("e.s")));

    private PastResult past(int day, int rating, String choice, Answer extra) {
        AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), q.ref(),
                new Respondent(null, "other", null, null), Optional.empty(),
                Optional.of(OffsetDateTime.of(2026, 1, day, 12, 0, 0, 0, ZoneOffset.UTC)),
                Map.of("p.s", new Answer.ScaleValue(rating), "p.c", new Answer.Choice(choice), "e.s", extra),
                Map.of(), Optional.empty());
        return new PastResult(record, Optional.of(q));
    }

    @Test
    void eachFigureHasItsPartsAndCalibrationInWords() {
        // Then: self 100%, knowledge 0% (well above). Now: self 100%, knowledge 100% (they match).
        CompareViewModel vm = new CompareViewModel(past(1, 4, "a", new Answer.ScaleValue(2)),
                past(20, 4, "b", Answer.NOT_APPLICABLE), messages, formats, new RecordingRoutes());
        CompareViewModel.Row plan = vm.rows().stream().filter(r -> r.id().equals("plan")).findFirst().orElseThrow();
        assertThat(plan.earlier()).isEqualTo("50.0% Working");
        assertThat(plan.earlierParts())
                .isEqualTo("Self-rating 100.0%, knowledge 0.0%. Self-ratings well above.");
        assertThat(plan.laterParts())
                .isEqualTo("Self-rating 100.0%, knowledge 100.0%. Self-ratings match.");

        CompareViewModel.Row overall = vm.rows().get(0);
        assertThat(overall.earlierParts()).isEqualTo("Self-rating 100.0%, knowledge 0.0%.");

        // An area not scored (every statement "not relevant") has no parts to show.
        CompareViewModel.Row extra = vm.rows().stream().filter(r -> r.id().equals("extra")).findFirst().orElseThrow();
        assertThat(extra.earlierParts()).isEqualTo("Self-rating 50.0%. No knowledge questions.");
        assertThat(extra.laterParts()).isEmpty();
    }
}
