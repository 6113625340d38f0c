package uk.gov.gcs.digitalskills.io.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.ImportOutcome;
import uk.gov.gcs.digitalskills.core.insights.ImportReport;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.db.DatabaseException;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.testing.IndependentScoring;

class ResultImporterTest {
    @TempDir
    Path dir;

    private Path files;
    private InsightsService service;

    @BeforeEach
    void open() throws IOException {
        files = Files.createDirectories(dir.resolve("incoming"));
        service = new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void storesInItsOwnFileInTheDataFolder() {
        assertThat(dir.resolve("data").resolve("insights.mv.db")).exists();
    }

    @Test
    void importsFoldersRecursivelyAndRejectionsDoNotStopIt() {
        Random random = new Random(3);
        AssessmentRecord first = InsightsFixtures.randomRecord(random);
        AssessmentRecord second = InsightsFixtures.randomRecord(random);
        InsightsFixtures.writeResult(files.resolve("team-a"), "first.dsa.json", first);
        InsightsFixtures.write(files.resolve("team-a/nested/deeper/bad.json"), "not json");
        InsightsFixtures.writePdf(files.resolve("team-b/appraisal.PDF"), InsightsFixtures.resultBytes(second));
        InsightsFixtures.write(files.resolve("team-b/notes.txt"), "ignored: not a result file or PDF");

        ImportReport report = service.importFiles(List.of(files));

        assertThat(report.filesFound()).isEqualTo(3);
        assertThat(report.imported()).extracting(ImportOutcome.Imported::assessmentId)
                .containsExactlyInAnyOrder(first.assessmentId(), second.assessmentId());
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).endsWith("bad.json");
            assertThat(r.reason()).isEqualTo(RejectionReason.NOT_JSON);
        });
        assertThat(service.storedCount()).isEqualTo(2);
    }

    @Test
    void theSameResultAgainIsADuplicateAndReRunningIsSafe() {
        AssessmentRecord record = InsightsFixtures.randomRecord(new Random(4));
        Path json = InsightsFixtures.writeResult(files, "a.dsa.json", record);
        Path pdf = InsightsFixtures.writePdf(files.resolve("a.pdf"), InsightsFixtures.resultBytes(record));

        ImportReport first = service.importFiles(List.of(json, pdf));
        assertThat(first.imported()).hasSize(1);
        assertThat(first.duplicates()).singleElement().extracting(ImportOutcome.Duplicate::file)
                .isEqualTo(pdf.toString());

        ImportReport again = service.importFiles(List.of(files));
        assertThat(again.imported()).isEmpty();
        assertThat(again.duplicates()).hasSize(2);
        assertThat(service.storedCount()).isEqualTo(1);
    }

    @Test
    void differentContentUnderTheSameIdIsAConflictAndTheFirstIsKept() throws Exception {
        AssessmentRecord record = InsightsFixtures.randomRecord(new Random(5));
        Path original = InsightsFixtures.writeResult(files, "a.dsa.json", record);
        ObjectNode changed = (ObjectNode) JsonSupport.mapper().readTree(Files.readAllBytes(original));
        ((ObjectNode) changed.get("respondent")).put("grade", "scs1");
        Path edited = InsightsFixtures.write(files.resolve("b.dsa.json"), JsonSupport.write(changed));

        ImportReport report = service.importFiles(List.of(original, edited));

        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo(edited.toString());
            assertThat(c.assessmentId()).isEqualTo(record.assessmentId());
        });
        assertThat(service.storedCount()).isEqualTo(1);
        assertThat(storedGrades()).containsExactly(record.respondent().grade());
        assertThat(service.importFiles(List.of(edited)).conflicts()).hasSize(1);
    }

    @Test
    void aResultWithWrongScoresIsImportedWithRecomputedScores() throws IOException {
        AssessmentRecord record = InsightsFixtures.randomRecord(new Random(6));
        ObjectNode tree = (ObjectNode) JsonSupport.mapper().readTree(InsightsFixtures.resultBytes(record));
        ((ObjectNode) tree.get("scores")).putObject("overall").put("percent", 100).put("level", "expert");
        Path file = InsightsFixtures.write(files.resolve("flattering.dsa.json"), JsonSupport.write(tree));

        ImportReport report = service.importFiles(List.of(file));

        assertThat(report.imported()).singleElement().extracting(ImportOutcome.Imported::notes)
                .isEqualTo(List.of(ImportOutcome.SCORES_RECOMPUTED));
        assertThat(report.recomputed()).hasSize(1);
    }

    @Test
    void storesNoNamesEvidenceOrExactTimes() throws Exception {
        AssessmentRecord record = InsightsFixtures.randomRecord(new Random(7));
        service.importFiles(List.of(InsightsFixtures.writeResult(files, "a.dsa.json", record)));
        StringBuilder everything = new StringBuilder();
        for (String table : List.of("imported_result", "imported_answers", "questionnaire_layout")) {
            try (Statement s = storeConnection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                while (rs.next()) {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        everything.append(rs.getString(c)).append('|');
                    }
                }
            }
        }
        assertThat(everything.toString()).doesNotContain(record.respondent().name())
                .doesNotContain("I planned a campaign")
                .doesNotContain(record.completedAt().orElseThrow().toLocalDate().toString())
                .contains(record.respondent().organisation())
                .contains("\"" + record.answers().keySet().iterator().next() + "\"");
    }

    @Test
    void eachBatchIsOneTransactionAndCancelKeepsWhatWasRead() {
        Random random = new Random(8);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paths.add(InsightsFixtures.writeResult(files, "r" + i + ".dsa.json", InsightsFixtures.randomRecord(random)));
        }
        AtomicInteger progress = new AtomicInteger();
        ImportReport report = new ResultImporter(new ResultFileReader(InsightsFixtures.library()), service.store(), 5, 2)
                .run(paths, (done, total) -> progress.set(done), () -> progress.get() >= 7);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).hasSize(7);
        assertThat(service.storedCount()).isEqualTo(7);
        assertThat(service.importFiles(paths).imported()).hasSize(5);
        assertThat(service.storedCount()).isEqualTo(12);
    }

    @Test
    void batchesOfAnySizeImportEveryFileOnceInOrder() {
        Random random = new Random(15);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            paths.add(InsightsFixtures.writeResult(files, "r" + i + ".dsa.json", InsightsFixtures.randomRecord(random)));
        }
        for (int batchSize : new int[] {1, 3, 7, Integer.MAX_VALUE}) {
            try (InsightsService fresh = new InsightsService(InsightsStore.open(files.resolve("store-" + batchSize)),
                    InsightsFixtures.library())) {
                ImportReport report = new ResultImporter(new ResultFileReader(InsightsFixtures.library()),
                        fresh.store(), batchSize, 2).run(paths, ResultImporter.Listener.NONE, () -> false);
                assertThat(report.imported()).extracting(ImportOutcome.Imported::file).as("batch size " + batchSize)
                        .containsExactlyElementsOf(paths.stream().map(Path::toString).toList());
                assertThat(fresh.storedCount()).isEqualTo(7);
            }
        }
    }

    @Test
    void importIntoADataFolderOpensItsStoreWhileReadingAndClosesItAfter() {
        Random random = new Random(16);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paths.add(InsightsFixtures.writeResult(files, "r" + i + ".dsa.json", InsightsFixtures.randomRecord(random)));
        }
        DataFolder other = new DataFolder(dir.resolve("other"));
        assertThat(InsightsService.importInto(other, List.of(files)).imported()).hasSize(3);
        assertThat(InsightsService.importInto(other, List.of(files)).duplicates()).hasSize(3);
        try (InsightsService reopened = InsightsService.open(other)) {
            assertThat(reopened.storedCount()).isEqualTo(3);
        }
    }

    @Test
    void anImportOfNothingStillMakesTheStore() throws IOException {
        DataFolder other = new DataFolder(dir.resolve("empty-import"));
        ImportReport report = InsightsService.importInto(other, List.of(Files.createDirectories(dir.resolve("none"))));
        assertThat(report.outcomes()).isEmpty();
        assertThat(other.path().resolve("insights.mv.db")).exists();
    }

    @Test
    void aStoreThatCannotBeOpenedEndsTheImportWithItsFailure() {
        Random random = new Random(17);
        List<Path> paths = List.of(InsightsFixtures.writeResult(files, "r.dsa.json",
                InsightsFixtures.randomRecord(random)));
        DatabaseException failure = new DatabaseException(DatabaseException.Kind.OPEN, new SQLException("locked"),
                dir);
        ResultImporter importer = new ResultImporter(new ResultFileReader(InsightsFixtures.library()), () -> {
            throw failure;
        });
        assertThatThrownBy(() -> importer.run(paths, ResultImporter.Listener.NONE, () -> false)).isSameAs(failure);
    }

    @Test
    void theStoreFindsTheFingerprintsOfABatchInOneQuery() {
        Random random = new Random(18);
        AssessmentRecord first = InsightsFixtures.randomRecord(random);
        AssessmentRecord second = InsightsFixtures.randomRecord(random);
        service.importFiles(List.of(InsightsFixtures.writeResult(files, "a.dsa.json", first),
                InsightsFixtures.writeResult(files, "b.dsa.json", second)));
        java.util.UUID unknown = java.util.UUID.randomUUID();
        Map<java.util.UUID, String> found = service.store().fingerprints(
                List.of(first.assessmentId(), unknown, second.assessmentId()));
        assertThat(found).containsOnlyKeys(first.assessmentId(), second.assessmentId());
        assertThat(found.get(first.assessmentId())).hasSize(64).isNotEqualTo(found.get(second.assessmentId()));
        assertThat(service.store().fingerprints(List.of())).isEmpty();
        assertThat(service.store().fingerprints(List.of(unknown))).isEmpty();
    }

    @Test
    void aPathThatDoesNotExistIsRejected() {
        ImportReport report = service.importFiles(List.of(files.resolve("missing-folder")));
        assertThat(report.rejected()).singleElement().extracting(ImportOutcome.Rejected::reason)
                .isEqualTo(RejectionReason.UNREADABLE);
    }

    @Test
    void thousandsOfResultsGiveTheSameMeansAsAnIndependentComputation() throws IOException {
        Random random = new Random(2026);
        int n = 3000;
        for (int i = 0; i < n; i++) {
            InsightsFixtures.writeResult(files.resolve("batch-" + i % 7), "r" + i + ".dsa.json",
                    InsightsFixtures.randomRecord(random));
        }
        ImportReport report = service.importFiles(List.of(files));
        assertThat(report.imported()).hasSize(n);

        InsightsReport insights = service.query(InsightsQuery.overall());
        assertThat(insights.overall().count()).isEqualTo(new Count.Shown(n));
        Map<String, BigDecimal> expected = independentMeans(files);
        for (AreaSummary area : insights.overall().areas()) {
            assertThat(area.mean()).as(area.areaId()).contains(expected.get(area.areaId()));
        }
    }

    /**
     * Scores every file again from the questionnaire JSON alone — not with the app's Scorer — and returns
     * each area's mean percent: per file 100 × Σ(points × weight) / Σ(max × weight) over applicable answered
     * items, rounded half-up to one decimal; then the mean of those, rounded the same way.
     */
    private static Map<String, BigDecimal> independentMeans(Path folder) throws IOException {
        JsonNode questionnaire;
        try (var in = ResultImporterTest.class.getResourceAsStream("/questionnaires/gcs-digital-skills.json")) {
            questionnaire = JsonSupport.mapper().readTree(in);
        }
        int scaleMax = IndependentScoring.scaleMax(questionnaire);
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(p -> p.toString().endsWith(".dsa.json")).toList();
        }
        for (Path file : all) {
            JsonNode result = JsonSupport.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            String role = result.path("respondent").path("role").asText();
            JsonNode answers = result.path("answers");
            for (JsonNode area : questionnaire.path("areas")) {
                if (!IndependentScoring.appliesTo(area, role)) {
                    continue;
                }
                BigDecimal points = BigDecimal.ZERO;
                BigDecimal max = BigDecimal.ZERO;
                for (JsonNode question : area.path("questions")) {
                    JsonNode answer = answers.get(question.path("id").asText());
                    IndependentScoring.Item item = answer == null ? null
                            : IndependentScoring.item(question, answer, scaleMax);
                    if (item == null) {
                        continue;
                    }
                    BigDecimal weight = question.has("weight") ? question.get("weight").decimalValue() : BigDecimal.ONE;
                    points = points.add(weight.multiply(BigDecimal.valueOf(item.points())));
                    max = max.add(weight.multiply(BigDecimal.valueOf(item.max())));
                }
                if (max.signum() > 0) {
                    String id = area.path("id").asText();
                    BigDecimal percent = points.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
                    sums.merge(id, percent, BigDecimal::add);
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        Map<String, BigDecimal> means = new HashMap<>();
        sums.forEach((id, sum) -> means.put(id, sum.divide(BigDecimal.valueOf(counts.get(id)), 1, RoundingMode.HALF_UP)));
        return means;
    }

    private List<String> storedGrades() throws Exception {
        List<String> grades = new ArrayList<>();
        try (Statement s = storeConnection().createStatement();
             ResultSet rs = s.executeQuery("SELECT grade FROM imported_result")) {
            while (rs.next()) {
                grades.add(rs.getString(1));
            }
        }
        return grades;
    }

    private java.sql.Connection storeConnection() {
        return service.store().connectionForTests();
    }
}
