package uk.gov.gcs.digitalskills.core.assessment;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

/**
 * One person's assessment as a result file carries it (DESIGN.md §3.4): who, which questionnaire, the
 * answers, evidence per area and the objective. Scores are not kept here: they are always recomputed.
 */
public record AssessmentRecord(UUID assessmentId, QuestionnaireRef questionnaire, Respondent respondent,
                               Optional<OffsetDateTime> startedAt, Optional<OffsetDateTime> completedAt,
                               Map<String, Answer> answers, Map<String, String> evidence,
                               Optional<DigitalObjective> objective) {
    public AssessmentRecord {
        // Insertion order is kept so that a file written again lists answers as they were given.
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
