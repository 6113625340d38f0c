package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The look of one report being written: colours, page margins, its two embedded fonts, its wording, and the
 * building blocks every section uses (headings that become bookmarks, body text, insets, tables whose header
 * cells carry a scope). One per document, because fonts and bookmarks belong to a document.
 *
 * <p>The colours are fixed and each is at least 4.5:1 against its background, which is why the report can do
 * without iText's contrast checker (see {@code AppraisalReport}).
 */
final class ReportStyle {
    static final Color TEXT = new DeviceRgb(0x0b, 0x0c, 0x0c);
    static final Color SECONDARY = new DeviceRgb(0x50, 0x5a, 0x5f);
    static final Color BLUE = new DeviceRgb(0x1d, 0x70, 0xb8);
    static final Color BORDER = new DeviceRgb(0xb1, 0xb4, 0xb6);
    static final Color LIGHT = new DeviceRgb(0xf3, 0xf2, 0xf1);

    static final float MARGIN_X = 56;
    static final float MARGIN_TOP = 62;
    static final float MARGIN_BOTTOM = 64;
    static final float BODY = 10.5f;

    final ReportText text;
    final PdfFont regular;
    final PdfFont bold;
    /** Destination name and title of every heading, in order, for the document outline. */
    final List<String[]> bookmarks = new ArrayList<>();

    ReportStyle(ReportText text) {
        this.text = text;
        this.regular = PdfFontFactory.createFont(ReportFonts.REGULAR, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        this.bold = PdfFontFactory.createFont(ReportFonts.BOLD, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    Paragraph sectionHeading(String key, String destination) {
        return heading(StandardRoles.H2, text.get(key), destination).setFontSize(18).setMarginTop(16)
                .setMarginBottom(6);
    }

    Paragraph heading(String role, String title, String destination) {
        Paragraph heading = new Paragraph(title).setFont(bold).setFontColor(TEXT).setKeepWithNext(true)
                .setMultipliedLeading(1.1f);
        heading.getAccessibilityProperties().setRole(role);
        heading.setDestination(destination);
        bookmarks.add(new String[] {destination, title});
        return heading;
    }

    Paragraph subHeading(String title) {
        Paragraph heading = new Paragraph(title).setFont(bold).setFontSize(13).setMarginTop(6)
                .setMarginBottom(3).setKeepWithNext(true);
        heading.getAccessibilityProperties().setRole(StandardRoles.H3);
        return heading;
    }

    Paragraph body(String content) {
        return new Paragraph(content).setMarginTop(0).setMarginBottom(6).setMultipliedLeading(1.25f);
    }

    /** A block with a coloured rule on its left; the rule is decoration, so the block adds no structure. */
    Div inset(IBlockElement content, Color rule) {
        Div div = new Div().add(content).setBorderLeft(new SolidBorder(rule, 4)).setPaddingLeft(12)
                .setPaddingTop(2).setPaddingBottom(2).setMarginBottom(8);
        div.getAccessibilityProperties().setRole(null);
        return div;
    }

    /** A Div that only groups (keeps together) and adds nothing to the structure tree. */
    Div group() {
        Div div = new Div().setKeepTogether(true);
        div.getAccessibilityProperties().setRole(null);
        return div;
    }

    Table keyValueTable() {
        return new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth()
                .setMarginBottom(4);
    }

    void keyValue(Table table, String key, String value) {
        table.addCell(rowHeaderCell(new Paragraph(key).setFont(bold).setMargin(0)).setPaddingTop(4)
                .setPaddingBottom(4));
        table.addCell(cell(new Paragraph(value).setMargin(0)).setPaddingTop(4).setPaddingBottom(4));
    }

    Cell headerCell(String title, String scope, TextAlignment alignment) {
        Cell cell = new Cell().add(new Paragraph(title).setFont(bold).setMargin(0).setTextAlignment(alignment));
        cell.setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(TEXT, 1.2f)).setPaddings(4, 8, 4, 0);
        cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope));
        return cell;
    }

    Cell rowHeaderCell(IBlockElement content) {
        Cell cell = cell(content);
        cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Row"));
        return cell;
    }

    Cell cell(IBlockElement content) {
        return new Cell().add(content).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(BORDER, 0.75f)).setPaddings(5, 8, 5, 0);
    }
}
