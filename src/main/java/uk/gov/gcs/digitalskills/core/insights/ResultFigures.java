package uk.gov.gcs.digitalskills.core.insights;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

/**
 * The figures of one stored result that aggregates read, kept compact because a query reads many thousands:
 * the grouping fields, the completion month, each area's percent in tenths (-1 when the area does not
 * apply or is not scored) and each question's unweighted points (-1 when unanswered or "n/a"), both in the
 * order of the result's {@link Layout}, and the result's {@link ObjectiveFacts} (empty for results imported
 * before they were kept).
 */
public final class ResultFigures {
    public static final int NONE = -1;

    private final QuestionnaireRef questionnaire;
    private final String role;
    private final String grade;
    private final String organisation;
    private final YearMonth month;
    private final short[] areaTenths;
    private final short[] questionPoints;
    /** {@link ObjectiveFacts#pack()}, or -1 when not known. */
    private final byte objective;

    public ResultFigures(QuestionnaireRef questionnaire, String role, String grade, String organisation,
                         Optional<YearMonth> month, short[] areaTenths, short[] questionPoints) {
        this(questionnaire, role, grade, organisation, month, areaTenths, questionPoints, Optional.empty());
    }

    public ResultFigures(QuestionnaireRef questionnaire, String role, String grade, String organisation,
                         Optional<YearMonth> month, short[] areaTenths, short[] questionPoints,
                         Optional<ObjectiveFacts> objective) {
        this.objective = (byte) (int) objective.map(ObjectiveFacts::pack).orElse(-1);
        this.questionnaire = Objects.requireNonNull(questionnaire);
        this.role = role;
        this.grade = grade;
        this.organisation = organisation;
        this.month = month.orElse(null);
        this.areaTenths = areaTenths.clone();
        this.questionPoints = questionPoints.clone();
        for (short t : this.areaTenths) {
            if (t < NONE || t > 1000) {
                throw new IllegalArgumentException("an area percent must be 0.0 to 100.0, found tenths " + t);
            }
        }
    }

    public QuestionnaireRef questionnaire() {
        return questionnaire;
    }

    public String role() {
        return role;
    }

    public String grade() {
        return grade;
    }

    public String organisation() {
        return organisation;
    }

    public Optional<YearMonth> month() {
        return Optional.ofNullable(month);
    }

    public Optional<ObjectiveFacts> objective() {
        return objective < 0 ? Optional.empty() : Optional.of(ObjectiveFacts.unpack(objective));
    }

    /** {@link ObjectiveFacts#pack()}, or -1 when not known: what the aggregates read. */
    public int objectiveCode() {
        return objective;
    }

    public int areaCount() {
        return areaTenths.length;
    }

    /** The area's percent × 10 (so 62.5% is 625), or {@link #NONE}. */
    public int areaTenths(int index) {
        return areaTenths[index];
    }

    public int questionCount() {
        return questionPoints.length;
    }

    public int questionPoints(int index) {
        return questionPoints[index];
    }

    public short[] areaTenthsCopy() {
        return areaTenths.clone();
    }

    public short[] questionPointsCopy() {
        return questionPoints.clone();
    }

    /** The value of the field a grouping groups by. */
    public String groupValue(Grouping grouping) {
        return switch (grouping) {
            case NONE -> null;
            case ROLE -> role;
            case GRADE -> grade;
            case ORGANISATION -> organisation;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultFigures other && questionnaire.equals(other.questionnaire)
                && Objects.equals(role, other.role) && Objects.equals(grade, other.grade)
                && Objects.equals(organisation, other.organisation) && Objects.equals(month, other.month)
                && objective == other.objective
                && Arrays.equals(areaTenths, other.areaTenths) && Arrays.equals(questionPoints, other.questionPoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionnaire, role, grade, organisation, month, objective,
                Arrays.hashCode(areaTenths),
                Arrays.hashCode(questionPoints));
    }
}
