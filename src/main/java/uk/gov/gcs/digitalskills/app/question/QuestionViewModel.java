package uk.gov.gcs.digitalskills.app.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.ScaleOption;

/**
 * One question per page. Options are numbered from 0 here and from 1 on the keyboard; "Not relevant to my
 * role", where allowed, is {@link #NOT_APPLICABLE}. Each choice is saved at once through the session.
 */
public final class QuestionViewModel {
    /** The index of "Not relevant to my role" in {@link #selection()}. */
    public static final int NOT_APPLICABLE = -1;

    private final AssessmentSession session;
    private final Messages messages;
    private final Routes routes;
    private final Area area;
    private final int index;
    private final boolean returnToCheck;
    private final Question question;
    private final List<String> labels = new ArrayList<>();
    private final Optional<String> notApplicableLabel;
    private final ReadOnlyObjectWrapper<Set<Integer>> selection = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public QuestionViewModel(AssessmentSession session, Messages messages, Routes routes, String areaId, int index,
                             boolean returnToCheck) {
        this.session = session;
        this.messages = messages;
        this.routes = routes;
        this.area = session.area(areaId);
        this.index = index;
        this.returnToCheck = returnToCheck;
        this.question = area.questions().get(index);
        if (question instanceof ChoiceQuestion choice) {
            choice.options().forEach(o -> labels.add(o.label()));
            notApplicableLabel = Optional.empty();
        } else if (question instanceof MultiQuestion multi) {
            multi.options().forEach(o -> labels.add(o.label()));
            notApplicableLabel = Optional.empty();
        } else {
            session.questionnaire().scale().options().forEach(o -> labels.add(o.label()));
            notApplicableLabel = session.questionnaire().scale().notApplicableLabel();
        }
        session.answer(question.id()).ifPresent(answer -> selection.set(fromAnswer(answer)));
    }

    public String questionId() {
        return question.id();
    }

    public String heading() {
        return question.text();
    }

    public Optional<String> hint() {
        return question.hint();
    }

    /** "Question 3 of 12 · Planning". */
    public String caption() {
        return messages.get("question.caption", index + 1, area.questions().size(), area.title());
    }

    public double progress() {
        int total = session.totalQuestions();
        return total == 0 ? 0 : (double) session.answeredQuestions() / total;
    }

    public String progressText() {
        return messages.get("question.progress", session.answeredQuestions(), session.totalQuestions());
    }

    /** True for "select all that apply", where options are checkboxes that toggle. */
    public boolean multiple() {
        return question instanceof MultiQuestion;
    }

    public List<String> options() {
        return List.copyOf(labels);
    }

    public Optional<String> notApplicableLabel() {
        return notApplicableLabel;
    }

    public String keyboardHint() {
        String base = multiple() ? messages.get("question.keys.multi", labels.size())
                : messages.get("question.keys.single", labels.size());
        return notApplicableLabel.isPresent() ? base + " " + messages.get("question.keys.notApplicable") : base;
    }

    /** Picks option {@code i} (0-based), or toggles it for "select all that apply"; saved at once. */
    public void choose(int i) {
        if (i < 0 || i >= labels.size()) {
            return;
        }
        Set<Integer> next;
        if (multiple()) {
            next = new LinkedHashSet<>(selection.get());
            if (!next.remove(i)) {
                next.add(i);
            }
        } else {
            next = Set.of(i);
        }
        select(next);
    }

    public void chooseNotApplicable() {
        if (notApplicableLabel.isPresent()) {
            select(Set.of(NOT_APPLICABLE));
        }
    }

    /** A key press: 1–9 picks or toggles that option, N "not relevant". Returns whether the key was used. */
    public boolean key(String text) {
        if (text == null || text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        if (c >= '1' && c <= '9' && c - '1' < labels.size()) {
            choose(c - '1');
            return true;
        }
        if ((c == 'n' || c == 'N') && notApplicableLabel.isPresent()) {
            chooseNotApplicable();
            return true;
        }
        return false;
    }

    /** Moves on when there is an answer; without one, says so instead of skipping. */
    public boolean continueOn() {
        if (selection.get().isEmpty()) {
            error.set(messages.get(multiple() ? "question.error.multi" : "question.error.single"));
            return false;
        }
        error.set("");
        if (returnToCheck) {
            routes.checkAnswers();
        } else if (index + 1 < area.questions().size()) {
            routes.question(area.id(), index + 1, false);
        } else {
            routes.taskList();
        }
        return true;
    }

    public void back() {
        if (returnToCheck) {
            routes.checkAnswers();
        } else if (index > 0) {
            routes.question(area.id(), index - 1, false);
        } else {
            routes.taskList();
        }
    }

    public ReadOnlyObjectProperty<Set<Integer>> selection() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void select(Set<Integer> next) {
        selection.set(Set.copyOf(next));
        error.set("");
        session.record(question.id(), toAnswer(next));
    }

    private Answer toAnswer(Set<Integer> chosen) {
        if (chosen.contains(NOT_APPLICABLE)) {
            return Answer.NOT_APPLICABLE;
        }
        if (question instanceof MultiQuestion multi) {
            // In the questionnaire's order, so the same choice is always saved the same way.
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < multi.options().size(); i++) {
                if (chosen.contains(i)) {
                    ids.add(multi.options().get(i).id());
                }
            }
            return new Answer.Multi(ids);
        }
        int i = chosen.iterator().next();
        if (question instanceof ChoiceQuestion choice) {
            return new Answer.Choice(choice.options().get(i).id());
        }
        ScaleOption option = session.questionnaire().scale().options().get(i);
        return new Answer.ScaleValue(option.value());
    }

    private Set<Integer> fromAnswer(Answer answer) {
        if (answer instanceof Answer.NotApplicable) {
            return Set.of(NOT_APPLICABLE);
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        if (answer instanceof Answer.Multi multi && question instanceof MultiQuestion mq) {
            List<MultiOption> options = mq.options();
            for (int i = 0; i < options.size(); i++) {
                if (multi.optionIds().contains(options.get(i).id())) {
                    chosen.add(i);
                }
            }
        } else if (answer instanceof Answer.Choice picked && question instanceof ChoiceQuestion cq) {
            List<ChoiceOption> options = cq.options();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).id().equals(picked.optionId())) {
                    chosen.add(i);
                }
            }
        } else if (answer instanceof Answer.ScaleValue value) {
            List<ScaleOption> options = session.questionnaire().scale().options();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).value() == value.value()) {
                    chosen.add(i);
                }
            }
        }
        return Set.copyOf(chosen);
    }
}
