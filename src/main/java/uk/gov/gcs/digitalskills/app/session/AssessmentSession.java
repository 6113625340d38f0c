package uk.gov.gcs.digitalskills.app.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import uk.gov.gcs.digitalskills.app.common.Background;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRepository;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/**
 * The assessment in progress. Screens read it at once from memory; every change is also written to the
 * store through {@link Background}, in order, so the screen never waits and nothing chosen is lost.
 */
public final class AssessmentSession {
    /** Hears how each write went, on the FX thread: a failure to tell the user about, or that a save went through. */
    @FunctionalInterface
    public interface SaveListener {
        void failed(Throwable error);

        default void saved() {
        }
    }

    private final Background background;
    private final AssessmentRepository store;
    private final Clock clock;
    private final SaveListener onSave;
    private final Questionnaire questionnaire;
    private final UUID id;
    private final OffsetDateTime startedAt;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, String> evidence = new LinkedHashMap<>();
    private Respondent respondent;
    private boolean created;
    private Optional<OffsetDateTime> completedAt = Optional.empty();
    private OffsetDateTime lastChange;

    private AssessmentSession(Background background, AssessmentRepository store, Clock clock,
                              SaveListener onSave, Questionnaire questionnaire, UUID id,
                              OffsetDateTime startedAt, Respondent respondent, boolean created) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.onSave = onSave;
        this.questionnaire = questionnaire;
        this.id = id;
        this.startedAt = startedAt;
        this.respondent = respondent;
        this.created = created;
        this.lastChange = startedAt;
    }

    /** A new assessment; it is saved once "About you" is answered. */
    public static AssessmentSession fresh(Background background, AssessmentRepository store, Clock clock,
                                          SaveListener onSave, Questionnaire questionnaire) {
        return new AssessmentSession(background, store, clock, onSave, questionnaire, UUID.randomUUID(),
                OffsetDateTime.now(clock), Respondent.ANONYMOUS, false);
    }

    /** Carries on with a saved draft. */
    public static AssessmentSession resume(Background background, AssessmentRepository store, Clock clock,
                                           SaveListener onSave, Questionnaire questionnaire,
                                           AssessmentRecord draft, OffsetDateTime savedAt) {
        AssessmentSession session = new AssessmentSession(background, store, clock, onSave, questionnaire,
                draft.assessmentId(), draft.startedAt().orElse(OffsetDateTime.now(clock)), draft.respondent(), true);
        draft.answers().forEach((questionId, answer) -> {
            if (questionnaire.question(questionId).isPresent()) {
                session.answers.put(questionId, answer);
            }
        });
        session.evidence.putAll(draft.evidence());
        session.lastChange = savedAt;
        return session;
    }

    public UUID id() {
        return id;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Respondent respondent() {
        return respondent;
    }

    /** Whether "About you" has been answered (and so the assessment is saved). */
    public boolean started() {
        return created;
    }

    public boolean completed() {
        return completedAt.isPresent();
    }

    /** When the last change was made (and handed to the store). */
    public OffsetDateTime lastChange() {
        return lastChange;
    }

    public void updateRespondent(Respondent updated) {
        respondent = updated;
        if (!created) {
            created = true;
            save(() -> {
                store.create(id, questionnaire.ref(), updated, startedAt);
                return null;
            });
        } else {
            save(() -> {
                store.saveProfile(id, updated);
                return null;
            });
        }
    }

    /** The areas that apply to the chosen role, in questionnaire order. */
    public List<Area> areas() {
        return questionnaire.areasFor(respondent.role());
    }

    public Area area(String areaId) {
        return questionnaire.area(areaId).orElseThrow(() -> new IllegalArgumentException("no area " + areaId));
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** Records an answer and saves it at once; an empty "select all that apply" removes the answer. */
    public void record(String questionId, Answer answer) {
        if (answer instanceof Answer.Multi multi && multi.optionIds().isEmpty()) {
            if (answers.remove(questionId) != null) {
                save(() -> {
                    store.deleteAnswer(id, questionId);
                    return null;
                });
            }
            return;
        }
        if (answer.equals(answers.get(questionId))) {
            return;
        }
        answers.put(questionId, answer);
        save(() -> {
            store.saveAnswer(id, questionId, answer);
            return null;
        });
    }

    public String evidence(String areaId) {
        return evidence.getOrDefault(areaId, "");
    }

    /** Keeps an area's evidence text (stripped; blank removes it) and saves it at once. */
    public void saveEvidence(String areaId, String text) {
        String kept = text == null ? "" : text.strip();
        if (kept.equals(evidence(areaId))) {
            return;
        }
        if (kept.isEmpty()) {
            evidence.remove(areaId);
        } else {
            evidence.put(areaId, kept);
        }
        save(() -> {
            store.saveEvidence(id, areaId, kept);
            return null;
        });
    }

    public AreaStatus status(Area area) {
        long answered = area.questions().stream().filter(q -> answers.containsKey(q.id())).count();
        if (answered == 0) {
            return AreaStatus.NOT_STARTED;
        }
        return answered == area.questions().size() ? AreaStatus.COMPLETED : AreaStatus.IN_PROGRESS;
    }

    public boolean allComplete() {
        return areas().stream().allMatch(a -> status(a) == AreaStatus.COMPLETED);
    }

    public int totalQuestions() {
        return areas().stream().mapToInt(a -> a.questions().size()).sum();
    }

    public int answeredQuestions() {
        return (int) areas().stream().flatMap(a -> a.questions().stream())
                .filter(q -> answers.containsKey(q.id())).count();
    }

    /** Where to go in an area: the first question not yet answered, else the first question. */
    public int firstOpenIndex(Area area) {
        List<Question> questions = area.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (!answers.containsKey(questions.get(i).id())) {
                return i;
            }
        }
        return 0;
    }

    public AssessmentRecord record() {
        return new AssessmentRecord(id, questionnaire.ref(), respondent, Optional.of(startedAt), completedAt,
                answers, evidence, Optional.empty());
    }

    /**
     * Marks the assessment complete once the store has it; {@code then} gets the record read back. It stays
     * a draft in memory until then, so a failed write leaves the person able to carry on or try again:
     * {@code failed} hears of it (after the save listener, which tells the user what failed).
     */
    public void complete(Consumer<AssessmentRecord> then, Consumer<Throwable> failed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        lastChange = now;
        background.save(() -> {
            store.complete(id, now);
            return store.load(id);
        }).onSuccess(record -> {
            completedAt = Optional.of(now);
            onSave.saved();
            then.accept(record);
        }).onError(Throwable.class, error -> {
            onSave.failed(error);
            failed.accept(error);
        }).start();
    }

    private void save(Callable<Void> work) {
        lastChange = OffsetDateTime.now(clock);
        background.save(work).onSuccess(done -> onSave.saved()).onError(Throwable.class, onSave::failed).start();
    }
}
