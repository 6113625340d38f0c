package uk.gov.gcs.digitalskills.io.insights;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.io.pdf.EmbeddedResult;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/** Result files and appraisal PDFs made in code for import tests and benchmarks. */
public final class InsightsFixtures {

    private InsightsFixtures() {
    }

    public static ContentLibrary library() {
        return BundledContent.library();
    }

    /** Questionnaire 2026.1: the fixtures' answers and expected figures were written for it. */
    public static Questionnaire questionnaire() {
        return BundledContent.questionnaire(BundledContent.FIRST_VERSION);
    }

    /** A complete, valid assessment with random answers for a random role, grade and organisation. */
    public static AssessmentRecord randomRecord(Random random) {
        Questionnaire q = questionnaire();
        List<ProfileEntry> roles = q.profile().roles();
        List<ProfileEntry> grades = q.profile().grades();
        List<ProfileEntry> organisations = q.profile().organisations();
        String role = roles.get(random.nextInt(roles.size())).id();
        return record(random, role, grades.get(random.nextInt(grades.size())).id(),
                organisations.get(random.nextInt(Math.min(6, organisations.size()))).id());
    }

    public static AssessmentRecord record(Random random, String role, String grade, String organisation) {
        return record(random, role, grade, organisation, random.nextDouble());
    }

    /** {@code skill} from 0 to 1 makes higher scale values, the best choice and correct options likelier. */
    public static AssessmentRecord record(Random random, String role, String grade, String organisation,
                                          double skill) {
        return record(random, questionnaire(), role, grade, organisation, skill);
    }

    /** As above, for any bundled questionnaire version (see {@link #resultBytes(AssessmentRecord, Questionnaire)}). */
    public static AssessmentRecord record(Random random, Questionnaire q, String role, String grade,
                                          String organisation, double skill) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Area area : q.areasFor(role)) {
            for (Question question : area.questions()) {
                answers.put(question.id(), randomAnswer(random, q, question, skill));
            }
        }
        OffsetDateTime completed = OffsetDateTime.of(2025 + random.nextInt(2), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), 0, 0, 0, ZoneOffset.UTC);
        return new AssessmentRecord(new UUID(random.nextLong(), random.nextLong()), q.ref(),
                new Respondent("Person " + random.nextInt(1000), role, grade, organisation),
                Optional.of(completed.minusMinutes(15)), Optional.of(completed), answers,
                Map.of("planning", "I planned a campaign."), Optional.empty());
    }

    private static Answer randomAnswer(Random random, Questionnaire q, Question question, double skill) {
        if (question instanceof ChoiceQuestion choice) {
            if (random.nextDouble() < skill) {
                int best = choice.maxScore();
                return new Answer.Choice(choice.options().stream().filter(o -> o.score() == best).findFirst()
                        .orElseThrow().id());
            }
            return new Answer.Choice(choice.options().get(random.nextInt(choice.options().size())).id());
        }
        if (question instanceof MultiQuestion multi) {
            List<String> picked = multi.options().stream()
                    .filter(o -> random.nextDouble() < (o.correct() ? skill : 1 - skill) * 0.9)
                    .map(MultiOption::id).toList();
            return new Answer.Multi(picked);
        }
        if (random.nextInt(20) == 0 && q.allowsNotApplicable(question)) {
            return Answer.NOT_APPLICABLE;
        }
        int max = q.scale().maxValue();
        int value = (int) Math.round(skill * max + random.nextGaussian() * 0.9);
        return new Answer.ScaleValue(Math.max(0, Math.min(max, value)));
    }

    /** The result file's bytes with correct scores, as the app exports it. */
    public static byte[] resultBytes(AssessmentRecord record) {
        return resultBytes(record, questionnaire());
    }

    public static byte[] resultBytes(AssessmentRecord record, Questionnaire q) {
        return ResultJson.toBytes(record, Scorer.score(q, record.respondent().role(), record.answers()));
    }

    public static Path writeResult(Path folder, String name, AssessmentRecord record) {
        return write(folder.resolve(name), resultBytes(record));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A one-page PDF carrying {@code json} as the assessment-result.json attachment (null: none). */
    public static byte[] pdfBytes(byte[] json, WriterProperties properties) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties))) {
            pdf.addNewPage();
            if (json != null) {
                PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json, "Assessment result",
                        EmbeddedResult.NAME, new PdfName("application/json"), null, PdfName.Data);
                pdf.addFileAttachment(EmbeddedResult.NAME, spec);
            }
        }
        return out.toByteArray();
    }

    public static Path writePdf(Path file, byte[] json) {
        return write(file, pdfBytes(json, new WriterProperties()));
    }

    /**
     * Copies an encrypted PDF made with qpdf (AES-256; iText cannot encrypt without a cryptography provider,
     * which this app does not ship): {@code qpdf --encrypt user-secret owner-secret 256 -- in.pdf out.pdf},
     * or with an empty user password when {@code ownerOnly}.
     */
    public static Path copyEncryptedPdf(Path file, boolean ownerOnly) {
        String name = ownerOnly ? "encrypted-owner-password-only.pdf" : "encrypted-user-password.pdf";
        try (var in = InsightsFixtures.class.getResourceAsStream(name)) {
            return write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF cut off half-way, as a failed download leaves it. */
    public static Path writeDamagedPdf(Path file, byte[] json) {
        byte[] whole = pdfBytes(json, new WriterProperties());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
        return write(file, half);
    }

    public static QuestionnaireRef ref() {
        return questionnaire().ref();
    }
}
