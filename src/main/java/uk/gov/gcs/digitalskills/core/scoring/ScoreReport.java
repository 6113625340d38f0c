package uk.gov.gcs.digitalskills.core.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;

/** Everything the {@code score} command prints: per-area scores for the respondent's role and the overall. */
public record ScoreReport(QuestionnaireRef questionnaire, boolean complete, List<String> unanswered,
                          List<AreaScore> areas, Optional<OverallScore> overall) {
    public ScoreReport {
        unanswered = List.copyOf(unanswered);
        areas = List.copyOf(areas);
    }

    public Optional<AreaScore> area(String areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).findFirst();
    }

    /** Scored areas from strongest to weakest; ties keep questionnaire order. */
    public List<AreaScore> strongestFirst() {
        return areas.stream().filter(AreaScore::scored)
                .sorted(Comparator.comparing((AreaScore a) -> a.percent().orElseThrow()).reversed())
                .toList();
    }

    /** Scored areas from weakest to strongest; ties keep questionnaire order. */
    public List<AreaScore> weakestFirst() {
        return areas.stream().filter(AreaScore::scored)
                .sorted(Comparator.comparing((AreaScore a) -> a.percent().orElseThrow()))
                .toList();
    }
}
