package uk.gov.gcs.digitalskills.app.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

/** Completed assessments with objectives, for the performance-year tests (kept through the repository port). */
public final class YearSeed {
    public static final String OBJECTIVE = "Increase newsletter sign-ups from 10,000 to 15,000 by 31 March 2027.";

    private YearSeed() {
    }

    /** A completed assessment on {@code completed} with the newsletter objective (baseline 10,000, target 15,000). */
    public static UUID completedWithObjective(AssessmentRepository store, LocalDate completed, LocalDate deadline) {
        UUID id = completed(store, completed);
        store.saveObjective(id, new DigitalObjective("grow-subscribers",
                Map.of("baseline", "10,000", "target", "15,000", "metric", "newsletter sign-ups"), OBJECTIVE,
                Optional.of(deadline)));
        return id;
    }

    public static UUID completed(AssessmentRepository store, LocalDate completed) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = completed.atTime(10, 30).atOffset(ZoneOffset.UTC);
        store.create(id, new QuestionnaireRef("gcs-digital-skills", "2026.1"),
                new Respondent("Sam Jones", "press-office", "seo", "cabinet-office"), at.minusMinutes(20));
        store.complete(id, at);
        return id;
    }
}
