package uk.gov.gcs.digitalskills.io.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.scoring.ScoredResult;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;

/**
 * Every character the bundled font cannot draw, in what the person (or their manager) typed, shown as "?": PDF/UA forbids missing
 * glyphs, and a name in another script must not stop the report. The embedded result file keeps the text
 * exactly as typed.
 */
final class PrintableText {
    private PrintableText() {
    }

    /**
     * The result with the person's own text (name, organisation, evidence, objective, and the manager's
     * response and review notes) made printable.
     */
    static ScoredResult of(ScoredResult result) {
        AssessmentRecord r = result.record();
        Respondent who = r.respondent();
        Map<String, String> evidence = new LinkedHashMap<>();
        r.evidence().forEach((area, text) -> evidence.put(area, of(text)));
        Optional<DigitalObjective> objective = r.objective().map(o -> {
            Map<String, String> values = new LinkedHashMap<>();
            o.values().forEach((field, value) -> values.put(field, of(value)));
            return new DigitalObjective(o.templateId(), values, of(o.text()), o.deadline());
        });
        // The manager's response prefills form fields and the reviews fill the checkpoint rows: both drawn text.
        Optional<ManagerResponse> manager = r.manager().map(m -> new ManagerResponse(of(m.name()), m.date(),
                m.agreed(), of(m.comments())));
        List<Review> reviews = r.reviews().stream().map(v -> new Review(v.stage(), v.date(), v.actual(), v.status(),
                of(v.note()))).toList();
        AssessmentRecord shown = new AssessmentRecord(r.assessmentId(), r.questionnaire(),
                new Respondent(of(who.name()), who.role(), who.grade(), of(who.organisation())),
                r.startedAt(), r.completedAt(), r.answers(), evidence, objective, manager, reviews);
        return new ScoredResult(shown, result.questionnaire(), result.scores());
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean drawable = Character.isWhitespace(c) || (ReportFonts.REGULAR.getGlyph(c) != null
                    && ReportFonts.BOLD.getGlyph(c) != null);
            out.append(drawable ? Character.toString(c) : "?");
        });
        return out.toString();
    }
}
