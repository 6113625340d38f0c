package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import java.util.List;
import uk.gov.gcs.digitalskills.core.questionnaire.Level;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * The two strongest areas and the two weakest, as lists with percent and level. As on the Results screen, only an
 * area above the lowest level (Working or above) is a strength; when none is, the report says so.
 */
final class StrengthsSection {
    private final ReportStyle style;
    private final ScoreReport scores;

    private final List<Level> levels;

    StrengthsSection(ReportStyle style, ScoreReport scores, List<Level> levels) {
        this.style = style;
        this.scores = scores;
        this.levels = levels;
    }

    void add(Document document) {
        ReportText text = style.text;
        document.add(style.sectionHeading("strengths.heading", "strengths"));
        List<AreaScore> strongest = scores.strongestFirst();
        if (strongest.size() < 2) {
            document.add(style.body(text.get("strengths.none")));
            return;
        }
        String lowest = levels.get(0).id();
        List<AreaScore> strengths = strongest.stream()
                .filter(a -> !a.level().orElseThrow().id().equals(lowest)).limit(2).toList();
        List<AreaScore> develop = scores.weakestFirst().stream().filter(a -> !strengths.contains(a))
                .limit(2).toList();
        document.add(style.subHeading(text.get("strengths.strengths")));
        if (strengths.isEmpty()) {
            String working = levels.get(Math.min(1, levels.size() - 1)).label();
            document.add(style.body(text.get("strengths.noneAtLevel", working)));
        } else {
            document.add(areaList(strengths));
        }
        if (!develop.isEmpty()) {
            document.add(style.subHeading(text.get("strengths.develop")));
            document.add(areaList(develop));
        }
    }

    private com.itextpdf.layout.element.List areaList(List<AreaScore> areas) {
        com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List()
                .setListSymbol("\u2022").setSymbolIndent(10).setMarginLeft(6).setMarginBottom(6);
        for (AreaScore area : areas) {
            ListItem item = new ListItem();
            item.add(new Paragraph(style.text.get("strengths.item", area.title(),
                    ReportText.percent(area.percent().get()), area.level().get().label()))
                    .setMargin(0).setMarginBottom(3));
            list.add(item);
        }
        return list;
    }
}
