package uk.gov.gcs.digitalskills.app.insights;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import uk.gov.gcs.digitalskills.core.assessment.Answer;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.ChoiceQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiOption;
import uk.gov.gcs.digitalskills.core.questionnaire.MultiQuestion;
import uk.gov.gcs.digitalskills.core.questionnaire.Question;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.Scorer;
import uk.gov.gcs.digitalskills.io.insights.InsightsFixtures;
import uk.gov.gcs.digitalskills.io.json.ResultJson;
import uk.gov.gcs.digitalskills.testing.BundledContent;

/** Result files for the newest bundled questionnaire (2027.1), so a test can import two versions. */
final class NewerResults {
    static final String VERSION = "2027.1";

    private NewerResults() {
    }

    static Path write(Path folder, String name, Random random, String role, double skill) {
        Questionnaire q = BundledContent.questionnaire(VERSION);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Area area : q.areasFor(role)) {
            for (Question question : area.questions()) {
                answers.put(question.id(), answer(random, q, question, skill));
            }
        }
        OffsetDateTime completed = OffsetDateTime.of(2027, 1 + random.nextInt(3), 1 + random.nextInt(28), 10, 0, 0, 0,
                ZoneOffset.UTC);
        AssessmentRecord record = new AssessmentRecord(new UUID(random.nextLong(), random.nextLong()), q.ref(),
                new Respondent("Newer Person " + random.nextInt(1000), role, "heo", "cabinet-office"),
                Optional.of(completed.minusMinutes(20)), Optional.of(completed), answers, Map.of(), Optional.empty());
        byte[] bytes = ResultJson.toBytes(record, Scorer.score(q, role, answers));
        return InsightsFixtures.write(folder.resolve(name), bytes);
    }

    private static Answer answer(Random random, Questionnaire q, Question question, double skill) {
        if (question instanceof ChoiceQuestion choice) {
            int best = choice.maxScore();
            return new Answer.Choice(random.nextDouble() < skill
                    ? choice.options().stream().filter(o -> o.score() == best).findFirst().orElseThrow().id()
                    : choice.options().get(random.nextInt(choice.options().size())).id());
        }
        if (question instanceof MultiQuestion multi) {
            return new Answer.Multi(multi.options().stream()
                    .filter(o -> random.nextDouble() < (o.correct() ? skill : 1 - skill) * 0.9)
                    .map(MultiOption::id).toList());
        }
        int max = q.scale().maxValue();
        return new Answer.ScaleValue(Math.max(0, Math.min(max, (int) Math.round(skill * max
                + random.nextGaussian() * 0.9))));
    }
}
