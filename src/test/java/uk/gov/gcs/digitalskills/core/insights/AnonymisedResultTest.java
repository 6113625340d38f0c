package uk.gov.gcs.digitalskills.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.forRole;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.multiQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;

class AnonymisedResultTest {
    private static final Questionnaire Q = questionnaire(
            core("a", scaleQ("a.1", "2"), choiceQ("a.2", 0, 3), multiQ("a.3", true, true, false)),
            forRole("press", "press-office", scaleQ("press.1")));
    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private static AssessmentRecord record(String name, Map<String, Answer> answers) {
        return new AssessmentRecord(ID, Q.ref(), new Respondent(name, "other", "heo", "Café £’s"),
                Optional.empty(), Optional.of(OffsetDateTime.parse("2026-05-31T23:30:00+01:00")), answers, Map.of(),
                Optional.empty());
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("a.1", new Answer.ScaleValue(3));
        answers.put("a.2", new Answer.Choice("b"));
        answers.put("a.3", new Answer.Multi(List.of("a", "c")));
        answers.put("press.1", new Answer.ScaleValue(4));
        return answers;
    }

    private static AnonymisedResult anonymise(AssessmentRecord record) {
        return AnonymisedResult.of(record, Q, Scorer.score(Q, record.respondent().role(), record.answers()));
    }

    @Test
    void keepsNoNameAndOnlyTheMonthOfCompletion() {
        AnonymisedResult result = anonymise(record("Ada Lovelace", answers()));
        assertThat(result.toString()).doesNotContain("Ada");
        assertThat(result.completedMonth()).contains(YearMonth.of(2026, 5));
        assertThat(result.organisation()).isEqualTo("Café £’s");
    }

    @Test
    void figuresMatchTheScorer() {
        AnonymisedResult result = anonymise(record(null, answers()));
        // a: 3*2 + 3 + (1-1) = 9 of 8 + 3 + 2 = 13 -> 69.2%
        assertThat(result.areaPercents()).containsExactly(Map.entry("a", new BigDecimal("69.2")));
        assertThat(result.figures().areaTenths(0)).isEqualTo(692);
        assertThat(result.figures().areaTenths(1)).isEqualTo(ResultFigures.NONE);
        assertThat(result.figures().questionPoints(0)).isEqualTo(3);
        assertThat(result.figures().questionPoints(1)).isEqualTo(3);
        assertThat(result.figures().questionPoints(2)).isEqualTo(0);
        // press.1 was answered but the area does not apply to the role, so it does not count.
        assertThat(result.figures().questionPoints(3)).isEqualTo(ResultFigures.NONE);
    }

    @Test
    void fingerprintIgnoresTheNameButNotTheAnswers() {
        String first = anonymise(record("Ada", answers())).fingerprint();
        assertThat(anonymise(record("Grace", answers())).fingerprint()).isEqualTo(first);
        Map<String, Answer> changed = answers();
        changed.put("a.1", new Answer.ScaleValue(2));
        assertThat(anonymise(record("Ada", changed)).fingerprint()).isNotEqualTo(first);
    }

    /**
     * Stored fingerprints are compared with those of later imports, so the text hashed never changes: pinned
     * to what release 0.1.0's code gave (answers sorted by id, options sorted, a name that is left out).
     */
    @Test
    void fingerprintIsTheSameAsEverForTheSameAnswers() {
        Map<String, Answer> answers = answers();
        answers.put("a.3", new Answer.Multi(List.of("c", "a", "b")));
        answers.put("press.1", Answer.NOT_APPLICABLE);
        answers.put("a.0", new Answer.Multi(List.of()));
        assertThat(anonymise(record("Ada", answers)).fingerprint()).isEqualTo("6d7b3f37c1a65b6856734e9bcc31347bde319c372e04e32d6a2a06682abedb93");
    }

    @Test
    void importRulesTellDuplicatesFromConflicts() {
        assertThat(ImportRules.decide(Optional.empty(), "x")).isEqualTo(ImportRules.Decision.STORE);
        assertThat(ImportRules.decide(Optional.of("x"), "x")).isEqualTo(ImportRules.Decision.DUPLICATE);
        assertThat(ImportRules.decide(Optional.of("x"), "y")).isEqualTo(ImportRules.Decision.CONFLICT);
    }
}
