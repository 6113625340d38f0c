package uk.gov.gcs.digitalskills.core.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;

/**
 * Where assessments are kept: the one port the session and the screens depend on. The app's store is the H2
 * file ({@code io.db.AssessmentStore}); tests use an in-memory one. Every write is committed before the
 * method returns. Calls are slow (disk): make them off the FX thread. A failure is an unchecked exception
 * that carries its reason (the H2 store throws {@code DatabaseException}).
 */
public interface AssessmentRepository {

    /** Saves a new draft, once "About you" is answered. */
    void create(UUID id, QuestionnaireRef questionnaire, Respondent respondent, OffsetDateTime startedAt);

    void saveProfile(UUID id, Respondent respondent);

    /** Records (or replaces) one answer. */
    void saveAnswer(UUID id, String questionId, Answer answer);

    /** Forgets an answer, as when every box of a "select all that apply" question is cleared. */
    void deleteAnswer(UUID id, String questionId);

    /** Keeps the evidence text for an area; blank text removes it. */
    void saveEvidence(UUID id, String areaId, String text);

    /** Sets (or, with null, clears) the digital objective. */
    void saveObjective(UUID id, DigitalObjective objective);

    void complete(UUID id, OffsetDateTime completedAt);

    /**
     * Keeps the line manager's response (read from the PDF they sent back), replacing any earlier one;
     * null forgets it.
     */
    void saveManagerResponse(UUID id, ManagerResponse response);

    /** Keeps a review, replacing the assessment's earlier review at the same stage if there is one. */
    void saveReview(UUID id, Review review);

    /** The assessment with this id; a failure if there is none. */
    AssessmentRecord load(UUID id);

    /** The unfinished assessment saved most recently, if any. */
    Optional<StoredAssessment> latestDraft();

    /** Completed assessments, newest first. */
    List<AssessmentRecord> history();
}
