package uk.gov.gcs.digitalskills.io.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.io.DataFolder;

/**
 * The assessments in {@code release-0.1.0/assessments.mv.db}, a database file written by release 0.1.0
 * (schema version 1, before the manager's response and reviews). {@link #main} wrote it, ONCE, on the code
 * of that release; it is kept as it was so that {@code ReleaseDatabaseTest} shows a file of the current
 * release still opens with every assessment. Do not write it again with newer code: it would no longer be
 * an old file.
 */
public final class ReleaseDatabase {
    static final String RESOURCE = "/uk/gov/gcs/digitalskills/io/db/release-0.1.0/assessments.mv.db";
    static final QuestionnaireRef Q2026 = new QuestionnaireRef("gcs-digital-skills", "2026.1");
    static final QuestionnaireRef Q2027 = new QuestionnaireRef("gcs-digital-skills", "2027.1");
    static final UUID COMPLETED = UUID.fromString("5b0c1c4e-0a7e-4c55-9d1e-000000000001");
    static final UUID COMPLETED_PLAIN = UUID.fromString("5b0c1c4e-0a7e-4c55-9d1e-000000000002");
    static final UUID DRAFT = UUID.fromString("5b0c1c4e-0a7e-4c55-9d1e-000000000003");
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    private ReleaseDatabase() {
    }

    /** The assessments as the file keeps them: two completed (newest first), then the draft. */
    static List<AssessmentRecord> records() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("planning.start-from-policy", new Answer.ScaleValue(3));
        answers.put("planning.scenario-channel", new Answer.Choice("b"));
        answers.put("planning.which-in-plan", new Answer.Multi(List.of("a", "c")));
        answers.put("measure.own-analytics", Answer.NOT_APPLICABLE);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("measure", "Weekly dashboard for the press office,\nshared on Mondays.");
        evidence.put("planning", "Led the channel plan for the £2m campaign.");
        DigitalObjective objective = new DigitalObjective("planning.channel-plan",
                Map.of("campaign", "Warm Homes", "target", "1,500", "deadline", "2027-03-31"),
                "By 31 March 2027, plan the Warm Homes campaign's channels to reach 1,500 people.",
                Optional.of(LocalDate.of(2027, 3, 31)));
        AssessmentRecord completed = new AssessmentRecord(COMPLETED, Q2026,
                new Respondent("Siân Ó Briain", "press-office", "heo", "Department for Education"),
                Optional.of(T0), Optional.of(T0.plusHours(1)), answers, evidence, Optional.of(objective));
        AssessmentRecord plain = new AssessmentRecord(COMPLETED_PLAIN, Q2027, Respondent.ANONYMOUS,
                Optional.of(T0.plusDays(3)), Optional.of(T0.plusDays(3).plusMinutes(40)),
                Map.of("planning.start-from-policy", new Answer.ScaleValue(0)), Map.of(), Optional.empty());
        AssessmentRecord draft = new AssessmentRecord(DRAFT, Q2027, new Respondent(null, "other", null, "Other body"),
                Optional.of(T0.plusDays(5)), Optional.empty(),
                Map.of("planning.which-in-plan", new Answer.Multi(List.of())), Map.of(),
                Optional.of(new DigitalObjective("planning.free", Map.of(), "Write a plan.", Optional.empty())));
        return List.of(plain, completed, draft);
    }

    /** Writes the file into {@code args[0]} with the store of the code it runs on. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);
        try (AssessmentStore store = AssessmentStore.open(new DataFolder(dir), clock)) {
            for (AssessmentRecord r : records()) {
                store.create(r.assessmentId(), r.questionnaire(), r.respondent(), r.startedAt().orElseThrow());
                r.answers().forEach((q, a) -> store.saveAnswer(r.assessmentId(), q, a));
                r.evidence().forEach((area, text) -> store.saveEvidence(r.assessmentId(), area, text));
                r.objective().ifPresent(o -> store.saveObjective(r.assessmentId(), o));
                r.completedAt().ifPresent(at -> store.complete(r.assessmentId(), at));
            }
            if (store.schemaVersion() != 1) {
                throw new IllegalStateException("run this on the code of release 0.1.0 (schema version 1) only");
            }
        }
    }
}
