package uk.gov.gcs.digitalskills.core.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.gcs.digitalskills.core.Problem;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleQuestion;

/** Checks that every answer fits its question; each problem names the question id. */
public final class AnswerRules {
    private AnswerRules() {
    }

    public static List<Problem> check(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Question> questions = questionsById(questionnaire);
        answers.keySet().stream().sorted().forEach(id -> {
            Question question = questions.get(id);
            if (question == null) {
                problems.add(new Problem(pointer(id), "question '" + id + "' is not in questionnaire "
                        + questionnaire.ref()));
                return;
            }
            String message = problemWith(questionnaire, question, answers.get(id));
            if (message != null) {
                problems.add(new Problem(pointer(id), "question '" + id + "': " + message));
            }
        });
        return List.copyOf(problems);
    }

    /** The JSON pointer of an answer: made only for a problem, as nearly every answer has none. */
    private static String pointer(String id) {
        return "/answers/" + id.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The ids, in order, of the known questions answered "n/a" where {@link Questionnaire#allowsNotApplicable}
     * says it is not allowed: bad input that importers name as its own reason.
     */
    public static List<String> disallowedNotApplicable(Questionnaire questionnaire, Map<String, Answer> answers) {
        List<String> disallowed = new ArrayList<>();
        Map<String, Question> questions = null;
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            if (e.getValue() instanceof Answer.NotApplicable) {
                questions = questions == null ? questionsById(questionnaire) : questions;
                Question question = questions.get(e.getKey());
                if (question != null && !questionnaire.allowsNotApplicable(question)) {
                    disallowed.add(e.getKey());
                }
            }
        }
        disallowed.sort(null);
        return List.copyOf(disallowed);
    }

    /**
     * Every question by its id, as {@link Questionnaire#question} finds them (the first of an id), made once
     * per check rather than searched for each answer: an import checks thousands of files.
     */
    private static Map<String, Question> questionsById(Questionnaire questionnaire) {
        Map<String, Question> questions = new HashMap<>();
        for (Area area : questionnaire.areas()) {
            for (Question question : area.questions()) {
                questions.putIfAbsent(question.id(), question);
            }
        }
        return questions;
    }

    private static String problemWith(Questionnaire questionnaire, Question question, Answer answer) {
        if (answer instanceof Answer.NotApplicable) {
            // Questionnaire.allowsNotApplicable is the one rule; the branches only choose the clearest reason.
            if (questionnaire.allowsNotApplicable(question)) {
                return null;
            }
            if (!(question instanceof ScaleQuestion)) {
                return "\"n/a\" is only allowed for scale questions";
            }
            return questionnaire.scale().allowsNotApplicable()
                    ? "\"n/a\" is not allowed here: this questionnaire does not offer \"not relevant\" for"
                            + " this question, so it needs a value on the scale (0 to "
                            + questionnaire.scale().maxValue() + ")"
                    : "\"n/a\" is not allowed because this questionnaire's scale has no \"not relevant\" option";
        }
        if (question instanceof ScaleQuestion) {
            if (!(answer instanceof Answer.ScaleValue scale)) {
                return "the answer must be a whole number on the scale (0 to "
                        + questionnaire.scale().maxValue() + ")";
            }
            return questionnaire.scale().hasValue(scale.value()) ? null
                    : "scale value " + scale.value() + " is out of range (0 to "
                            + questionnaire.scale().maxValue() + ")";
        }
        if (question instanceof ChoiceQuestion choice) {
            if (!(answer instanceof Answer.Choice picked)) {
                return "the answer must be one option id, such as \"" + choice.options().get(0).id() + "\"";
            }
            return choice.option(picked.optionId()).isPresent() ? null
                    : "there is no option '" + picked.optionId() + "'";
        }
        MultiQuestion multi = (MultiQuestion) question;
        if (!(answer instanceof Answer.Multi picked)) {
            return "the answer must be a list of option ids, such as [\"" + multi.options().get(0).id() + "\"]";
        }
        Set<String> seen = new HashSet<>();
        for (String optionId : picked.optionIds()) {
            if (multi.option(optionId).isEmpty()) {
                return "there is no option '" + optionId + "'";
            }
            if (!seen.add(optionId)) {
                return "option '" + optionId + "' is listed more than once";
            }
        }
        return null;
    }
}
