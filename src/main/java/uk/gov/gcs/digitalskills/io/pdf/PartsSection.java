package uk.gov.gcs.digitalskills.io.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * The two parts (DESIGN.md §3.2) in words: the overall parts, and for every area that has both parts one
 * sentence saying whether the self-ratings are well above, well below or match what the knowledge questions
 * show. The figures per area are in the summary table. Part of the summary, under its own H3.
 */
final class PartsSection {
    private final ReportStyle style;
    private final ReportText text;
    private final ScoreReport scores;

    PartsSection(ReportStyle style, ScoreReport scores) {
        this.style = style;
        this.text = style.text;
        this.scores = scores;
    }

    /** A part's percent as the table shows it: "62.5%", or "Not scored". */
    static String part(ReportText text, Optional<BigDecimal> percent) {
        return percent.map(p -> ReportText.percent(p) + "%").orElse(text.get("table.notScored"));
    }

    void add(Document document) {
        List<AreaScore> compared = scores.areas().stream().filter(a -> a.calibration().isPresent()).toList();
        boolean anyPart = scores.areas().stream().anyMatch(a -> a.selfRating().scored() || a.knowledge().scored());
        if (!anyPart) {
            return;
        }
        Div block = style.group();
        block.add(style.subHeading(text.get("parts.heading")));
        block.add(style.body(text.get("parts.intro")));
        scores.overall().ifPresent(o -> block.add(style.body(o.knowledgePercent().isEmpty()
                ? text.get("parts.overallSelfOnly", part(text, o.selfRatingPercent()))
                : o.selfRatingPercent().isEmpty()
                ? text.get("parts.overallKnowledgeOnly", part(text, o.knowledgePercent()))
                : text.get("parts.overall", part(text, o.selfRatingPercent()), part(text, o.knowledgePercent())))));
        if (!compared.isEmpty()) {
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List()
                    .setListSymbol("\u2022").setSymbolIndent(10).setMarginLeft(6).setMarginBottom(6);
            for (AreaScore area : compared) {
                String key = switch (area.calibration().get()) {
                    case OVER -> "calibration.over";
                    case UNDER -> "calibration.under";
                    case ALIGNED -> "calibration.aligned";
                };
                ListItem item = new ListItem();
                item.add(new Paragraph(text.get(key, area.title())).setMargin(0).setMarginBottom(3));
                list.add(item);
            }
            block.add(list);
        }
        document.add(block);
    }
}
