package uk.gov.gcs.digitalskills.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutline;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.io.json.ScoredResults;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;

class AppraisalReportTest {
    private static final AppraisalReport REPORT = new AppraisalReport("1.2.3");
    private static ScoredResult full;
    private static byte[] fullResultFile;
    private static byte[] fullPdf;
    private static byte[] minimalPdf;

    @BeforeAll
    static void writeReports() throws Exception {
        full = ReportFixtures.scored(ReportFixtures.fullRecord());
        fullResultFile = ResultJson.toBytes(full.record(), full.scores());
        fullPdf = write(full, fullResultFile);
        ScoredResult minimal = ReportFixtures.scored(ReportFixtures.minimalRecord());
        minimalPdf = write(minimal, ResultJson.toBytes(minimal.record(), minimal.scores()));
    }

    private static byte[] write(ScoredResult result, byte[] resultFile) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        REPORT.write(result, result.record().objective()
                .flatMap(o -> ReportFixtures.toolkit().template(o.templateId())), resultFile, out);
        return out.toByteArray();
    }

    @Test
    void fullReportPassesVeraPdfUa1() throws Exception {
        assertThat(PdfChecks.pdfUaFailures(fullPdf)).isEmpty();
    }

    @Test
    void veraPdfCheckCanFail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument plain = new PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(out));
             com.itextpdf.layout.Document document = new com.itextpdf.layout.Document(plain)) {
            document.add(new com.itextpdf.layout.element.Paragraph("Untagged, standard font, no title"));
        }
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isNotEmpty();
    }

    @Test
    void reportWithoutNameEvidenceOrObjectivePassesVeraPdfUa1() throws Exception {
        assertThat(PdfChecks.pdfUaFailures(minimalPdf)).isEmpty();
    }

    @Test
    void namesAndNotesInWelshGreekAndCyrillicStillMakeAValidReport() throws Exception {
        // The bundled font is a subset: every script it keeps must still be drawn with real glyphs, never .notdef.
        AssessmentRecord full = ReportFixtures.fullRecord();
        AssessmentRecord international = new AssessmentRecord(full.assessmentId(), full.questionnaire(),
                new Respondent("Siôn Ŵyn Ffŷr-Łukasz Ἀθηνᾶ Ёлкина", full.respondent().role(), full.respondent().grade(),
                        "Swyddfa Cymru \u2013 café £5 \u201cquoted\u201d \u2022 \u2192 \u2264"),
                full.startedAt(), full.completedAt(), full.answers(),
                Map.of("planning", "Ymgyrch ddigidol: «Čeština», Đồng, Ελληνικά, Русский"), full.objective());
        ScoredResult scored = ReportFixtures.scored(international);
        byte[] pdf = write(scored, ResultJson.toBytes(scored.record(), scored.scores()));
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("international", ".pdf");
        java.nio.file.Files.write(file, pdf);
        assertThat(new String(EmbeddedResult.read(file), java.nio.charset.StandardCharsets.UTF_8))
                .as("the embedded result keeps the name as typed").contains("Ἀθηνᾶ");
        java.nio.file.Files.delete(file);
    }

    @Test
    void charactersTheFontLacksAreShownAsQuestionMarksNotAFailure() throws Exception {
        AssessmentRecord full = ReportFixtures.fullRecord();
        AssessmentRecord cjk = new AssessmentRecord(full.assessmentId(), full.questionnaire(),
                new Respondent("王伟 (Wang Wei)", full.respondent().role(), full.respondent().grade(), "Home Office"),
                full.startedAt(), full.completedAt(), full.answers(), full.evidence(), full.objective());
        ScoredResult scored = ReportFixtures.scored(cjk);
        byte[] pdf = write(scored, ResultJson.toBytes(scored.record(), scored.scores()));
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
        assertThat(PrintableText.of("王伟 (Wang Wei)")).isEqualTo("?? (Wang Wei)");
    }

    @Test
    void everyAreaShowsItsPercentAndLevelAsScorePrintsThem() throws Exception {
        String text = PdfChecks.text(fullPdf);
        for (AreaScore area : full.scores().areas()) {
            // score prints e.g. "percent": 44.7, "level": "working"; the PDF says "44.7%" and "Working".
            String row = area.title() + ".*" + area.percent().orElseThrow().toPlainString() + "%\\s+"
                    + area.level().orElseThrow().label();
            assertThat(text).containsPattern("(?i)" + row.replace("(", "\\(").replace(")", "\\)"));
            assertThat(area.level().orElseThrow().label()).isEqualToIgnoringCase(area.level().get().id());
        }
        var overall = full.scores().overall().orElseThrow();
        assertThat(text).contains("Overall score: " + overall.percent().toPlainString() + "%, "
                + overall.level().label() + " level");
    }

    @Test
    void everyAreaShowsItsTwoPartsInTheTableAndTheirCalibrationInWords() throws Exception {
        String text = PdfChecks.text(fullPdf);
        String summary = text.substring(text.indexOf("Summary"), text.indexOf("Strengths and areas to develop"));
        for (AreaScore area : full.scores().areas()) {
            String self = area.selfRating().percent().map(p -> p.toPlainString() + "%").orElse("Not scored");
            String knowledge = area.knowledge().percent().map(p -> p.toPlainString() + "%").orElse("Not scored");
            // The table's row: title, score, level, self-rating, knowledge.
            assertThat(summary).as(area.title()).containsPattern(java.util.regex.Pattern.quote(area.title())
                    + ".*" + java.util.regex.Pattern.quote(area.percent().orElseThrow().toPlainString() + "%")
                    + "\\s+" + area.level().orElseThrow().label() + "\\s+" + java.util.regex.Pattern.quote(self)
                    + "\\s+" + java.util.regex.Pattern.quote(knowledge));
            String words = switch (area.calibration().orElseThrow()) {
                case OVER -> "well above";
                case UNDER -> "well below";
                case ALIGNED -> "match";
            };
            assertThat(summary.replaceAll("\\s+", " ")).contains("Your self-ratings " + (words.equals("match")
                    ? "match" : "are " + words) + " what the knowledge questions show in " + area.title() + ".");
        }
        var overall = full.scores().overall().orElseThrow();
        assertThat(summary.replaceAll("\\s+", " ")).contains("Across the core areas, your self-ratings come to "
                + overall.selfRatingPercent().orElseThrow().toPlainString() + "% and the knowledge questions to "
                + overall.knowledgePercent().orElseThrow().toPlainString() + "%.");
    }

    /** A valid report's text for one core area with a statement and a choice item (scores 0 and 4). */
    private static String partsReport(int rating, String choice) throws Exception {
        var q = uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire(
                uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core("plan",
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ("p1"),
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.choiceQ("p2", 0, 4)));
        AssessmentRecord record = new AssessmentRecord(java.util.UUID.randomUUID(), q.ref(),
                uk.gov.gcs.digitalskills.core.assessment.Respondent.ANONYMOUS, Optional.empty(), Optional.empty(),
                Map.of("p1", new uk.gov.gcs.digitalskills.core.assessment.Answer.ScaleValue(rating),
                        "p2", new uk.gov.gcs.digitalskills.core.assessment.Answer.Choice(choice)),
                Map.of(), Optional.empty());
        ScoredResult scored = ScoredResult.of(record, q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        REPORT.write(scored, Optional.empty(), ResultJson.toBytes(record, scored.scores()), out);
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
        return PdfChecks.text(out.toByteArray());
    }

    @Test
    void calibrationIsSaidInAParagraphNamingTheArea() throws Exception {
        assertThat(partsReport(4, "a")).contains(
                "Your self-ratings are well above what the knowledge questions show in Title plan.");
        assertThat(partsReport(0, "b")).contains(
                "Your self-ratings are well below what the knowledge questions show in Title plan.");
        assertThat(partsReport(4, "b")).contains(
                "Your self-ratings match what the knowledge questions show in Title plan.")
                .doesNotContain("well above", "well below");
    }

    @Test
    void titleBlockAndSectionsAppearInOrder() throws Exception {
        String text = PdfChecks.text(fullPdf);
        assertThat(text).containsSubsequence("Digital skills assessment", "Alex Morgan", "Press office and media",
                "Senior Executive Officer (SEO)", "HM Revenue and Customs", "18 November 2026",
                "GCS Digital Skills Assessment, version 2026.1", "Summary", "Strengths and areas to develop",
                "Strengths", "Areas to develop", "Advice for each area", "Digital objective", "Specific",
                "Measurable", "Achievable", "Relevant", "Time-bound", "Checkpoints for the performance year",
                "Mid-year review", "End-year review", "For the line manager", "Comments", "Objective agreed",
                "Line manager's name", "Date");
        assertThat(text).contains(full.record().objective().orElseThrow().text().substring(0, 40));
        assertThat(text).contains("Wrote OASIS plans for the spring flood-warning campaign");
    }

    @Test
    void strengthsAreTheTwoStrongestAndAreasToDevelopTheTwoWeakest() throws Exception {
        String text = PdfChecks.text(fullPdf);
        String strengths = text.substring(text.indexOf("Strengths\n"), text.indexOf("Areas to develop"));
        String develop = text.substring(text.indexOf("Areas to develop"), text.indexOf("Advice for each area"));
        List<AreaScore> strongest = full.scores().strongestFirst();
        List<AreaScore> weakest = full.scores().weakestFirst();
        assertThat(strengths).contains(strongest.get(0).title(), strongest.get(1).title())
                .doesNotContain(weakest.get(0).title());
        assertThat(develop).contains(weakest.get(0).title(), weakest.get(1).title())
                .doesNotContain(strongest.get(0).title());
    }

    @Test
    void everyPageHasTheFooter() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            int pages = pdf.getNumberOfPages();
            // Five since issue 12 added the two parts and calibration: the manager's form, kept whole, moves on.
            assertThat(pages).isBetween(2, 5);
            for (int i = 1; i <= pages; i++) {
                String page = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(pdf.getPage(i));
                assertThat(page).contains("Page " + i + " of " + pages)
                        .contains("Assessment " + ReportFixtures.ID)
                        .contains("Generated by Digital Skills Assessment 1.2.3");
            }
        }
    }

    @Test
    void withoutNameOrObjectiveTheReportSaysSo() throws Exception {
        String text = PdfChecks.text(minimalPdf);
        assertThat(text).contains("Name not given", "A digital objective was not set")
                .doesNotContain("SMART part");
        try (PdfDocument pdf = PdfChecks.open(minimalPdf)) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 4);
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            List<PdfDictionary> descriptors = PdfChecks.fontDescriptors(pdf);
            assertThat(descriptors).hasSizeGreaterThanOrEqualTo(2);
            for (PdfDictionary descriptor : descriptors) {
                assertThat(descriptor.get(PdfName.FontFile2) != null || descriptor.get(PdfName.FontFile3) != null
                        || descriptor.get(PdfName.FontFile) != null)
                        .as("font %s is embedded", descriptor.getAsName(PdfName.FontName)).isTrue();
                assertThat(descriptor.getAsName(PdfName.FontName).getValue()).contains("DSASans");
            }
        }
    }

    @Test
    void isTaggedWithTitleShownLanguageAndBookmarks() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            PdfDictionary catalog = pdf.getCatalog().getPdfObject();
            assertThat(pdf.isTagged()).isTrue();
            assertThat(catalog.getAsDictionary(PdfName.MarkInfo).getAsBoolean(PdfName.Marked))
                    .isEqualTo(PdfBoolean.TRUE);
            assertThat(catalog.getAsString(PdfName.Lang).toUnicodeString()).isEqualTo("en-GB");
            assertThat(catalog.getAsDictionary(PdfName.ViewerPreferences).getAsBoolean(PdfName.DisplayDocTitle))
                    .isEqualTo(PdfBoolean.TRUE);
            assertThat(pdf.getDocumentInfo().getTitle()).isEqualTo("Digital skills assessment: Alex Morgan");
            List<String> bookmarks = pdf.getOutlines(false).getAllChildren().stream().map(PdfOutline::getTitle)
                    .toList();
            assertThat(bookmarks).containsExactly("Digital skills assessment", "Summary",
                    "Strengths and areas to develop", "Advice for each area", "Digital objective",
                    "Checkpoints for the performance year", "For the line manager");
            for (PdfOutline outline : pdf.getOutlines(false).getAllChildren()) {
                assertThat(outline.getDestination()).as(outline.getTitle()).isNotNull();
            }
        }
    }

    @Test
    void structureHasHeadingsHeaderCellsWithScopeAndAFigureThatStatesTheNumbers() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            List<String> roles = new ArrayList<>();
            List<String> scopes = new ArrayList<>();
            List<String> figureAlts = new ArrayList<>();
            PdfChecks.walk(pdf.getStructTreeRoot(), element -> {
                String role = element.getRole().getValue();
                roles.add(role);
                if (role.equals("TH")) {
                    PdfObject attributes = element.getPdfObject().get(PdfName.A);
                    scopes.add(scopeOf(attributes));
                }
                if (role.equals("Figure")) {
                    figureAlts.add(element.getAlt().toUnicodeString());
                }
            });
            assertThat(roles).containsOnlyOnce("H1").contains("H2", "H3", "Table", "TH", "TD", "L", "LI", "Form");
            assertThat(scopes).contains("Column", "Row").doesNotContainNull();
            assertThat(figureAlts).hasSize(1);
            for (AreaScore area : full.scores().areas()) {
                assertThat(figureAlts.get(0)).contains(area.title() + " " + area.percent().orElseThrow()
                        .toPlainString() + "% (" + area.level().orElseThrow().label() + ")");
            }
        }
    }

    private static String scopeOf(com.itextpdf.kernel.pdf.PdfObject attributes) {
        if (attributes instanceof PdfDictionary dictionary) {
            PdfName scope = dictionary.getAsName(new PdfName("Scope"));
            return scope == null ? null : scope.getValue();
        }
        if (attributes instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                String scope = scopeOf(array.get(i));
                if (scope != null) {
                    return scope;
                }
            }
        }
        return null;
    }

    @Test
    void managerFieldsAreFillableAndNamed() throws Exception {
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            Map<String, PdfFormField> fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
            assertThat(fields).containsKeys("manager-comments", "objective-agreed", "manager-name", "manager-date");
            assertThat(fields.get("manager-comments").isMultiline()).isTrue();
            assertThat(fields.get("manager-comments").getAlternativeName().toUnicodeString())
                    .isEqualTo("Line manager's comments");
            assertThat(fields.get("manager-name").getAlternativeName().toUnicodeString())
                    .isEqualTo("Line manager's name");
            assertThat(fields.get("manager-date").getAlternativeName().toUnicodeString()).isEqualTo("Date");
        }
    }

    @Test
    void resultFileIsEmbeddedAsDataAndReadsBackByteForByte(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("report.pdf");
        Files.write(file, fullPdf);
        assertThat(EmbeddedResult.read(file)).isEqualTo(fullResultFile);
        try (PdfDocument pdf = PdfChecks.open(fullPdf)) {
            PdfArray names = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.Names)
                    .getAsDictionary(PdfName.EmbeddedFiles).getAsArray(PdfName.Names);
            PdfDictionary spec = names.getAsDictionary(1);
            assertThat(spec.getAsName(PdfName.AFRelationship)).isEqualTo(PdfName.Data);
            assertThat(spec.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("assessment-result.json");
            assertThat(spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F).getAsName(PdfName.Subtype))
                    .isEqualTo(new PdfName("application/json"));
        }
    }

    @Test
    void incompleteResultIsRefused() {
        AssessmentRecord incomplete = ReportFixtures.incompleteRecord();
        ScoredResult scored = ReportFixtures.scored(incomplete);
        assertThatThrownBy(() -> REPORT.write(scored, Optional.empty(), new byte[0], new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complete");
    }

    @Test
    void anAreaNotScoredAndFewAreasStillMakeAValidReport() throws Exception {
        var q = uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire(
                uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core("plan",
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ("p1")),
                uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.nonCore("extra",
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ("e1")));
        AssessmentRecord record = new AssessmentRecord(java.util.UUID.randomUUID(), q.ref(),
                uk.gov.gcs.digitalskills.core.assessment.Respondent.ANONYMOUS, Optional.empty(), Optional.empty(),
                Map.of("p1", new uk.gov.gcs.digitalskills.core.assessment.Answer.ScaleValue(3),
                        "e1", uk.gov.gcs.digitalskills.core.assessment.Answer.NOT_APPLICABLE),
                Map.of(), Optional.empty());
        ScoredResult scored = ScoredResults.check(record, q, "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        REPORT.write(scored, Optional.empty(), ResultJson.toBytes(record, scored.scores()), out);

        String text = PdfChecks.text(out.toByteArray());
        assertThat(text).contains("75.0%", "Practitioner", "Not scored", "Not given",
                "There are not enough scored areas to compare.");
        assertThat(text.replaceAll("\\s+", " ")).contains("Across the core areas, your self-ratings come to 75.0%. "
                + "None of them has knowledge questions.").doesNotContain("Your self-ratings match");
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
    }

    /** A valid report for two core areas with one scale question each, answered with these values. */
    private static String twoAreaReport(int plan, int measure) throws Exception {
        var q = uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.questionnaire(
                uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core("plan",
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ("p1")),
                uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.core("measure",
                        uk.gov.gcs.digitalskills.core.questionnaire.TestQuestionnaires.scaleQ("m1")));
        AssessmentRecord record = new AssessmentRecord(java.util.UUID.randomUUID(), q.ref(),
                uk.gov.gcs.digitalskills.core.assessment.Respondent.ANONYMOUS, Optional.empty(), Optional.empty(),
                Map.of("p1", new uk.gov.gcs.digitalskills.core.assessment.Answer.ScaleValue(plan),
                        "m1", new uk.gov.gcs.digitalskills.core.assessment.Answer.ScaleValue(measure)),
                Map.of(), Optional.empty());
        ScoredResult scored = ScoredResult.of(record, q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        REPORT.write(scored, Optional.empty(), ResultJson.toBytes(record, scored.scores()), out);
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
        String text = PdfChecks.text(out.toByteArray());
        return text.substring(text.indexOf("Strengths\n"), text.indexOf("Advice for each area"));
    }

    @Test
    void onlyAreasAtWorkingOrAboveAreStrengths() throws Exception {
        // 75% (Practitioner) and 25% (Awareness): the weaker one is an area to develop, never a strength.
        String section = twoAreaReport(3, 1);
        String strengths = section.substring(0, section.indexOf("Areas to develop"));
        assertThat(strengths).contains("Title plan: 75.0%, Practitioner").doesNotContain("Title measure");
        assertThat(section.substring(section.indexOf("Areas to develop"))).contains("Title measure: 25.0%, Awareness");
    }

    @Test
    void withNoAreaAtWorkingTheReportSaysThereAreNoStrengths() throws Exception {
        String section = twoAreaReport(1, 0);
        String strengths = section.substring(0, section.indexOf("Areas to develop"));
        assertThat(strengths).contains("No area is at Working level or above yet")
                .doesNotContain("Title plan", "Title measure");
    }

    @Test
    void objectiveTemplateUnknownStillShowsTheSmartTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        REPORT.write(full, Optional.empty(), fullResultFile, out);
        String text = PdfChecks.text(out.toByteArray());
        assertThat(text).contains("SMART part", "Discuss at the appraisal", "Audience: ");
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
    }
}
