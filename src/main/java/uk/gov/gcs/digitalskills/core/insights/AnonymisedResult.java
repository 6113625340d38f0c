package uk.gov.gcs.digitalskills.core.insights;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/**
 * What the insights store keeps of one assessment: no name, no evidence text, no objective text, no manager's
 * name or comments, no review notes, and the completion date only to the month. {@code areaPercents} holds the
 * recomputed percent of each scored area; {@code objective} the three objective facts (DESIGN.md §3.4).
 * {@code fingerprint} is a SHA-256 of the stored answers and profile in a fixed order, so that the same
 * assessment read from a result file and from its PDF compares equal and a changed one does not (see
 * {@link #of}). The objective facts are left out of it: they change during the year (agreed, then the
 * year-end review) while the assessment stays the same one.
 */
public record AnonymisedResult(UUID assessmentId, QuestionnaireRef questionnaire, String role, String grade,
                               String organisation, Optional<YearMonth> completedMonth, Map<String, Answer> answers,
                               Map<String, BigDecimal> areaPercents, ObjectiveFacts objective, ResultFigures figures,
                               String fingerprint) {
    private static final MessageDigest SHA_256 = newSha256();

    public AnonymisedResult {
        answers = Collections.unmodifiableMap(new TreeMap<>(answers));
        areaPercents = Collections.unmodifiableMap(new LinkedHashMap<>(areaPercents));
    }

    /** As {@link #of(AssessmentRecord, Questionnaire, ScoreReport, ObjectiveFacts)}, with the record's facts. */
    public static AnonymisedResult of(AssessmentRecord record, Questionnaire questionnaire, ScoreReport scores) {
        return of(record, questionnaire, scores, objectiveFacts(record));
    }

    /**
     * The three facts of a record's objective: whether it has one, the manager's agreement
     * ({@code manager.agreed}) and the year-end review's status. Nothing else of the manager's part or the
     * reviews is read.
     */
    public static ObjectiveFacts objectiveFacts(AssessmentRecord record) {
        Optional<YearEndStatus> yearEnd = record.review(ReviewStage.YEAR_END)
                .flatMap(r -> YearEndStatus.fromId(r.status().code()));
        return new ObjectiveFacts(record.objective().isPresent(),
                record.manager().flatMap(ManagerResponse::agreed), yearEnd);
    }

    /** Drops everything that could name the person; {@code scores} must be recomputed from the answers. */
    public static AnonymisedResult of(AssessmentRecord record, Questionnaire questionnaire, ScoreReport scores,
                                      ObjectiveFacts objective) {
        Optional<YearMonth> month = record.completedAt().map(YearMonth::from);
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        for (AreaScore area : scores.areas()) {
            area.percent().ifPresent(p -> percents.put(area.areaId(), p));
        }
        // Both arrays follow questionnaire order, as Layout.of lists areas and questions.
        short[] tenths = new short[questionnaire.areas().size()];
        int questionCount = questionnaire.areas().stream().mapToInt(a -> a.questions().size()).sum();
        short[] points = new short[questionCount];
        int q = 0;
        for (int a = 0; a < tenths.length; a++) {
            Area area = questionnaire.areas().get(a);
            BigDecimal percent = percents.get(area.id());
            tenths[a] = percent == null ? ResultFigures.NONE : percent.movePointRight(1).shortValueExact();
            boolean applies = area.appliesTo(record.respondent().role());
            for (Question question : area.questions()) {
                points[q++] = (short) (applies
                        ? QuestionPoints.of(questionnaire, question, record.answers().get(question.id()))
                                .orElse(ResultFigures.NONE)
                        : ResultFigures.NONE);
            }
        }
        String role = record.respondent().role();
        String grade = record.respondent().grade();
        String organisation = record.respondent().organisation();
        TreeMap<String, Answer> sorted = new TreeMap<>(record.answers());
        return new AnonymisedResult(record.assessmentId(), questionnaire.ref(), role, grade, organisation, month,
                sorted, percents, objective, new ResultFigures(questionnaire.ref(), role, grade, organisation, month,
                        tenths, points, Optional.of(objective)),
                fingerprint(record.assessmentId(), questionnaire.ref(), role, grade, organisation, month, sorted));
    }

    private static String fingerprint(UUID assessmentId, QuestionnaireRef questionnaire, String role, String grade,
                                      String organisation, Optional<YearMonth> completedMonth,
                                      Map<String, Answer> answers) {
        StringBuilder text = new StringBuilder();
        text.append(assessmentId).append('\n').append(questionnaire.id()).append('\n')
                .append(questionnaire.version()).append('\n').append(role).append('\n').append(grade).append('\n')
                .append(organisation).append('\n').append(completedMonth.map(YearMonth::toString).orElse("-"))
                .append('\n');
        answers.forEach((id, answer) -> appendCanonical(text.append(id).append('='), answer).append('\n'));
        byte[] hash = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** A fresh SHA-256 digest: a copy of one made once, as an import makes thousands (no provider look-up each). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Appends an answer as the fingerprint writes it: 3, "a, [a,c (options sorted) or n/a. */
    private static StringBuilder appendCanonical(StringBuilder text, Answer answer) {
        if (answer instanceof Answer.ScaleValue scale) {
            return text.append(scale.value());
        }
        if (answer instanceof Answer.Choice choice) {
            return text.append('"').append(choice.optionId());
        }
        if (answer instanceof Answer.Multi multi) {
            List<String> sorted = new ArrayList<>(multi.optionIds());
            Collections.sort(sorted);
            text.append('[');
            for (int i = 0; i < sorted.size(); i++) {
                text.append(i == 0 ? "" : ",").append(sorted.get(i));
            }
            return text;
        }
        return text.append(Answer.NotApplicable.CODE);
    }
}
