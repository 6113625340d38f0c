package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.math.BigDecimal;
import java.util.List;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * A horizontal bar chart of the area scores, drawn as vector graphics in a form XObject. Every bar is labelled
 * with its percent and level in words, and dashed lines mark where each level starts, so nothing depends on
 * colour. The caller tags the drawing as a figure with a text alternative.
 */
final class BarChart {
    private static final float ROW = 22;
    private static final float BAR = 12;
    private static final float AXIS = 16;
    private static final float LABEL_WIDTH = 132;
    private static final float VALUE_WIDTH = 96;
    private static final float LABEL_SIZE = 9f;

    private final ScoreReport scores;
    private final List<Level> levels;
    private final PdfFont regular;
    private final PdfFont bold;

    BarChart(ScoreReport scores, List<Level> levels, PdfFont regular, PdfFont bold) {
        this.scores = scores;
        this.levels = levels;
        this.regular = regular;
        this.bold = bold;
    }

    PdfFormXObject draw(PdfDocument pdf, float width) {
        List<AreaScore> areas = scores.areas();
        float height = AXIS + areas.size() * ROW + 4;
        PdfFormXObject drawing = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(drawing, pdf);
        float trackX = LABEL_WIDTH + 8;
        float trackWidth = width - trackX - VALUE_WIDTH;
        float plotTop = height - AXIS;
        float plotBottom = 2;

        for (int i = 0; i < areas.size(); i++) {
            AreaScore area = areas.get(i);
            float rowBottom = plotTop - (i + 1) * ROW;
            float barY = rowBottom + (ROW - BAR) / 2;
            float textY = barY + 3.5f;
            String label = fit(area.title(), LABEL_WIDTH);
            text(canvas, regular, LABEL_SIZE, label, 0, textY, ReportStyle.TEXT);
            canvas.saveState().setFillColor(ReportStyle.LIGHT).rectangle(trackX, barY, trackWidth, BAR).fill()
                    .restoreState();
            if (area.scored()) {
                BigDecimal percent = area.percent().get();
                float barWidth = trackWidth * Math.min(100f, percent.floatValue()) / 100f;
                if (barWidth > 0) {
                    canvas.saveState().setFillColor(ReportStyle.BLUE).rectangle(trackX, barY, barWidth, BAR)
                            .fill().restoreState();
                }
                String value = ReportText.percent(percent) + "%";
                float valueX = trackX + trackWidth + 8;
                text(canvas, bold, LABEL_SIZE, value, valueX, textY, ReportStyle.TEXT);
                text(canvas, regular, LABEL_SIZE, area.level().get().label(),
                        valueX + bold.getWidth(value, LABEL_SIZE) + 5, textY, ReportStyle.TEXT);
            } else {
                text(canvas, regular, LABEL_SIZE, "\u2013", trackX + trackWidth + 8, textY, ReportStyle.SECONDARY);
            }
        }
        // Level thresholds, drawn over the bars: a dashed line and the level's name above it.
        for (Level level : levels) {
            float x = trackX + trackWidth * level.minPercent().floatValue() / 100f;
            if (level.minPercent().signum() > 0) {
                canvas.saveState().setStrokeColor(ReportStyle.SECONDARY).setLineWidth(0.6f)
                        .setLineDash(2.5f, 2f).moveTo(x, plotBottom).lineTo(x, plotTop + 3).stroke().restoreState();
            }
            text(canvas, regular, 7.5f, level.label(), x + (level.minPercent().signum() > 0 ? 2 : 0),
                    plotTop + 6, ReportStyle.SECONDARY);
        }

        canvas.release();
        return drawing;
    }

    /** Shortens a label with an ellipsis when it does not fit the label column. */
    private String fit(String label, float width) {
        if (regular.getWidth(label, LABEL_SIZE) <= width) {
            return label;
        }
        String shortened = label;
        while (shortened.length() > 1 && regular.getWidth(shortened + "\u2026", LABEL_SIZE) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "\u2026";
    }

    private static void text(PdfCanvas canvas, PdfFont font, float size, String value, float x, float y,
                             com.itextpdf.kernel.colors.Color colour) {
        canvas.saveState().setFillColor(colour).beginText().setFontAndSize(font, size).moveText(x, y)
                .showText(value).endText().restoreState();
    }
}
