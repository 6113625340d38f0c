package uk.gov.gcs.digitalskills.app;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.db.AssessmentStore;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/** The bundled questionnaires, and complete answer sets made from it for seeding the store in tests. */
public final class TestContent {
    private TestContent() {
    }

    /**
     * Questionnaire 2026.1: the seeded answers and the expected figures and texts of the tests that use this were
     * written for it. A test of a fresh assessment, which uses the newest version, asks for {@link #newest()}.
     */
    public static Questionnaire bundled() {
        return BundledContent.questionnaire(BundledContent.FIRST_VERSION);
    }

    /** The newest bundled questionnaire: what a fresh assessment in the app uses. */
    public static Questionnaire newest() {
        return BundledContent.questionnaire();
    }

    /**
     * Answers every question for the role; {@code strength} 0–4 sets how well: scale value = strength, the
     * choice option whose score is nearest, multi: that many correct options.
     */
    public static Map<String, Answer> answers(Questionnaire q, String role, Map<String, Integer> strengthByArea) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Area area : q.areasFor(role)) {
            int strength = strengthByArea.getOrDefault(area.id(), 2);
            for (Question question : area.questions()) {
                answers.put(question.id(), answer(question, strength));
            }
        }
        return answers;
    }

    static Answer answer(Question question, int strength) {
        if (question instanceof ChoiceQuestion choice) {
            ChoiceOption best = choice.options().get(0);
            for (ChoiceOption option : choice.options()) {
                if (Math.abs(option.score() - strength) < Math.abs(best.score() - strength)) {
                    best = option;
                }
            }
            return new Answer.Choice(best.id());
        }
        if (question instanceof MultiQuestion multi) {
            List<String> ids = multi.options().stream().filter(MultiOption::correct).limit(Math.max(1, strength / 2))
                    .map(MultiOption::id).toList();
            return new Answer.Multi(ids);
        }
        return new Answer.ScaleValue(strength);
    }

    /** Puts a completed assessment in the store. */
    public static UUID seedCompleted(AssessmentStore store, Questionnaire q, Respondent who,
                                     Map<String, Answer> answers, OffsetDateTime completedAt) {
        UUID id = UUID.randomUUID();
        store.create(id, q.ref(), who, completedAt.minusMinutes(15));
        answers.forEach((questionId, answer) -> store.saveAnswer(id, questionId, answer));
        store.complete(id, completedAt);
        return id;
    }
}
