package uk.gov.gcs.digitalskills.io.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.ObjectiveFacts;
import uk.gov.gcs.digitalskills.core.insights.YearEndStatus;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;
import uk.gov.gcs.digitalskills.core.year.ReviewStatus;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.Database;

/** Store version 2: the three objective facts, nothing more, and stores of version 1 keep working. */
class InsightsStoreVersion2Test {
    @TempDir
    Path dir;

    private static AssessmentRecord withYear(AssessmentRecord r) {
        DigitalObjective objective = new DigitalObjective("plan-1", Map.of("audience", "Zebra-unique-field"),
                "Zebra-unique objective sentence", Optional.of(LocalDate.of(2027, 3, 31)));
        return new AssessmentRecord(r.assessmentId(), r.questionnaire(), r.respondent(), r.startedAt(),
                r.completedAt(), r.answers(), Map.of("planning", "Zebra-unique evidence"), Optional.of(objective),
                Optional.of(new ManagerResponse("Quentin Zebra-Manager", Optional.of(LocalDate.of(2026, 4, 20)),
                        Optional.of(true), "Zebra-unique manager comment")),
                List.of(new Review(ReviewStage.MID_YEAR, LocalDate.of(2026, 10, 1), Optional.empty(),
                                ReviewStatus.BEHIND, "Zebra-unique mid-year note"),
                        new Review(ReviewStage.YEAR_END, LocalDate.of(2027, 3, 20), Optional.empty(),
                                ReviewStatus.MET, "Zebra-unique year-end note")));
    }

