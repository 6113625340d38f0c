package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;

/**
 * The team report's levels chart, as vector graphics in a form XObject: a legend, then per area its title, a bar
 * split into the share of people at each level (one colour per level, as on the Team insights screen), and a
 * line of text under the bar naming every level and its share, so nothing depends on colour or on a label
 * fitting inside its segment. The caller tags it as a figure with a text alternative.
 */
final class LevelChart {
    /** Lightest to darkest, the screen's colours; the text drawn on each meets 4.5:1 (see app.css). */
    static final Color[] FILLS = {new DeviceRgb(0xb1, 0xb4, 0xb6), new DeviceRgb(0x56, 0x94, 0xca),
        new DeviceRgb(0x1d, 0x70, 0xb8), new DeviceRgb(0x00, 0x30, 0x78)};
    private static final Color WHITE = new DeviceRgb(0xff, 0xff, 0xff);
    private static final float LEGEND = 22;
    private static final float ROW = 50;
    private static final float BAR = 15;
    private static final float SIZE = 8.5f;

    private final InsightsReport report;
    private final ReportText text;
    private final PdfFont regular;
    private final PdfFont bold;

    LevelChart(InsightsReport report, ReportStyle style) {
        this.report = report;
        this.text = style.text;
        this.regular = style.regular;
        this.bold = style.bold;
    }

    static Color fill(int level) {
        return FILLS[level % FILLS.length];
    }

    /** Black on the two light fills, white on the two dark ones. */
    static Color ink(int level) {
        return level % FILLS.length < 2 ? ReportStyle.TEXT : WHITE;
    }

    PdfFormXObject draw(PdfDocument pdf, float width) {
        List<AreaSummary> areas = report.overall().areas();
        float height = LEGEND + areas.size() * ROW;
        PdfFormXObject drawing = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(drawing, pdf);
        legend(canvas, height);
        for (int i = 0; i < areas.size(); i++) {
            row(canvas, areas.get(i), height - LEGEND - i * ROW, width);
        }
        canvas.release();
        return drawing;
    }

    private void legend(PdfCanvas canvas, float top) {
        float x = 0;
        float y = top - 12;
        List<Level> levels = report.levels();
        for (int i = 0; i < levels.size(); i++) {
            canvas.saveState().setFillColor(fill(i)).rectangle(x, y - 1, 10, 10).fill().restoreState();
            x += 14;
            text(canvas, regular, SIZE, levels.get(i).label(), x, y + 1, ReportStyle.TEXT);
            x += regular.getWidth(levels.get(i).label(), SIZE) + 16;
        }
    }

    private void row(PdfCanvas canvas, AreaSummary area, float top, float width) {
        text(canvas, bold, SIZE + 0.5f, area.title(), 0, top - 11, ReportStyle.TEXT);
        float barY = top - 14 - BAR;
        canvas.saveState().setFillColor(ReportStyle.LIGHT).rectangle(0, barY, width, BAR).fill().restoreState();
        List<String> words = new ArrayList<>();
        if (area.count().suppressed()) {
            words.add(text.get("levels.suppressedArea", TeamCells.count(area.count())));
        } else {
            float x = 0;
            for (int level = 0; level < area.levelCounts().size(); level++) {
                Count count = area.levelCounts().get(level);
                String label = report.levels().get(level).label();
                OptionalInt share = TeamFigures.share(count, area.count());
                if (share.isEmpty()) {
                    words.add(label + " " + (count instanceof Count.Shown ? "0%" : TeamCells.count(count)));
                    continue;
                }
                float w = width * share.getAsInt() / 100f;
                x = Math.min(x, width);
                w = Math.min(w, width - x);
                if (w > 0) {
                    canvas.saveState().setFillColor(fill(level)).rectangle(x, barY, w, BAR).fill()
                            .setStrokeColor(WHITE).setLineWidth(1).moveTo(x + w, barY).lineTo(x + w, barY + BAR)
                            .stroke().restoreState();
                    String value = share.getAsInt() + "%";
                    if (bold.getWidth(value, SIZE) + 6 <= w) {
                        text(canvas, bold, SIZE, value, x + 3, barY + 4.5f, ink(level));
                    }
                }
                x += w;
                words.add(label + " " + share.getAsInt() + "%");
            }
        }
        text(canvas, regular, SIZE, String.join("   \u00b7   ", words), 0, barY - 11, ReportStyle.TEXT);
    }

    private static void text(PdfCanvas canvas, PdfFont font, float size, String value, float x, float y,
                             Color colour) {
        canvas.saveState().setFillColor(colour).beginText().setFontAndSize(font, size).moveText(x, y)
                .showText(value).endText().restoreState();
    }
}
