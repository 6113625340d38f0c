package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.questionnaire.Area;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/** For each area: its level and percent, the questionnaire's advice for that level, and the evidence given. */
final class AdviceSection {
    private final ReportStyle style;
    private final AssessmentRecord record;
    private final Questionnaire questionnaire;
    private final ScoreReport scores;

    AdviceSection(ReportStyle style, AssessmentRecord record, Questionnaire questionnaire, ScoreReport scores) {
        this.style = style;
        this.record = record;
        this.questionnaire = questionnaire;
        this.scores = scores;
    }

    void add(Document document) {
        ReportText text = style.text;
        document.add(style.sectionHeading("advice.heading", "advice"));
        for (AreaScore score : scores.areas()) {
            Area area = questionnaire.area(score.areaId()).orElseThrow();
            Div block = style.group().setMarginBottom(4);
            block.add(style.subHeading(area.title()));
            if (score.scored()) {
                Level level = score.level().get();
                Paragraph advice = style.body("").add(new Text(text.get("advice.level", level.label(),
                        ReportText.percent(score.percent().get())) + " ").setFont(style.bold));
                area.adviceFor(level.id()).ifPresent(advice::add);
                block.add(advice);
            } else {
                block.add(style.body(text.get("advice.notScored")));
            }
            String evidence = record.evidence().get(area.id());
            if (evidence != null && !evidence.isBlank()) {
                block.add(style.inset(new Paragraph().setMargin(0).setMultipliedLeading(1.25f)
                        .add(new Text(text.get("advice.evidence") + " ").setFont(style.bold))
                        .add(evidence.strip()), ReportStyle.BORDER));
            } else {
                block.add(style.body(text.get("advice.noEvidence")).setFontColor(ReportStyle.SECONDARY)
                        .setFontSize(9.5f));
            }
            document.add(block);
        }
    }
}