    private static String everything(Connection connection) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("imported_result", "imported_answers", "questionnaire_layout")) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                while (rs.next()) {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        all.append(rs.getMetaData().getColumnName(c)).append('=').append(rs.getString(c)).append('|');
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void keepsOnlyTheThreeObjectiveFactsAndNoNamesOrFreeText() throws Exception {
        Questionnaire q = InsightsFixtures.questionnaire();
        AssessmentRecord record = withYear(InsightsFixtures.randomRecord(new Random(5)));
        try (InsightsStore store = InsightsStore.open(dir.resolve("insights"))) {
            store.insert(List.of(AnonymisedResult.of(record, q, Scorer.score(q, record.respondent().role(),
                    record.answers()))), List.of(Layout.of(q)));
            String stored = everything(store.connectionForTests());
            assertThat(stored).doesNotContain("Zebra").doesNotContain(record.respondent().name())
                    .doesNotContain("behind").doesNotContain("2026-04-20").doesNotContain("2027-03-20")
                    .contains("HAS_OBJECTIVE=TRUE").contains("OBJECTIVE_AGREED=TRUE").contains("YEAR_END_STATUS=met");
            assertThat(store.objectiveFacts(record.assessmentId())).contains(new ObjectiveFacts(true,
                    Optional.of(true), Optional.of(YearEndStatus.MET)));
            assertThat(store.figures()).singleElement().satisfies(f -> assertThat(f.objective())
                    .contains(new ObjectiveFacts(true, Optional.of(true), Optional.of(YearEndStatus.MET))));
        }
    }

    @Test
    void aFormatVersion2FileGivesTheFactsAndLeavesTheWordsBehind() throws Exception {
        AssessmentRecord record = withYear(InsightsFixtures.randomRecord(new Random(21)));
        Path file = InsightsFixtures.writeResult(Files.createDirectories(dir.resolve("files")), "y.dsa.json", record);
        assertThat(Files.readString(file)).contains("\"formatVersion\" : 2").contains("Zebra-unique year-end note");
        try (InsightsService service = new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library())) {
            assertThat(service.importFiles(List.of(file)).imported()).hasSize(1);
            assertThat(service.store().objectiveFacts(record.assessmentId())).contains(new ObjectiveFacts(true,
                    Optional.of(true), Optional.of(YearEndStatus.MET)));
            assertThat(everything(service.store().connectionForTests())).doesNotContain("Zebra")
                    .doesNotContain(record.respondent().name());
        }
    }

    @Test
    void aLaterCopyOfTheSameAssessmentUpdatesOnlyItsObjectiveFacts() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Random random = new Random(9);
        AssessmentRecord plain = InsightsFixtures.randomRecord(random);
        AssessmentRecord withObjective = new AssessmentRecord(plain.assessmentId(), plain.questionnaire(),
                plain.respondent(), plain.startedAt(), plain.completedAt(), plain.answers(), plain.evidence(),
                Optional.of(new DigitalObjective("t", Map.of(), "Objective", Optional.empty())));
        try (InsightsService service = new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library())) {
            service.importFiles(List.of(InsightsFixtures.writeResult(files, "start.dsa.json", plain)));
            assertThat(service.store().objectiveFacts(plain.assessmentId())).contains(ObjectiveFacts.NONE);

            ImportReport later = service.importFiles(List.of(InsightsFixtures.writeResult(files, "later.dsa.json",
                    withObjective)));
            assertThat(later.imported()).singleElement().extracting(ImportOutcome.Imported::notes)
                    .isEqualTo(List.of(ImportOutcome.OBJECTIVE_UPDATED));
            assertThat(later.objectivesUpdated()).hasSize(1);
            assertThat(service.storedCount()).isEqualTo(1);
            assertThat(service.store().objectiveFacts(plain.assessmentId()))
                    .contains(new ObjectiveFacts(true, Optional.empty(), Optional.empty()));

            // The same copy again is a plain duplicate.
            ImportReport again = service.importFiles(List.of(files.resolve("later.dsa.json")));
            assertThat(again.duplicates()).hasSize(1);
            assertThat(again.imported()).isEmpty();
        }
    }

    @Test
    void aVersionOneStoreIsUpgradedItsLayoutCompletedAndOldResultsAreNotCountedInObjectives() throws Exception {
        Questionnaire q = InsightsFixtures.questionnaire();
        Random random = new Random(11);
        Path file = dir.resolve("data").resolve(InsightsStore.FILE_NAME);
        Files.createDirectories(file.getParent());
        // A store as release 0.1 left it: schema version 1, a layout without weights or parts.
        Layout full = Layout.of(q);
        Layout old = new Layout(full.ref(), full.areas(), full.questions().stream()
                .map(i -> new Layout.QuestionInfo(i.id(), i.areaId(), i.text(), i.max())).toList(), full.levels(),
                full.roles(), full.grades(), full.organisations());
        try (Database v1 = Database.open(file, InsightsStore.MIGRATIONS.subList(0, 1))) {
            Connection c = v1.connection();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO questionnaire_layout VALUES (?, ?, ?)")) {
                p.setString(1, old.ref().id());
                p.setString(2, old.ref().version());
                p.setString(3, LayoutJson.write(old));
                p.executeUpdate();
            }
            for (int i = 0; i < 6; i++) {
                AssessmentRecord r = InsightsFixtures.randomRecord(random);
                AnonymisedResult a = AnonymisedResult.of(r, q, Scorer.score(q, r.respondent().role(), r.answers()));
                try (PreparedStatement p = c.prepareStatement("INSERT INTO imported_result (assessment_id,"
                        + " questionnaire_id, questionnaire_version, role, grade, organisation, completed_month,"
                        + " area_tenths, question_points) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
                    p.setObject(1, a.assessmentId());
                    p.setString(2, q.ref().id());
                    p.setString(3, q.ref().version());
                    p.setString(4, a.role());
                    p.setString(5, a.grade());
                    p.setString(6, a.organisation());
                    p.setBytes(7, bytes(a.figures().areaTenthsCopy()));
                    p.setBytes(8, bytes(a.figures().questionPointsCopy()));
                    p.executeUpdate();
                }
            }
        }
        assertThat(LayoutJson.read(LayoutJson.write(old)).complete()).isFalse();
        try (InsightsService service = InsightsService.open(new DataFolder(dir.resolve("data")))) {
            assertThat(service.store().layouts().get(q.ref()).complete()).isTrue();
            assertThat(service.store().layouts().get(q.ref())).isEqualTo(full);
            InsightsReport report = service.query(InsightsQuery.overall());
            assertThat(report.overall().count()).isEqualTo(new Count.Shown(6));
            assertThat(report.overall().objectives().orElseThrow().results()).isEqualTo(new Count.FewerThan(5));
            assertThat(report.version()).contains(q.ref().version());
        }
    }

    private static byte[] bytes(short[] values) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(values.length * 2);
        for (short v : values) {
            buffer.putShort(v);
        }
        return buffer.array();
    }
}
