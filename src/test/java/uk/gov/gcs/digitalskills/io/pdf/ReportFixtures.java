package uk.gov.gcs.digitalskills.io.pdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceOption;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.json.ScoredResults;
import uk.gov.gcs.digitalskills.io.BadFileException;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/** Realistic results against the bundled questionnaire and toolkit, for the report's tests and benchmark. */
public final class ReportFixtures {
    public static final UUID ID = UUID.fromString("3f1c2a9e-7b4d-4c1e-9a55-0d2e6b8f4a10");

    private ReportFixtures() {
    }

    public static ContentLibrary library() {
        return BundledContent.library();
    }

    public static Questionnaire questionnaire() {
        return BundledContent.questionnaire();
    }

    public static ObjectiveToolkit toolkit() {
        return library().toolkitFor("gcs-digital-skills").orElseThrow();
    }

    /** A press officer who answered everything, gave evidence for most areas and chose an objective. */
    public static AssessmentRecord fullRecord() {
        Questionnaire q = questionnaire();
        String role = "press-office";
        Map<String, Answer> answers = new LinkedHashMap<>();
        int areaIndex = 0;
        for (Area area : q.areasFor(role)) {
            int strength = new int[] {2, 1, 4, 3, 3}[areaIndex % 5];
            int n = 0;
            for (Question question : area.questions()) {
                answers.put(question.id(), answer(question, strength, n++));
            }
            areaIndex++;
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("planning", "Wrote OASIS plans for the spring flood-warning campaign and the new tax "
                + "reporting service; both had a baseline, but only one had an outcome measure.");
        evidence.put("measurement-insight", "Built a monthly dashboard of GOV.UK visits from our posts, "
                + "shared with the policy team. Used it to drop a channel that was not reaching anyone.");
        evidence.put("engaging-online", "Ran the department's account during the winter resilience campaign, "
                + "answering around 40 replies a day within the agreed times.");
        ObjectiveTemplate template = objectiveTemplate();
        Map<String, String> values = new LinkedHashMap<>();
        for (TemplateField field : template.fields()) {
            values.put(field.id(), field.example());
        }
        DigitalObjective objective = new DigitalObjective(template.id(), values, template.fill(values),
                Optional.of(LocalDate.parse(values.getOrDefault("deadline", "2027-03-31"))));
        return new AssessmentRecord(ID, q.ref(),
                new Respondent("Alex Morgan", role, "seo", "hm-revenue-and-customs"),
                Optional.of(OffsetDateTime.parse("2026-11-18T09:12:00Z")),
                Optional.of(OffsetDateTime.parse("2026-11-18T09:41:30Z")),
                answers, evidence, Optional.of(objective));
    }

    /** The same person without a name, evidence or objective. */
    public static AssessmentRecord minimalRecord() {
        AssessmentRecord full = fullRecord();
        return new AssessmentRecord(UUID.fromString("00000000-0000-4000-8000-000000000001"), full.questionnaire(),
                new Respondent(null, full.respondent().role(), null, null), full.startedAt(), full.completedAt(),
                full.answers(), Map.of(), Optional.empty());
    }

    /** The full record with its last answer removed. */
    public static AssessmentRecord incompleteRecord() {
        AssessmentRecord full = fullRecord();
        Map<String, Answer> answers = new LinkedHashMap<>(full.answers());
        String last = new ArrayList<>(answers.keySet()).get(answers.size() - 1);
        answers.remove(last);
        return new AssessmentRecord(full.assessmentId(), full.questionnaire(), full.respondent(), full.startedAt(),
                Optional.empty(), answers, full.evidence(), full.objective());
    }

    public static ObjectiveTemplate objectiveTemplate() {
        return toolkit().templates().stream().filter(t -> t.area().equals("objective-setting"))
                .findFirst().orElse(toolkit().templates().get(0));
    }

    public static ScoredResult scored(AssessmentRecord record) {
        try {
            return ScoredResults.check(record, questionnaire(), "fixture");
        } catch (BadFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static QuestionnaireRef ref() {
        return questionnaire().ref();
    }

    /** An answer of roughly the given strength (0 weak to 4 strong), varied by position. */
    private static Answer answer(Question question, int strength, int n) {
        int value = Math.max(0, Math.min(4, strength + (n % 3 == 0 ? -1 : n % 3 == 1 ? 0 : 1)));
        if (question instanceof ChoiceQuestion choice) {
            List<ChoiceOption> options = choice.options().stream()
                    .sorted(java.util.Comparator.comparingInt(ChoiceOption::score)).toList();
            return new Answer.Choice(options.get(Math.min(options.size() - 1,
                    value * options.size() / 5)).id());
        }
        if (question instanceof MultiQuestion multi) {
            List<String> picked = new ArrayList<>();
            int correctWanted = Math.max(1, multi.correctCount() * value / 4);
            for (MultiOption option : multi.options()) {
                if (option.correct() && correctWanted-- > 0) {
                    picked.add(option.id());
                }
            }
            if (value < 2) {
                multi.options().stream().filter(o -> !o.correct()).findFirst().ifPresent(o -> picked.add(o.id()));
            }
            return new Answer.Multi(picked);
        }
        return new Answer.ScaleValue(value);
    }
}
