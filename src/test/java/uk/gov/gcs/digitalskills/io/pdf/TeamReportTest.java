package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.Grouping;
import uk.gov.gcs.digitalskills.core.insights.InsightsQuery;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.io.DataFolder;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.insights.InsightsService;
import uk.gov.gcs.digitalskills.io.insights.InsightsStore;

/** The team report (DESIGN.md §3.6) read back: PDF/UA-1, every section's text, suppression, and no names. */
class TeamReportTest {
    @TempDir
    static Path dir;

    static final List<String> NAMES = new ArrayList<>();
    static InsightsReport report;
    static InsightsReport grouped;
    static InsightsReport strict;
    static InsightsReport tooFew;
    static int stored;
    static byte[] pdf;

    @BeforeAll
    static void importResults() throws Exception {
        Path incoming = dir.resolve("incoming");
        Random random = new Random(14);
        for (int i = 0; i < 40; i++) {
            AssessmentRecord record = InsightsFixtures.record(random, "press-office", "heo", "cabinet-office",
                    0.2 + 0.6 * random.nextDouble());
            NAMES.add(record.respondent().name());
            InsightsFixtures.writeResult(incoming, "r" + i + ".dsa.json", record);
        }
        // Three in another role: a group below the minimum of 5.
        for (int i = 0; i < 3; i++) {
            AssessmentRecord record = InsightsFixtures.record(random, "digital-content", "heo", "home-office", 0.9);
            NAMES.add(record.respondent().name());
            InsightsFixtures.writeResult(incoming, "s" + i + ".dsa.json", record);
        }
        try (InsightsService service = new InsightsService(InsightsStore.open(new DataFolder(dir.resolve("data"))),
                InsightsFixtures.library())) {
            service.importFiles(List.of(incoming));
            stored = service.storedCount();
            report = service.query(InsightsQuery.overall());
            grouped = service.query(InsightsQuery.overall().by(Grouping.ROLE));
            strict = service.query(InsightsQuery.overall().withMinGroupSize(12));
            tooFew = service.query(InsightsQuery.overall().withMinGroupSize(50));
        }
        pdf = new TeamReport("1.2.3").toBytes(report, stored, Optional.of(InsightsFixtures.questionnaire()),
                LocalDate.of(2027, 3, 31));
    }

    @Test
    void isPdfUa1() throws Exception {
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void hasItsTitleLanguageAndEmbeddedFonts() throws Exception {
        try (PdfDocument document = PdfChecks.open(pdf)) {
            assertThat(document.getDocumentInfo().getTitle()).isEqualTo("Team digital skills report");
            assertThat(document.getCatalog().getLang().toUnicodeString()).isEqualTo("en-GB");
            List<PdfDictionary> descriptors = PdfChecks.fontDescriptors(document);
            assertThat(descriptors).isNotEmpty().allSatisfy(d -> assertThat(d.get(PdfName.FontFile2)).isNotNull());
        }
    }

    @Test
    void saysWhatIsIncluded() throws Exception {
        String text = PdfChecks.text(pdf);
        Questionnaire q = InsightsFixtures.questionnaire();
        assertThat(text).contains("What is included", q.title() + ", version " + q.version(), "All months",
                "No grouping", "Results included", "43", "Minimum group size", "5 results",
                "Made on 31 March 2027 from 43 stored results.",
                "any group or cell with fewer than 5 results shows \u201cfewer than 5\u201d");
    }

    @Test
    void showsEveryAreaWithItsLevelSharesInATableWithHeaderCells() throws Exception {
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("Levels per area");
        for (AreaSummary area : report.overall().areas()) {
            assertThat(text).contains(area.title());
            for (int i = 0; i < area.levelCounts().size(); i++) {
                Count c = area.levelCounts().get(i);
                if (c instanceof Count.Shown shown && area.count() instanceof Count.Shown total) {
                    long percent = Math.round(100.0 * shown.value() / total.value());
                    assertThat(text).contains(percent + "% (" + shown.value() + ")");
                }
            }
        }
        List<String> headers = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        try (PdfDocument document = PdfChecks.open(pdf)) {
            PdfChecks.walk(document.getStructTreeRoot(), e -> {
                if ("TH".equals(e.getRole().getValue())) {
                    headers.add(scope(e));
                }
                if ("Figure".equals(e.getRole().getValue())) {
                    figures.add(e.getAlt() == null ? "" : e.getAlt().toUnicodeString());
                }
            });
        }
        assertThat(headers).contains("Column", "Row");
        assertThat(figures).singleElement().asString().startsWith("Chart of the share of people at each level")
                .contains(report.overall().areas().get(0).title());
    }

    private static String scope(PdfStructElem element) {
        return scopeOf(element.getPdfObject().get(PdfName.A));
    }

    private static String scopeOf(com.itextpdf.kernel.pdf.PdfObject attributes) {
        if (attributes instanceof PdfDictionary dictionary) {
            PdfName scope = dictionary.getAsName(new PdfName("Scope"));
            return scope == null ? "" : scope.getValue();
        }
        if (attributes instanceof com.itextpdf.kernel.pdf.PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                String scope = scopeOf(array.get(i));
                if (!scope.isEmpty()) {
                    return scope;
                }
            }
        }
        return "";
    }

