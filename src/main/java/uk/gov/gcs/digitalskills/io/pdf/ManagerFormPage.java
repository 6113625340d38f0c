package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.forms.form.element.FormField;
import com.itextpdf.forms.form.element.InputField;
import com.itextpdf.forms.form.element.Radio;
import com.itextpdf.forms.form.element.TextArea;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.FloatPropertyValue;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import com.itextpdf.layout.element.Cell;
import uk.gov.gcs.digitalskills.core.objective.FieldInput;
import uk.gov.gcs.digitalskills.core.year.ManagerResponse;
import uk.gov.gcs.digitalskills.core.year.Review;
import uk.gov.gcs.digitalskills.core.year.ReviewStage;

/**
 * The last page: checkpoints for the year, then the line manager's fillable fields (an AcroForm: comments,
 * agreed yes or no, name, date). Each part is kept together so that the manager's fields never split.
 */
final class ManagerFormPage {
    private final ReportStyle style;
    private final ReportText text;
    private final List<Review> reviews;
    private final Optional<ManagerResponse> response;

    /**
     * @param reviews  the reviews recorded so far, shown in their checkpoint rows (issue 13)
     * @param response a stored response from the manager, prefilled in the fields (which stay editable)
     */
    ManagerFormPage(ReportStyle style, List<Review> reviews, Optional<ManagerResponse> response) {
        this.style = style;
        this.text = style.text;
        this.reviews = reviews;
        this.response = response;
    }

    void add(Document document) {
        document.add(checkpoints());
        document.add(manager());
    }

    private Div checkpoints() {
        Div checkpoints = style.group();
        checkpoints.add(style.sectionHeading("checkpoints.heading", "checkpoints"));
        checkpoints.add(style.body(text.get(reviews.isEmpty() ? "checkpoints.intro" : "checkpoints.introRecorded")));
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 24, 54})).useAllAvailableWidth()
                .setMarginBottom(8);
        table.addHeaderCell(style.headerCell(text.get("checkpoints.checkpoint"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("checkpoints.date"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("checkpoints.notes"), "Column", TextAlignment.LEFT));
        for (ReviewStage stage : ReviewStage.values()) {
            String row = stage == ReviewStage.MID_YEAR ? "checkpoints.mid" : "checkpoints.end";
            Optional<Review> review = reviews.stream().filter(r -> r.stage() == stage).findFirst();
            // An empty row keeps its height for writing on paper; a recorded review takes the room it needs.
            Cell header = style.rowHeaderCell(new Paragraph(text.get(row)).setFont(style.bold).setMargin(0));
            table.addCell(review.isPresent() ? header : header.setMinHeight(72));
            table.addCell(style.cell(new Paragraph(review.map(r -> ReportText.date(r.date())).orElse(""))
                    .setMargin(0)));
            table.addCell(style.cell(review.map(this::notes).orElseGet(() -> new Div().add(new Paragraph("")
                    .setMargin(0)))));
        }
        checkpoints.add(table);
        return checkpoints;
    }

    /** A review's row in words: the status, the actual figure and the note, each on its own line. */
    private Div notes(Review review) {
        Div notes = new Div();
        notes.add(new Paragraph(text.get("checkpoints.status", YearWords.status(text, review.status())))
                .setFont(style.bold).setMargin(0).setMarginBottom(2));
        notes.add(new Paragraph(review.actual().map(a -> text.get("checkpoints.actual", FieldInput.grouped(a)))
                .orElse(text.get("checkpoints.noActual"))).setMargin(0).setMarginBottom(2));
        if (!review.note().isBlank()) {
            notes.add(new Paragraph(review.note().strip()).setMargin(0));
        }
        return notes;
    }

    private Div manager() {
        Div manager = style.group();
        manager.add(style.sectionHeading("manager.heading", "manager"));
        manager.add(style.body(text.get("manager.intro")));
        manager.add(formLabel("manager.comments"));
        TextArea comments = new TextArea("manager-comments");
        comments.setInteractive(true);
        comments.setAlternativeDescription(text.get("manager.commentsName"));
        comments.setFont(style.regular).setFontSize(ReportStyle.BODY);
        comments.setHeight(90);
        comments.setWidth(PageSize.A4.getWidth() - 2 * ReportStyle.MARGIN_X);
        formBorder(comments);
        response.map(ManagerResponse::comments).filter(c -> !c.isBlank()).ifPresent(comments::setValue);
        manager.add(comments);

        manager.add(formLabel("manager.agreed"));
        Paragraph agreed = new Paragraph().setMargin(0).setMarginBottom(8);
        for (String choice : List.of("Yes", "No")) {
            Radio radio = new Radio("objective-agreed-" + choice.toLowerCase(Locale.ROOT), "objective-agreed");
            radio.setInteractive(true);
            radio.setAlternativeDescription(text.get("manager.agreed" + choice + "Name"));
            radio.setSize(13);
            boolean yes = choice.equals("Yes");
            response.flatMap(ManagerResponse::agreed).ifPresent(agreedValue -> radio.setChecked(agreedValue == yes));
            radio.setBorder(new SolidBorder(ReportStyle.TEXT, 1.2f));
            agreed.add(radio);
            agreed.add(new Text("  " + text.get("manager.agreed" + choice) + "          "));
        }
        manager.add(agreed);
        manager.add(inputBlock("manager.name", "manager-name", 300, 260,
                response.map(ManagerResponse::name).orElse("")));
        manager.add(inputBlock("manager.date", "manager-date", 170, 160,
                response.flatMap(ManagerResponse::date).map(ReportText::date).orElse("")));
        return manager;
    }

    /** A label and a one-line field, floated left so that name and date sit side by side. */
    private Div inputBlock(String key, String fieldName, float blockWidth, float fieldWidth, String value) {
        Div block = new Div().add(formLabel(key)).setWidth(blockWidth);
        block.setProperty(Property.FLOAT, FloatPropertyValue.LEFT);
        block.getAccessibilityProperties().setRole(null);
        InputField field = new InputField(fieldName);
        field.setInteractive(true);
        field.setAlternativeDescription(text.get(key));
        field.setFont(style.regular).setFontSize(ReportStyle.BODY);
        field.setWidth(fieldWidth).setHeight(24);
        formBorder(field);
        if (!value.isBlank()) {
            field.setValue(value);
        }
        block.add(field);
        return block;
    }

    private static void formBorder(FormField<?> field) {
        field.setBorder(new SolidBorder(ReportStyle.TEXT, 1.2f));
    }

    private Paragraph formLabel(String key) {
        return new Paragraph(text.get(key)).setFont(style.bold).setMargin(0).setMarginTop(8).setMarginBottom(4);
    }
}
