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

/**
 * The last page: checkpoints for the year, then the line manager's fillable fields (an AcroForm: comments,
 * agreed yes or no, name, date). Each part is kept together so that the manager's fields never split.
 */
final class ManagerFormPage {
    private final ReportStyle style;
    private final ReportText text;

    ManagerFormPage(ReportStyle style) {
        this.style = style;
        this.text = style.text;
    }

    void add(Document document) {
        document.add(checkpoints());
        document.add(manager());
    }

    private Div checkpoints() {
        Div checkpoints = style.group();
        checkpoints.add(style.sectionHeading("checkpoints.heading", "checkpoints"));
        checkpoints.add(style.body(text.get("checkpoints.intro")));
        Table table = new Table(UnitValue.createPercentArray(new float[] {24, 18, 58})).useAllAvailableWidth()
                .setMarginBottom(8);
        table.addHeaderCell(style.headerCell(text.get("checkpoints.checkpoint"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("checkpoints.date"), "Column", TextAlignment.LEFT));
        table.addHeaderCell(style.headerCell(text.get("checkpoints.notes"), "Column", TextAlignment.LEFT));
        for (String row : List.of("checkpoints.mid", "checkpoints.end")) {
            table.addCell(style.rowHeaderCell(new Paragraph(text.get(row)).setFont(style.bold).setMargin(0))
                    .setMinHeight(72));
            table.addCell(style.cell(new Paragraph("").setMargin(0)));
            table.addCell(style.cell(new Paragraph("").setMargin(0)));
        }
        checkpoints.add(table);
        return checkpoints;
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
        manager.add(comments);

        manager.add(formLabel("manager.agreed"));
        Paragraph agreed = new Paragraph().setMargin(0).setMarginBottom(8);
        for (String choice : List.of("Yes", "No")) {
            Radio radio = new Radio("objective-agreed-" + choice.toLowerCase(Locale.ROOT), "objective-agreed");
            radio.setInteractive(true);
            radio.setAlternativeDescription(text.get("manager.agreed" + choice + "Name"));
            radio.setSize(13);
            radio.setBorder(new SolidBorder(ReportStyle.TEXT, 1.2f));
            agreed.add(radio);
            agreed.add(new Text("  " + text.get("manager.agreed" + choice) + "          "));
        }
        manager.add(agreed);
        manager.add(inputBlock("manager.name", "manager-name", 300, 260));
        manager.add(inputBlock("manager.date", "manager-date", 170, 160));
        return manager;
    }

    /** A label and a one-line field, floated left so that name and date sit side by side. */
    private Div inputBlock(String key, String fieldName, float blockWidth, float fieldWidth) {
        Div block = new Div().add(formLabel(key)).setWidth(blockWidth);
        block.setProperty(Property.FLOAT, FloatPropertyValue.LEFT);
        block.getAccessibilityProperties().setRole(null);
        InputField field = new InputField(fieldName);
        field.setInteractive(true);
        field.setAlternativeDescription(text.get(key));
        field.setFont(style.regular).setFontSize(ReportStyle.BODY);
        field.setWidth(fieldWidth).setHeight(24);
        formBorder(field);
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
