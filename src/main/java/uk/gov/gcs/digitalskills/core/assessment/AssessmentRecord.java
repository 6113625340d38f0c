package uk.gov.gcs.digitalskills.core.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/**
 * One person's assessment as a result file carries it (DESIGN.md §3.4): who, which questionnaire, the
 * answers, evidence per area and the objective; and, through the performance year, the line manager's
 * response and the reviews (at most one per stage, kept in stage order). Scores are not kept here: they
 * are always recomputed.
 */
public record AssessmentRecord(UUID assessmentId, QuestionnaireRef questionnaire, Respondent respondent,
                               Optional<OffsetDateTime> startedAt, Optional<OffsetDateTime> completedAt,
                               Map<String, Answer> answers, Map<String, String> evidence,
                               Optional<DigitalObjective> objective, Optional<ManagerResponse> manager,
                               List<Review> reviews) {
    public AssessmentRecord {
        // Insertion order is kept so that a file written again lists answers as they were given.
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        manager = manager == null ? Optional.empty() : manager;
        reviews = inStageOrder(reviews == null ? List.of() : reviews);
    }

    /** An assessment before the performance year's part: no manager's response, no reviews. */
    public AssessmentRecord(UUID assessmentId, QuestionnaireRef questionnaire, Respondent respondent,
                            Optional<OffsetDateTime> startedAt, Optional<OffsetDateTime> completedAt,
                            Map<String, Answer> answers, Map<String, String> evidence,
                            Optional<DigitalObjective> objective) {
        this(assessmentId, questionnaire, respondent, startedAt, completedAt, answers, evidence, objective,
                Optional.empty(), List.of());
    }

    /** The review at this stage, if there is one. */
    public Optional<Review> review(ReviewStage stage) {
        return reviews.stream().filter(r -> r.stage() == stage).findFirst();
    }

    public AssessmentRecord withManager(Optional<ManagerResponse> response) {
        return new AssessmentRecord(assessmentId, questionnaire, respondent, startedAt, completedAt, answers,
                evidence, objective, response, reviews);
    }

    public AssessmentRecord withReviews(List<Review> replaced) {
        return new AssessmentRecord(assessmentId, questionnaire, respondent, startedAt, completedAt, answers,
                evidence, objective, manager, replaced);
    }

    /** This record with the review added, replacing any earlier review at the same stage. */
    public AssessmentRecord withReview(Review review) {
        List<Review> kept = new ArrayList<>(reviews.stream().filter(r -> r.stage() != review.stage()).toList());
        kept.add(review);
        return new AssessmentRecord(assessmentId, questionnaire, respondent, startedAt, completedAt, answers,
                evidence, objective, manager, kept);
    }

    private static List<Review> inStageOrder(List<Review> reviews) {
        Set<ReviewStage> seen = EnumSet.noneOf(ReviewStage.class);
        for (Review review : reviews) {
            if (!seen.add(review.stage())) {
                throw new IllegalArgumentException("more than one " + review.stage().code() + " review");
            }
        }
        return reviews.stream().sorted(Comparator.comparing(Review::stage)).toList();
    }
}
