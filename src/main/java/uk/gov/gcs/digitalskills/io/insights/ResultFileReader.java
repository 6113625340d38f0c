package uk.gov.gcs.digitalskills.io.insights;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.AnswerRules;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.insights.AnonymisedResult;
import uk.gov.gcs.digitalskills.core.insights.Layout;
import uk.gov.gcs.digitalskills.core.insights.RejectionReason;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.core.scoring.OverallScore;
import uk.gov.gcs.digitalskills.core.scoring.PartScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.PlainReasons;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.io.json.DocumentKind;
import uk.gov.gcs.digitalskills.io.json.JsonSupport;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.io.json.SchemaCheck;
import uk.gov.gcs.digitalskills.io.pdf.EmbeddedResult;

/**
 * Reads one file a training lead gives for import — a result file or an appraisal PDF carrying one — and
 * either returns the anonymised result with scores recomputed from the answers, or says in one sentence
 * why it cannot be used. Never throws for a bad file. Safe to use from several threads.
 */
public final class ResultFileReader {
    /** Larger files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final ContentLibrary library;
    private final SchemaCheck schemas = new SchemaCheck();
    private final Map<QuestionnaireRef, Layout> layouts = new ConcurrentHashMap<>();
    /** The installed questionnaires found so far, so that each file's is looked up once per version. */
    private final Map<QuestionnaireRef, Questionnaire> questionnaires = new ConcurrentHashMap<>();

    public ResultFileReader(ContentLibrary library) {
        this.library = Objects.requireNonNull(library);
    }