    @Test
    void listsTrainingNeedsWithTheAreasLearning() throws Exception {
        String text = PdfChecks.text(pdf).replace("\n", " ");
        assertThat(text).contains("Training needs", "At Awareness or Working");
        Questionnaire q = InsightsFixtures.questionnaire();
        String firstResource = q.areas().stream().flatMap(a -> a.learning().stream()).findFirst().orElseThrow()
                .title();
        assertThat(text).contains(firstResource);
    }

    @Test
    void showsNoNameAndNothingTyped() throws Exception {
        String text = PdfChecks.text(pdf);
        Files.write(dir.resolve("team.pdf"), pdf);
        if (System.getProperty("teamreport.out") != null) {
            Files.write(Path.of(System.getProperty("teamreport.out")), pdf);
        }
        assertThat(NAMES).allSatisfy(name -> assertThat(text).doesNotContain(name));
        assertThat(text).doesNotContain("Person ", "I planned a campaign");
    }

    @Test
    void writesSuppressedLevelsAsFewerThanNAndNeverTheirShare() throws Exception {
        byte[] strictPdf = new TeamReport("1.2.3").toBytes(strict, stored, Optional.empty(), LocalDate.of(2027, 3, 31));
        assertThat(PdfChecks.pdfUaFailures(strictPdf)).isEmpty();
        String text = PdfChecks.text(strictPdf);
        long suppressedCells = strict.overall().areas().stream().flatMap(a -> a.levelCounts().stream())
                .filter(Count::suppressed).count();
        assertThat(suppressedCells).as("the fixture must suppress some level counts").isPositive();
        assertThat(text).contains("fewer than 12");
        try (PdfDocument document = PdfChecks.open(strictPdf)) {
            List<String> alt = new ArrayList<>();
            PdfChecks.walk(document.getStructTreeRoot(), e -> {
                if ("Figure".equals(e.getRole().getValue())) {
                    alt.add(e.getAlt().toUnicodeString());
                }
            });
            for (AreaSummary area : strict.overall().areas()) {
                for (int i = 0; i < area.levelCounts().size(); i++) {
                    if (area.levelCounts().get(i).suppressed()) {
                        assertThat(alt.get(0)).contains(strict.levels().get(i).label() + " "
                                + (area.levelCounts().get(i) instanceof Count.Withheld ? "withheld" : "fewer than 12"));
                    }
                }
            }
        }
        assertThat(text).contains("The questionnaire for these results is not installed");
    }

    @Test
    void wordsSuppressedCellsAsTheScreenAndTheCsvDo() {
        // The same words as messages.properties' insights.fewerThan / insights.withheld and InsightsNotes.
        assertThat(TeamCells.count(new Count.FewerThan(7))).isEqualTo("fewer than 7");
        assertThat(TeamCells.count(new Count.Withheld(7))).isEqualTo("withheld");
        assertThat(TeamCells.count(new Count.Shown(1204))).isEqualTo("1,204");
    }

    @Test
    void showsNoFigureWhenTheWholeViewIsTooSmall() throws Exception {
        byte[] small = new TeamReport("1.2.3").toBytes(tooFew, stored, Optional.empty(), LocalDate.of(2027, 3, 31));
        assertThat(PdfChecks.pdfUaFailures(small)).isEmpty();
        String text = PdfChecks.text(small);
        assertThat(text).contains("fewer than 50", "Fewer than 50 results match these filters")
                .doesNotContain("Levels per area", "Training needs");
    }

    @Test
    void savesAtomicallyAndReportsAFolderThatCannotBeWritten() throws Exception {
        Path target = dir.resolve("out/team.pdf");
        Files.createDirectories(target.getParent());
        new TeamReport("1.2.3").save(report, stored, Optional.empty(), LocalDate.of(2027, 3, 31), target);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TeamReport("1.2.3").save(report, stored,
                Optional.empty(), LocalDate.of(2027, 3, 31), blocked.resolve("team.pdf")))
                .isInstanceOf(uk.gov.gcs.digitalskills.io.WriteFailedException.class);
    }
}
