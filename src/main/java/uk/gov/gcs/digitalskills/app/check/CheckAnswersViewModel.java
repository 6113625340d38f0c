package uk.gov.gcs.digitalskills.app.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.AssessmentSession;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * "Check your answers": a summary per area with a Change link for each answer (which comes back here),
 * and an optional "evidence or examples" text per area, saved when the user leaves the field or submits.
 */
public final class CheckAnswersViewModel {
    /** One answered (or unanswered) question in the summary. */
    public record Row(String areaId, int index, String questionId, String question, String answer, boolean answered) {
    }

    /** One area's summary list. */
    public record Section(String areaId, String title, List<Row> rows) {
    }

    public static final int EVIDENCE_MAX = 2000;

    private final AssessmentSession session;
    private final Messages messages;
    private final Routes routes;
    private final Map<String, StringProperty> evidence = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper submitProblem = new ReadOnlyStringWrapper("");

    public CheckAnswersViewModel(AssessmentSession session, Messages messages, Routes routes) {
        this.session = session;
        this.messages = messages;
        this.routes = routes;
        session.areas().forEach(area -> evidence.put(area.id(), new SimpleStringProperty(session.evidence(area.id()))));
    }

    /** Name, role, grade and organisation as the summary shows them. */
    public List<String[]> details() {
        Respondent r = session.respondent();
        Questionnaire q = session.questionnaire();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("about.name"),
                r.name() == null ? messages.get("check.notGiven") : r.name()});
        rows.add(new String[] {messages.get("about.role"), label(q.profile().roles(), r.role())});
        rows.add(new String[] {messages.get("about.grade"), label(q.profile().grades(), r.grade())});
        rows.add(new String[] {messages.get("about.organisation"), label(q.profile().organisations(), r.organisation())});
        return rows;
    }

    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (Area area : session.areas()) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < area.questions().size(); i++) {
                Question question = area.questions().get(i);
                Optional<Answer> answer = session.answer(question.id());
                rows.add(new Row(area.id(), i, question.id(), question.text(),
                        answer.map(a -> describe(question, a)).orElse(messages.get("check.notAnswered")),
                        answer.isPresent()));
            }
            sections.add(new Section(area.id(), area.title(), rows));
        }
        return sections;
    }

    /** The words of an answer, as the person chose them. */
    public String describe(Question question, Answer answer) {
        Questionnaire q = session.questionnaire();
        if (answer instanceof Answer.NotApplicable) {
            return q.scale().notApplicableLabel().orElse(messages.get("check.notApplicable"));
        }
        if (answer instanceof Answer.ScaleValue value) {
            return q.scale().options().stream().filter(o -> o.value() == value.value()).findFirst()
                    .map(o -> o.label()).orElse(String.valueOf(value.value()));
        }
        if (answer instanceof Answer.Choice choice && question instanceof ChoiceQuestion cq) {
            return cq.option(choice.optionId()).map(o -> o.label()).orElse(choice.optionId());
        }
        if (answer instanceof Answer.Multi multi && question instanceof MultiQuestion mq) {
            return String.join("\n", multi.optionIds().stream()
                    .map(id -> mq.option(id).map(o -> o.label()).orElse(id)).toList());
        }
        return "";
    }

    public StringProperty evidenceProperty(String areaId) {
        return evidence.get(areaId);
    }

    /** Saves one area's evidence (when the field loses focus). */
    public void saveEvidence(String areaId) {
        String text = evidence.get(areaId).get();
        if (text != null && text.length() > EVIDENCE_MAX) {
            text = text.substring(0, EVIDENCE_MAX);
            evidence.get(areaId).set(text);
        }
        session.saveEvidence(areaId, text);
    }

    public boolean canSubmit() {
        return session.allComplete();
    }

    public void change(String areaId, int index) {
        routes.question(areaId, index, true);
    }

    public void changeDetails() {
        routes.aboutYou(true);
    }

    /** Saves all evidence, marks the assessment complete, then shows the results. */
    public void submit() {
        if (!canSubmit() || submitting.get()) {
            return;
        }
        submitting.set(true);
        submitProblem.set("");
        evidence.keySet().forEach(this::saveEvidence);
        session.complete(record -> routes.results(record, false), error -> {
            // Still a draft: Submit works again, and nothing chosen is lost.
            submitting.set(false);
            submitProblem.set(messages.get("check.submit.failed"));
        });
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    /** What to do after a failed Submit; empty otherwise. */
    public ReadOnlyStringProperty submitProblemProperty() {
        return submitProblem.getReadOnlyProperty();
    }

    public void back() {
        routes.taskList();
    }

    private String label(List<ProfileEntry> entries, String id) {
        if (id == null) {
            return messages.get("check.notGiven");
        }
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().map(ProfileEntry::label).orElse(id);
    }
}
