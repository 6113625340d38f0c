package uk.gov.gcs.digitalskills.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire;
import static uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;

/** Calibration per area, objectives per group (both suppressed like level counts) and one version per view. */
class CalibrationObjectivesVersionTest {
    // Area a: two self-ratings (max 4 each, the second weight 2) and a choice (max 4): the parts give the gap.
    private static final Questionnaire Q = questionnaire(
            core("a", scaleQ("a.1"), scaleQ("a.2", "2"), choiceQ("a.3", 0, 1, 2, 3, 4)),
            core("b", scaleQ("b.1")));
    private static final Layout LAYOUT = Layout.of(Q);

    private static AssessmentRecord record(int a1, int a2, String a3, int b1) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("a.1", new Answer.ScaleValue(a1));
        answers.put("a.2", new Answer.ScaleValue(a2));
        answers.put("a.3", new Answer.Choice(a3));
        answers.put("b.1", new Answer.ScaleValue(b1));
        return new AssessmentRecord(UUID.randomUUID(), Q.ref(), new Respondent("Ann Example", "press-office", null,
                null), Optional.empty(), Optional.empty(), answers, Map.of(), Optional.empty());
    }

    private static ResultFigures figures(AssessmentRecord record) {
        return AnonymisedResult.of(record, Q, Scorer.score(Q, record.respondent().role(), record.answers())).figures();
    }

    private static InsightsReport aggregate(List<ResultFigures> rows) {
        return InsightsCollector.aggregate(List.of(LAYOUT), rows.stream(), InsightsQuery.overall());
    }

    private static List<ResultFigures> times(int n, AssessmentRecord record) {
        List<ResultFigures> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(figures(record));
        }
        return rows;
    }

    @Test
    void calibrationPerResultIsTheScorersAtEveryBoundary() {
        // Self-rating (a1 + 2·a2) of 12; knowledge = a3's score of 4.
        // 9/12 = 75.0 vs 2/4 = 50.0: gap exactly 25.0 is over; 3/12 = 25.0 vs 2/4: −25.0 is under;
        // 8/12 = 66.7 vs 2/4: 16.7 aligned; 11/12 = 91.7 vs 3/4 = 75.0: 16.7 aligned; 10/12 = 83.3 vs 1/4: over.
        List<AssessmentRecord> records = List.of(record(1, 4, "c", 0), record(3, 0, "c", 0), record(0, 4, "c", 0),
                record(3, 4, "d", 0), record(2, 4, "b", 0), record(4, 4, "a", 4), record(0, 0, "e", 4));
        for (AssessmentRecord r : records) {
            Optional<Calibration> scorer = Scorer.score(Q, "press-office", r.answers()).areas().stream()
                    .filter(a -> a.areaId().equals("a")).findFirst().flatMap(AreaScore::calibration);
            InsightsReport one = InsightsCollector.aggregate(List.of(LAYOUT), times(5, r).stream(),
                    InsightsQuery.overall());
            AreaSummary a = one.overall().areas().get(0);
            assertThat(a.calibration()).filteredOn(c -> c.count().equals(new Count.Shown(5)))
                    .extracting(CalibrationCount::calibration).containsExactly(scorer.orElseThrow());
        }
    }

    @Test
    void anAreaWithoutBothPartsHasNoCalibration() {
        InsightsReport report = aggregate(times(6, record(1, 4, "c", 2)));
        assertThat(report.overall().areas().get(1).calibration()).isEmpty();
    }

    @Test
    void calibrationCountsAreSuppressedLikeLevelCounts() {
        List<ResultFigures> rows = new ArrayList<>();
        rows.addAll(times(7, record(1, 4, "c", 0)));   // over
        rows.addAll(times(6, record(0, 4, "c", 0)));   // aligned
        rows.addAll(times(2, record(3, 0, "c", 0)));   // under: 2, below 5
        AreaSummary a = aggregate(rows).overall().areas().get(0);
        // One small cell: the smallest shown (aligned, 6) is withheld so 15 − 7 − 6 cannot reveal the 2.
        assertThat(a.calibration()).containsExactly(
                new CalibrationCount(Calibration.OVER, new Count.Shown(7)),
                new CalibrationCount(Calibration.ALIGNED, new Count.Withheld(5)),
                new CalibrationCount(Calibration.UNDER, new Count.FewerThan(5)));
    }

    @Test
    void aSmallGroupWithoutCalibrationIsItselfACellThatCanBeWorkedOut() {
        // 10 calibrated (all over) and 3 who left the knowledge item unanswered, so have no calibration.
        List<ResultFigures> rows = new ArrayList<>(times(10, record(1, 4, "c", 0)));
        AssessmentRecord noKnowledge = record(1, 4, "c", 0);
        Map<String, Answer> answers = new LinkedHashMap<>(noKnowledge.answers());
        answers.remove("a.3");
        AssessmentRecord partial = new AssessmentRecord(UUID.randomUUID(), Q.ref(), noKnowledge.respondent(),
                Optional.empty(), Optional.empty(), answers, Map.of(), Optional.empty());
        rows.addAll(times(3, partial));
        AreaSummary a = aggregate(rows).overall().areas().get(0);
        assertThat(a.count()).isEqualTo(new Count.Shown(13));
        // over 10 shown would give 13 − 10 = 3 without calibration; aligned and under are 0 ("fewer than 5").
        // Three small cells (0, 0 and the 3 left over): no single one can be worked out.
        assertThat(a.calibration()).extracting(CalibrationCount::count).containsExactly(new Count.Shown(10),
                new Count.FewerThan(5), new Count.FewerThan(5));
    }

    private static AssessmentRecord withObjective(Optional<Boolean> agreed, Optional<ReviewStatus> yearEnd) {
        AssessmentRecord r = record(2, 2, "c", 2);
        DigitalObjective objective = new DigitalObjective("t", Map.of("x", "secret field text"),
                "Private objective text", Optional.empty());
        List<Review> reviews = yearEnd.map(s -> List.of(new Review(ReviewStage.YEAR_END, LocalDate.of(2027, 3, 20),
                Optional.empty(), s, "private note"))).orElse(List.of());
        return new AssessmentRecord(r.assessmentId(), r.questionnaire(), r.respondent(), r.startedAt(),
                r.completedAt(), r.answers(), Map.of(), Optional.of(objective),
                agreed.map(v -> new ManagerResponse("Manager Name", Optional.empty(), Optional.of(v), "comments")),
                reviews);
    }

    @Test
    void objectiveFactsAreTheThreeFactsAndNothingElse() {
        AssessmentRecord r = withObjective(Optional.of(true), Optional.of(ReviewStatus.PARTLY_MET));
        AnonymisedResult result = AnonymisedResult.of(r, Q, Scorer.score(Q, "press-office", r.answers()));
        assertThat(result.objective()).isEqualTo(new ObjectiveFacts(true, Optional.of(true),
                Optional.of(YearEndStatus.PARTLY_MET)));
        assertThat(result.toString()).doesNotContain("Ann Example", "Manager Name", "comments", "private note",
                "Private objective text", "secret field text");
        assertThat(ObjectiveFacts.unpack(result.objective().pack())).isEqualTo(result.objective());
        // The facts change during the year; the assessment stays the same one.
        AssessmentRecord bare = withObjective(Optional.empty(), Optional.empty());
        AssessmentRecord sameAnswers = new AssessmentRecord(r.assessmentId(), bare.questionnaire(), bare.respondent(),
                bare.startedAt(), bare.completedAt(), r.answers(), Map.of(), bare.objective());
        assertThat(AnonymisedResult.of(sameAnswers, Q, Scorer.score(Q, "press-office", r.answers())).fingerprint())
                .isEqualTo(result.fingerprint());
    }

    @Test
    void objectivesAreCountedPerGroupAndSuppressed() {
        List<ResultFigures> rows = new ArrayList<>();
        rows.addAll(times(8, withObjective(Optional.of(true), Optional.of(ReviewStatus.MET))));
        rows.addAll(times(6, withObjective(Optional.of(true), Optional.of(ReviewStatus.NOT_MET))));
        rows.addAll(times(5, withObjective(Optional.of(false), Optional.empty())));
        rows.addAll(times(1, withObjective(Optional.empty(), Optional.of(ReviewStatus.PARTLY_MET))));
        rows.addAll(times(6, record(2, 2, "c", 2)));  // no objective
        ObjectivesSummary o = aggregate(rows).overall().objectives().orElseThrow();
        assertThat(o.results()).isEqualTo(new Count.Shown(26));
        assertThat(o.withObjective()).isEqualTo(new Count.Shown(20));
        assertThat(o.agreed()).isEqualTo(new Count.Shown(14));
        // met 8, partly 1 (small), not met 6, and 5 with an objective but no year-end review: the lone small
        // cell takes the smallest shown status (not met, 6) with it.
        assertThat(o.yearEnd()).containsExactly(new YearEndCount(YearEndStatus.MET, new Count.Shown(8)),
                new YearEndCount(YearEndStatus.PARTLY_MET, new Count.FewerThan(5)),
                new YearEndCount(YearEndStatus.NOT_MET, new Count.Withheld(5)));
    }

    @Test
    void aCountWhoseRemainderIsSmallIsWithheld() {
        // 12 results, 10 with an objective: 12 − 10 = 2 without would be revealed, so "with" is withheld.
        List<ResultFigures> rows = new ArrayList<>(times(10, withObjective(Optional.empty(), Optional.empty())));
        rows.addAll(times(2, record(2, 2, "c", 2)));
        ObjectivesSummary o = aggregate(rows).overall().objectives().orElseThrow();
        assertThat(o.results()).isEqualTo(new Count.Shown(12));
        assertThat(o.withObjective()).isEqualTo(new Count.Withheld(5));
        assertThat(o.agreed()).isEqualTo(new Count.FewerThan(5));
    }

    @Test
    void resultsStoredBeforeObjectiveFactsAreNotCounted() {
        List<ResultFigures> rows = new ArrayList<>();
        for (ResultFigures f : times(9, record(2, 2, "c", 2))) {
            rows.add(new ResultFigures(f.questionnaire(), f.role(), f.grade(), f.organisation(), f.month(),
                    f.areaTenthsCopy(), f.questionPointsCopy()));
        }
        InsightsReport report = aggregate(rows);
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(9));
        assertThat(report.overall().objectives().orElseThrow().results()).isEqualTo(new Count.FewerThan(5));
    }

    // The version rule: two versions of one questionnaire, both imported.
    private static final QuestionnaireRef OLD = new QuestionnaireRef("test", "2026.1");
    private static final QuestionnaireRef NEW = new QuestionnaireRef("test", "2027.1");

    private static Layout layout(QuestionnaireRef ref) {
        return new Layout(ref, LAYOUT.areas(), LAYOUT.questions(), LAYOUT.levels(), LAYOUT.roles(), LAYOUT.grades(),
                LAYOUT.organisations());
    }

    private static List<ResultFigures> ofVersion(QuestionnaireRef ref, int n, int aTenths) {
        List<ResultFigures> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new ResultFigures(ref, "press-office", null, null, Optional.empty(),
                    new short[] {(short) aTenths, 500}, new short[] {2, 2, 2, 2}));
        }
        return rows;
    }

    private static List<ResultFigures> bothVersions() {
        List<ResultFigures> rows = new ArrayList<>(ofVersion(OLD, 7, 200));
        rows.addAll(ofVersion(NEW, 5, 900));
        return rows;
    }

    @Test
    void theDefaultViewIsTheNewestVersionAndNeverMixesVersions() {
        // "2027.1" is newer than "2026.1"; also as "10.0" is newer than "9.5" (numeric, not text, order).
        InsightsReport report = InsightsCollector.aggregate(List.of(layout(OLD), layout(NEW)),
                bothVersions().stream(), InsightsQuery.overall());
        assertThat(report.version()).contains("2027.1");
        assertThat(report.versions()).containsExactly("2027.1", "2026.1");
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(5));
        assertThat(report.overall().areas().get(0).mean()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("90.0"));
        assertThat(InsightsCollector.versions(List.of(layout(new QuestionnaireRef("test", "9.5")),
                layout(new QuestionnaireRef("test", "10.0"))))).containsExactly("10.0", "9.5");
    }

    @Test
    void theQueryPicksAnOlderVersion() {
        InsightsReport report = InsightsCollector.aggregate(List.of(layout(OLD), layout(NEW)),
                bothVersions().stream(), InsightsQuery.overall().withVersion(Optional.of("2026.1")));
        assertThat(report.version()).contains("2026.1");
        assertThat(report.overall().count()).isEqualTo(new Count.Shown(7));
        assertThat(report.overall().areas().get(0).mean()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("20.0"));
    }

    @Test
    void anUnknownVersionIsAClearError() {
        assertThatThrownBy(() -> InsightsCollector.aggregate(List.of(layout(OLD), layout(NEW)),
                bothVersions().stream(), InsightsQuery.overall().withVersion(Optional.of("2025.1"))))
                .isInstanceOf(UnknownVersionException.class)
                .hasMessageContaining("2025.1").hasMessageContaining("2027.1, 2026.1")
                .satisfies(e -> assertThat(((UnknownVersionException) e).available())
                        .containsExactly("2027.1", "2026.1"));
    }

    @Test
    void nothingImportedHasNoVersion() {
        InsightsReport report = InsightsCollector.aggregate(List.of(), java.util.stream.Stream.empty(),
                InsightsQuery.overall());
        assertThat(report.version()).isEmpty();
        assertThat(report.versions()).isEmpty();
        assertThat(report.analysis().areas()).isEmpty();
    }
}