    public FileReading read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return reject(RejectionReason.TOO_LARGE, "the file is " + megabytes(size)
                        + " MB, over the 10 MB limit for a result file or PDF");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isPdf(file, bytes)) {
                return readPdf(file);
            }
            return readJson(bytes, "");
        } catch (NoSuchFileException e) {
            return reject(RejectionReason.UNREADABLE, "the file was not found");
        } catch (IOException e) {
            return reject(RejectionReason.UNREADABLE, "the file could not be read (" + PlainReasons.of(e) + ")");
        }
    }

    private FileReading readPdf(Path file) {
        byte[] attachment;
        try {
            attachment = EmbeddedResult.read(file);
        } catch (EmbeddedResult.UnreadableException e) {
            return switch (e.failure()) {
                // The reason already says what is wrong; the detail says what to do.
                case ENCRYPTED -> reject(RejectionReason.ENCRYPTED_PDF, "ask for the result file, or an unprotected"
                        + " copy of the PDF");
                case NO_ATTACHMENT -> reject(RejectionReason.NO_ATTACHMENT, "it has no " + EmbeddedResult.NAME
                        + " attachment; ask for the appraisal PDF as the app saved it, or the result file");
                // iText's words (and its exception's name) stay out: they say nothing a training lead can act on.
                case DAMAGED -> reject(RejectionReason.DAMAGED_PDF, "it may have been cut short when it was copied;"
                        + " ask for the result file, or a fresh copy of the PDF");
            };
        }
        return readJson(attachment, "the attached " + EmbeddedResult.NAME + ": ");
    }

    private FileReading readJson(byte[] bytes, String prefix) {
        JsonNode root;
        try {
            if (bytes.length > JsonSupport.MAX_DOCUMENT_LENGTH) {
                return reject(RejectionReason.TOO_DEEP, prefix + "the JSON is larger than the "
                        + JsonSupport.MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MB limit");
            }
            root = JsonSupport.mapper().readTree(bytes);
        } catch (StreamConstraintsException e) {
            return reject(RejectionReason.TOO_DEEP, prefix + "the JSON is nested more than "
                    + JsonSupport.MAX_NESTING_DEPTH + " levels deep or is too large, so it was not read");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return reject(RejectionReason.NOT_JSON, prefix + "not valid JSON" + where);
        } catch (IOException e) {
            return reject(RejectionReason.UNREADABLE, prefix + "could not be read (" + PlainReasons.of(e) + ")");
        }
        if (root == null || root.isMissingNode()) {
            return reject(RejectionReason.NOT_JSON, prefix + "the file is empty; expected a result file");
        }
        try {
            DocumentKind.RESULT.require(root, "");
        } catch (BadFileException e) {
            Problem problem = e.problems().get(0);
            if ("/formatVersion".equals(problem.pointer())) {
                return reject(RejectionReason.NEWER_FORMAT, prefix + "this result file uses formatVersion "
                        + root.path("formatVersion").asText() + ", newer than this app reads ("
                        + DocumentKind.RESULT.supportedVersion() + ");"
                        + " update Digital Skills Assessment to import it");
            }
            return reject(RejectionReason.NOT_A_RESULT, prefix + problem.message());
        }
        List<Problem> shape = schemas.check(DocumentKind.RESULT, root, true);
        if (!shape.isEmpty()) {
            return rejectProblems(prefix, shape);
        }
        AssessmentRecord record;
        try {
            record = ResultJson.toDomain(root, "");
        } catch (BadFileException e) {
            return rejectProblems(prefix, e.problems());
        }
        Questionnaire questionnaire = questionnaire(record.questionnaire());
        if (questionnaire == null) {
            return reject(RejectionReason.UNKNOWN_QUESTIONNAIRE, prefix + "questionnaire "
                    + record.questionnaire() + " is not installed; add its file to the questionnaires folder"
                    + " in the data folder and import again");
        }
        String role = record.respondent().role();
        if (role != null && questionnaire.profile().role(role).isEmpty()) {
            return reject(RejectionReason.INVALID_RESULT, prefix + "/respondent/role: role '" + role
                    + "' is not a role of questionnaire " + questionnaire.ref());
        }
        List<Problem> answers = AnswerRules.check(questionnaire, record.answers());
        List<String> disallowed = AnswerRules.disallowedNotApplicable(questionnaire, record.answers());
        if (!disallowed.isEmpty()) {
            // Its own reason, naming the question, so a training lead can tell the person what to change.
            String first = "/answers/" + disallowed.get(0).replace("~", "~0").replace("/", "~1");
            List<Problem> ordered = new ArrayList<>(answers.stream()
                    .filter(p -> p.pointer().equals(first)).toList());
            answers.stream().filter(p -> !p.pointer().equals(first)).forEach(ordered::add);
            return rejectProblems(RejectionReason.NOT_APPLICABLE_NOT_ALLOWED, prefix, ordered);
        }
        if (!answers.isEmpty()) {
            return rejectProblems(prefix, answers);
        }
        ScoreReport scores = Scorer.score(questionnaire, role, record.answers());
        boolean recomputed = root.hasNonNull("scores") && !sameScores(root.get("scores"), scores);
        Layout layout = layouts.computeIfAbsent(questionnaire.ref(), ref -> Layout.of(questionnaire));
        return new FileReading.Read(AnonymisedResult.of(record, questionnaire, scores), layout, recomputed);
    }

    /** The installed questionnaire of this id and version, or null; only those found are remembered. */
    private Questionnaire questionnaire(QuestionnaireRef ref) {
        Questionnaire known = questionnaires.get(ref);
        if (known != null) {
            return known;
        }
        Questionnaire found = library.questionnaire(ref).orElse(null);
        if (found != null) {
            questionnaires.putIfAbsent(ref, found);
        }
        return found;
    }

    private static FileReading rejectProblems(String prefix, List<Problem> problems) {
        RejectionReason reason = problems.get(0).pointer().startsWith("/answers") ? RejectionReason.INVALID_ANSWER
                : RejectionReason.INVALID_RESULT;
        return rejectProblems(reason, prefix, problems);
    }

    private static FileReading rejectProblems(RejectionReason reason, String prefix, List<Problem> problems) {
        Problem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more "
                + (problems.size() == 2 ? "problem" : "problems") + ")" : "";
        return reject(reason, prefix + first + more);
    }

    /**
     * Whether the scores a file carries agree with the recomputed ones: per area the points, maximum,
     * percent and level (and the parts and calibration, when the file has them), and the overall percent and
     * level (and its parts, when given). Numbers compare by value (62.5 = 62.50).
     */
    static boolean sameScores(JsonNode stored, ScoreReport scores) {
        JsonNode areas = stored.path("areas");
        if (!areas.isArray() || areas.size() != scores.areas().size()) {
            return false;
        }
        Iterator<JsonNode> nodes = areas.elements();
        for (AreaScore area : scores.areas()) {
            JsonNode node = nodes.next();
            if (!area.areaId().equals(node.path("id").asText(null))
                    || !sameNumber(node.get("points"), area.points())
                    || !sameNumber(node.get("max"), area.max())
                    || !sameNumber(node.get("percent"), area.percent().orElse(null))
                    || !sameText(node.get("level"), area.level().map(l -> l.id()).orElse(null))
                    || !samePartIfGiven(node.get("selfRating"), area.selfRating())
                    || !samePartIfGiven(node.get("knowledge"), area.knowledge())
                    || node.has("calibration") && !sameText(node.get("calibration"),
                            area.calibration().map(Calibration::id).orElse(null))) {
                return false;
            }
        }
        JsonNode overall = stored.get("overall");
        if (scores.overall().isEmpty()) {
            return overall == null || overall.isNull();
        }
        OverallScore expected = scores.overall().get();
        return overall != null && overall.isObject()
                && sameNumber(overall.get("percent"), expected.percent())
                && sameText(overall.get("level"), expected.level().id())
                && samePercentIfGiven(overall.get("selfRating"), expected.selfRatingPercent().orElse(null))
                && samePercentIfGiven(overall.get("knowledge"), expected.knowledgePercent().orElse(null));
    }

    /**
     * The parts were added to {@code scores} with questionnaire schemaVersion 2 (issue 12): a file written
     * before has none, which is not a mismatch; a file that has them must agree.
     */
    private static boolean samePartIfGiven(JsonNode node, PartScore part) {
        return node == null || node.isObject() && sameNumber(node.get("points"), part.points())
                && sameNumber(node.get("max"), part.max())
                && sameNumber(node.get("percent"), part.percent().orElse(null));
    }

    private static boolean samePercentIfGiven(JsonNode node, BigDecimal percent) {
        return node == null || node.isObject() && sameNumber(node.get("percent"), percent);
    }

    private static boolean sameNumber(JsonNode node, BigDecimal expected) {
        if (expected == null) {
            return node == null || node.isNull();
        }
        return node != null && node.isNumber() && node.decimalValue().compareTo(expected) == 0;
    }

    private static boolean sameText(JsonNode node, String expected) {
        if (expected == null) {
            return node == null || node.isNull();
        }
        return node != null && expected.equals(node.asText(null));
    }

    private static boolean isPdf(Path file, byte[] bytes) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return true;
        }
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static FileReading reject(RejectionReason reason, String detail) {
        return new FileReading.Rejected(reason, detail);
    }
}
