package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.objective.DigitalObjective;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveFields;
import uk.gov.gcs.digitalskills.core.objective.ObjectiveTemplate;
import uk.gov.gcs.digitalskills.core.objective.SmartLetter;
import uk.gov.gcs.digitalskills.core.objective.SmartNotes;
import uk.gov.gcs.digitalskills.core.objective.TemplateField;
import uk.gov.gcs.digitalskills.core.year.Review;

/**
 * The chosen objective, its deadline, and a table of how it meets each SMART letter: the fields the toolkit
 * explains under that letter ({@link ObjectiveFields#fieldsOf}) and the template's note on why it counts.
 */
final class ObjectiveSection {
    private final ReportStyle style;
    private final ReportText text;
    private final Optional<DigitalObjective> chosen;
    private final Optional<ObjectiveTemplate> template;
    private final Optional<Review> yearEnd;

    ObjectiveSection(ReportStyle style, Optional<DigitalObjective> chosen, Optional<ObjectiveTemplate> template,
                     Optional<Review> yearEnd) {
        this.style = style;
        this.text = style.text;
        this.chosen = chosen;
        this.template = template;
        this.yearEnd = yearEnd;
    }

    void add(Document document) {
        document.add(style.sectionHeading("objective.heading", "objective"));
        if (chosen.isEmpty()) {
            document.add(style.body(text.get("objective.notSet")));
            return;
        }
        DigitalObjective objective = chosen.get();
        Div statement = style.group();
        statement.add(style.body(text.get("objective.intro")).setMarginBottom(6));
        statement.add(style.inset(new Paragraph(objective.text()).setFontSize(12.5f).setMargin(0)
                .setMultipliedLeading(1.3f), ReportStyle.BLUE));
        objective.deadline().ifPresent(d -> statement.add(new Paragraph(text.get("objective.deadline",
                ReportText.date(d))).setFont(style.bold).setMarginTop(0).setMarginBottom(8)));
        // The outcome in words, with the figure reached, so it never depends on the checkpoint table alone.
        yearEnd.ifPresent(review -> statement.add(style.body(review.actual()
                .map(actual -> text.get("objective.outcomeWithActual", ReportText.date(review.date()),
                        YearWords.status(text, review.status()).toLowerCase(ReportText.LOCALE), FieldInput.grouped(actual)))
                .orElse(text.get("objective.outcome", ReportText.date(review.date()),
                        YearWords.status(text, review.status()).toLowerCase(ReportText.LOCALE))))
                .setFont(style.bold)));
        document.add(statement);
        document.add(smartTable(objective));
    }

    private Table smartTable(DigitalObjective objective) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {18, 44, 38})).useAllAvailableWidth()
                .setMarginBottom(12);
        table.addHeaderCell(style.headerCell(text.get("smart.part"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("smart.says"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("smart.why"), "Column", TextAlignment.LEFT));
        Optional<SmartNotes> notes = template.map(ObjectiveTemplate::smart);
        for (SmartLetter letter : SmartLetter.values()) {
            table.addCell(style.rowHeaderCell(new Paragraph(text.get("smart." + key(letter))).setMargin(0)
                    .setFont(style.bold)));
            Div says = new Div();
            for (String fieldId : ObjectiveFields.fieldsOf(letter)) {
                String value = objective.values().get(fieldId);
                if (value != null && !value.isBlank()) {
                    says.add(new Paragraph(text.get("smart.fieldValue", fieldLabel(fieldId),
                            displayValue(fieldId, value.strip()))).setMargin(0).setMarginBottom(2));
                }
            }
            if (says.getChildren().isEmpty()) {
                says.add(new Paragraph(text.get("smart.nothing")).setMargin(0).setFontColor(ReportStyle.SECONDARY));
            }
            table.addCell(style.cell(says));
            String note = notes.map(n -> note(n, letter)).filter(s -> s != null && !s.isBlank())
                    .orElse(text.get("smart.noNote"));
            table.addCell(style.cell(new Paragraph(note).setMargin(0)));
        }
        return table;
    }

    /** The letter's key in report.properties, as the toolkit's JSON spells it. */
    private static String key(SmartLetter letter) {
        return switch (letter) {
            case SPECIFIC -> "specific";
            case MEASURABLE -> "measurable";
            case ACHIEVABLE -> "achievable";
            case RELEVANT -> "relevant";
            case TIME_BOUND -> "timeBound";
        };
    }

    private static String note(SmartNotes notes, SmartLetter letter) {
        return switch (letter) {
            case SPECIFIC -> notes.specific();
            case MEASURABLE -> notes.measurable();
            case ACHIEVABLE -> notes.achievable();
            case RELEVANT -> notes.relevant();
            case TIME_BOUND -> notes.timeBound();
        };
    }

    private String fieldLabel(String fieldId) {
        return template.flatMap(t -> t.field(fieldId)).map(TemplateField::label)
                .orElse(Character.toUpperCase(fieldId.charAt(0)) + fieldId.substring(1));
    }

    private static String displayValue(String fieldId, String value) {
        if (ObjectiveFields.DEADLINE.equals(fieldId)) {
            try {
                return ReportText.date(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
