package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.util.List;
import uk.gov.gcs.digitalskills.core.assessment.AssessmentRecord;
import uk.gov.gcs.digitalskills.core.assessment.Respondent;
import uk.gov.gcs.digitalskills.core.questionnaire.ProfileEntry;
import uk.gov.gcs.digitalskills.core.questionnaire.Questionnaire;

/** The title and who the report is about: name, role, grade, organisation, date and questionnaire. */
final class TitleSection {
    private TitleSection() {
    }

    static void add(Document document, ReportStyle style, AssessmentRecord record, Questionnaire questionnaire) {
        ReportText text = style.text;
        document.add(new Paragraph(text.get("heading.subtitle")).setFontSize(15).setFontColor(ReportStyle.SECONDARY)
                .setMargin(0).setMarginBottom(2));
        boolean yearEnd = YearWords.yearEnd(record).isPresent();
        // After the year-end review the report is that review's record, so its title says so (issue 13).
        document.add(style.heading(StandardRoles.H1, text.get(yearEnd ? "heading.title.yearEnd" : "heading.title"),
                        "title").setFontSize(26)
                .setMarginTop(0).setMarginBottom(10));
        Respondent who = record.respondent();
        Table table = style.keyValueTable();
        style.keyValue(table, text.get("about.name"), displayName(record, text));
        style.keyValue(table, text.get("about.role"), label(text, questionnaire.profile().roles(), who.role()));
        style.keyValue(table, text.get("about.grade"), label(text, questionnaire.profile().grades(), who.grade()));
        style.keyValue(table, text.get("about.organisation"),
                label(text, questionnaire.profile().organisations(), who.organisation()));
        style.keyValue(table, text.get("about.completed"), record.completedAt()
                .map(t -> ReportText.date(t.toLocalDate())).orElse(text.get("about.notCompleted")));
        style.keyValue(table, text.get("about.questionnaire"), text.get("about.questionnaireValue",
                questionnaire.title(), questionnaire.version()));
        YearWords.yearEnd(record).ifPresent(review -> style.keyValue(table, text.get("about.outcome"),
                text.get("about.outcomeValue", YearWords.outcome(text, review.status()),
                        ReportText.date(review.date()))));
        document.add(table);
    }

    /** The document's title: the assessment's, or the year-end review's once there is one. */
    static String documentTitle(AssessmentRecord record, ReportText text) {
        return text.get(YearWords.yearEnd(record).isPresent() ? "document.title.yearEnd" : "document.title",
                displayName(record, text));
    }

    /** The person's name as typed, or "Name not given"; also the document's title. */
    static String displayName(AssessmentRecord record, ReportText text) {
        String name = record.respondent().name();
        return name == null || name.isBlank() ? text.get("name.notGiven") : name.strip();
    }

    private static String label(ReportText text, List<ProfileEntry> entries, String id) {
        if (id == null || id.isBlank()) {
            return text.get("value.notGiven");
        }
        return entries.stream().filter(e -> e.id().equals(id)).map(ProfileEntry::label).findFirst().orElse(id);
    }
}
