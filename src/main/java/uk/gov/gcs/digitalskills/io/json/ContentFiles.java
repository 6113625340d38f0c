package uk.gov.gcs.digitalskills.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.assessment.AnswerRules;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.ToolkitRules;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRules;
import uk.gov.gcs.digitalskills.io.BadFileException;

/**
 * Turns questionnaire, toolkit and result files into checked domain records: parse, check the format and
 * version, check the schema, convert, then apply the rules the schema cannot express.
 */
public final class ContentFiles {
    private final SchemaCheck schemas = new SchemaCheck();

    public Questionnaire readQuestionnaire(Path file) throws BadFileException {
        return questionnaire(JsonSupport.readTree(file), file.toString());
    }

    public Questionnaire readQuestionnaire(InputStream in, String name) throws BadFileException {
        return questionnaire(JsonSupport.readTree(in, name), name);
    }

    public ObjectiveToolkit readToolkit(Path file) throws BadFileException {
        return toolkit(JsonSupport.readTree(file), file.toString());
    }

    public ObjectiveToolkit readToolkit(InputStream in, String name) throws BadFileException {
        return toolkit(JsonSupport.readTree(in, name), name);
    }

    /**
     * A questionnaire bundled in the app, without the JSON Schema check: the build checks every bundled file
     * against its schema ({@code BundledContentTest}), and compiling the questionnaire and toolkit schemas at
     * every start was a good part of a cold command's time (issue 15). The rules the schema cannot express
     * still run.
     */
    Questionnaire readBundledQuestionnaire(InputStream in, String name) throws BadFileException {
        JsonNode root = JsonSupport.readTree(in, name);
        DocumentKind.QUESTIONNAIRE.require(root, name);
        return checkedQuestionnaire(root, name);
    }

    /** A toolkit bundled in the app, without the JSON Schema check (see {@link #readBundledQuestionnaire}). */
    ObjectiveToolkit readBundledToolkit(InputStream in, String name) throws BadFileException {
        JsonNode root = JsonSupport.readTree(in, name);
        DocumentKind.TOOLKIT.require(root, name);
        return checkedToolkit(root, name);
    }

    public AssessmentRecord readResult(Path file) throws BadFileException {
        return result(JsonSupport.readTree(file), file.toString());
    }

    public AssessmentRecord readResult(InputStream in, String name) throws BadFileException {
        return result(JsonSupport.readTree(in, name), name);
    }

    /**
     * Everything wrong with a file of any of the three kinds, strictly (unknown fields count). A toolkit
     * or result is also checked against its questionnaire when the library has it.
     */
    public List<Problem> validate(Path file, ContentLibrary library) {
        try {
            JsonNode root = JsonSupport.readTree(file);
            DocumentKind kind = DocumentKind.of(root, file.toString());
            List<Problem> problems = schemas.check(kind, root);
            if (!problems.isEmpty()) {
                return problems;
            }
            return switch (kind) {
                case QUESTIONNAIRE -> {
                    List<Problem> found = new ArrayList<>(QuestionnaireJson.fieldProblems(root));
                    found.addAll(QuestionnaireRules.check(QuestionnaireJson.toDomain(root)));
                    yield found;
                }
                case TOOLKIT -> {
                    ObjectiveToolkit toolkit = ToolkitJson.toDomain(root);
                    List<Problem> found = new ArrayList<>();
                    // Not the newest questionnaire: an older toolkit must not be checked against a newer
                    // version whose areas have changed.
                    Optional<Questionnaire> questionnaire = library.questionnaireFor(toolkit);
                    if (questionnaire.isEmpty()) {
                        found.add(new Problem("/questionnaire", "questionnaire '" + toolkit.questionnaireId()
                                + "' is not installed, so areas, levels and roles could not be checked"));
                    }
                    found.addAll(ToolkitRules.check(toolkit, questionnaire));
                    yield found;
                }
                case RESULT -> {
                    AssessmentRecord record = ResultJson.toDomain(root, file.toString());
                    Optional<Questionnaire> questionnaire = library.questionnaire(record.questionnaire());
                    if (questionnaire.isEmpty()) {
                        yield List.of(new Problem("/questionnaire", "questionnaire " + record.questionnaire()
                                + " is not installed"));
                    }
                    yield ResultAnswers.problems(record, questionnaire.get());
                }
            };
        } catch (BadFileException e) {
            return e.problems();
        }
    }

    private Questionnaire questionnaire(JsonNode root, String name) throws BadFileException {
        DocumentKind.QUESTIONNAIRE.require(root, name);
        throwIfAny(name, schemas.check(DocumentKind.QUESTIONNAIRE, root, true));
        return checkedQuestionnaire(root, name);
    }

    private static Questionnaire checkedQuestionnaire(JsonNode root, String name) throws BadFileException {
        Questionnaire questionnaire = QuestionnaireJson.toDomain(root);
        List<Problem> problems = new ArrayList<>(QuestionnaireJson.fieldProblems(root));
        problems.addAll(QuestionnaireRules.check(questionnaire));
        throwIfAny(name, problems);
        return questionnaire;
    }

    private ObjectiveToolkit toolkit(JsonNode root, String name) throws BadFileException {
        DocumentKind.TOOLKIT.require(root, name);
        throwIfAny(name, schemas.check(DocumentKind.TOOLKIT, root, true));
        return checkedToolkit(root, name);
    }

    private static ObjectiveToolkit checkedToolkit(JsonNode root, String name) throws BadFileException {
        ObjectiveToolkit toolkit = ToolkitJson.toDomain(root);
        throwIfAny(name, ToolkitRules.check(toolkit, Optional.empty()));
        return toolkit;
    }

    private AssessmentRecord result(JsonNode root, String name) throws BadFileException {
        DocumentKind.RESULT.require(root, name);
        throwIfAny(name, schemas.check(DocumentKind.RESULT, root, true));
        return ResultJson.toDomain(root, name);
    }

    private static void throwIfAny(String name, List<Problem> problems) throws BadFileException {
        if (!problems.isEmpty()) {
            throw new BadFileException(name, problems);
        }
    }

    /** Answer problems of a result against its questionnaire, including a role the questionnaire lacks. */
    static final class ResultAnswers {
        private ResultAnswers() {
        }

        static List<Problem> problems(AssessmentRecord record, Questionnaire questionnaire) {
            List<Problem> problems = new ArrayList<>();
            String role = record.respondent().role();
            if (role != null && questionnaire.profile().role(role).isEmpty()) {
                problems.add(new Problem("/respondent/role", "role '" + role + "' is not a role of questionnaire "
                        + questionnaire.ref()));
            }
            problems.addAll(AnswerRules.check(questionnaire, record.answers()));
            return problems;
        }
    }

    static InputStream bundled(String resource) throws IOException {
        InputStream in = ContentFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the app is missing its bundled file " + resource);
        }
        return in;
    }
}
