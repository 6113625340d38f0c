package uk.gov.gcs.digitalskills.app.objective;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveToolkit;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.questionnaire.QuestionnaireRef;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;
import uk.gov.gcs.digitalskills.io.json.ContentFiles;
import uk.gov.gcs.digitalskills.io.json.ContentLibrary;

/** The bundled questionnaire and toolkit, a fixed day (1 May 2026) and score reports made to order. */
final class ObjectiveFixtures {
    static final ContentLibrary LIBRARY = ContentLibrary.load(new ContentFiles(), Optional.empty());
    /** Questionnaire 2026.1 and its toolkit: the expected sentences below were written for their templates. */
    static final Questionnaire QUESTIONNAIRE = LIBRARY.questionnaire(
            new QuestionnaireRef("gcs-digital-skills", "2026.1")).orElseThrow();
    static final ObjectiveToolkit TOOLKIT = LIBRARY.toolkitFor(QUESTIONNAIRE.ref()).orElseThrow();
    /** 1 May 2026, 10:00 in London: the default deadline is 31 March 2027, the latest 31 March 2028. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneId.of("Europe/London"));

    private ObjectiveFixtures() {
    }

    /** Scores for the role's areas: the three core areas as given, every other area at 50%. */
    static ScoreReport scores(String role, String planning, String objectives, String measurement) {
        List<AreaScore> areas = new ArrayList<>();
        for (Area area : QUESTIONNAIRE.areasFor(role)) {
            String percent = switch (area.id()) {
                case "planning" -> planning;
                case "objective-setting" -> objectives;
                case "measurement-insight" -> measurement;
                default -> "50";
            };
            BigDecimal p = new BigDecimal(percent);
            areas.add(new AreaScore(area.id(), area.title(), area.core(), p, BigDecimal.valueOf(100), Optional.of(p),
                    Optional.of(QUESTIONNAIRE.levelFor(p))));
        }
        return new ScoreReport(QUESTIONNAIRE.ref(), true, List.of(), areas, Optional.empty());
    }
}
