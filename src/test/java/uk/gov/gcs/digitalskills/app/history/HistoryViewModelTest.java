package uk.gov.gcs.digitalskills.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.gcs.digitalskills.app.TestContent;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.ImmediateBackground;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.RecordingRoutes;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

class HistoryViewModelTest {
    private final Messages messages = Messages.english();
    private final Formats formats = new Formats(messages, ZoneOffset.UTC);
    private final RecordingRoutes routes = new RecordingRoutes();
    private final Questionnaire q = TestContent.bundled();

    private PastResult past(int strength, int day, Optional<Questionnaire> questionnaire) {
        AssessmentRecord record = new AssessmentRecord(UUID.randomUUID(), q.ref(),
                new Respondent(null, "other", "heo", "cabinet-office"), Optional.empty(),
                Optional.of(OffsetDateTime.of(2026, 1, day, 12, 0, 0, 0, ZoneOffset.UTC)),
                TestContent.answers(q, "other", Map.of("planning", strength, "objective-setting", strength,
                        "measurement-insight", strength)), Map.of(), Optional.empty());
        return new PastResult(record, questionnaire);
    }

    @Test
    void listsPastAssessmentsWithDateVersionAndOverall() {
        PastResult newer = past(4, 20, Optional.of(q));
        HistoryViewModel vm = new HistoryViewModel(new ImmediateBackground(), () -> List.of(newer), messages,
                formats, routes);
        vm.load();
        assertThat(vm.loadingProperty().get()).isFalse();
        HistoryViewModel.Entry entry = vm.entries().get(0);
        assertThat(entry.date()).isEqualTo("20 January 2026 at 12:00pm");
        assertThat(entry.version()).isEqualTo("questionnaire version 2026.1");
        String overall = newer.report().orElseThrow().overall().orElseThrow().percent().toPlainString();
        assertThat(entry.overall()).startsWith(overall + "% ");
        vm.open(entry);
        assertThat(routes.last()).isEqualTo("results:history");
    }

    @Test
    void comparesTheTwoTickedOldestFirst() {
        PastResult newer = past(4, 20, Optional.of(q));
        PastResult middle = past(2, 10, Optional.of(q));
        PastResult older = past(1, 2, Optional.of(q));
        HistoryViewModel vm = new HistoryViewModel(new ImmediateBackground(), () -> List.of(newer, middle, older),
                messages, formats, routes);
        vm.load();
        vm.compare();
        assertThat(vm.problemProperty().get()).isEqualTo("Tick two assessments to compare.");
        vm.toggleCompare(newer.record().assessmentId(), true);
        vm.toggleCompare(middle.record().assessmentId(), true);
        vm.toggleCompare(older.record().assessmentId(), true);
        assertThat(vm.chosen()).containsExactly(middle.record().assessmentId(), older.record().assessmentId());
        vm.compare();
        assertThat(routes.last()).isEqualTo("compare:" + older.record().assessmentId() + ":"
                + middle.record().assessmentId());
    }

    @Test
    void anAssessmentWhoseQuestionnaireIsGoneCannotBeOpened() {
        PastResult orphan = past(2, 5, Optional.empty());
        HistoryViewModel vm = new HistoryViewModel(new ImmediateBackground(), () -> List.of(orphan), messages,
                formats, routes);
        vm.load();
        assertThat(vm.entries().get(0).canOpen()).isFalse();
        assertThat(vm.entries().get(0).overall()).isEqualTo("questionnaire gcs-digital-skills 2026.1 is not installed");
        vm.open(vm.entries().get(0));
        assertThat(routes.visits).isEmpty();
    }

    @Test
    void aFailedLoadIsSaidInWords() {
        HistoryViewModel vm = new HistoryViewModel(new ImmediateBackground(), () -> {
            throw new IllegalStateException("disk gone");
        }, messages, formats, routes);
        vm.load();
        assertThat(vm.problemProperty().get()).startsWith("Your past assessments could not be read");
    }

    @Test
    void theComparisonGivesTheChangePerAreaInPoints() {
        PastResult before = past(1, 2, Optional.of(q));
        PastResult after = past(3, 20, Optional.of(q));
        CompareViewModel vm = new CompareViewModel(before, after, messages, formats, routes);
        List<CompareViewModel.Row> rows = vm.rows();
        assertThat(rows.get(0).id()).isEqualTo("overall");
        CompareViewModel.Row planning = rows.stream().filter(r -> r.id().equals("planning")).findFirst().orElseThrow();
        var b = before.report().orElseThrow().area("planning").orElseThrow().percent().orElseThrow();
        var a = after.report().orElseThrow().area("planning").orElseThrow().percent().orElseThrow();
        assertThat(planning.change()).isEqualTo("Up " + a.subtract(b).toPlainString() + " points");
        assertThat(vm.change(Optional.of(new java.math.BigDecimal("50.0")), Optional.of(new java.math.BigDecimal("42.5"))))
                .isEqualTo("Down 7.5 points");
        assertThat(vm.change(Optional.of(java.math.BigDecimal.TEN), Optional.of(java.math.BigDecimal.TEN)))
                .isEqualTo("No change");
        assertThat(vm.change(Optional.empty(), Optional.of(java.math.BigDecimal.TEN))).isEqualTo("—");
    }
}
