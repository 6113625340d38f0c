package uk.gov.gcs.digitalskills.app.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.core.insights.AnalysisFlag;
import uk.gov.gcs.digitalskills.core.insights.AreaAnalysis;
import uk.gov.gcs.digitalskills.core.insights.AreaSummary;
import uk.gov.gcs.digitalskills.core.insights.CalibrationCount;
import uk.gov.gcs.digitalskills.core.insights.Count;
import uk.gov.gcs.digitalskills.core.insights.InsightsReport;
import uk.gov.gcs.digitalskills.core.insights.ObjectivesSummary;
import uk.gov.gcs.digitalskills.core.insights.QuestionAnalysis;
import uk.gov.gcs.digitalskills.core.insights.YearEndCount;
import uk.gov.gcs.digitalskills.core.scoring.Calibration;
import uk.gov.gcs.digitalskills.io.pdf.TeamFigures;

/**
 * The words and rows of the parts of the screen beyond the levels: which questionnaire version the view shows,
 * calibration per area, the objectives block, and "How well the questions work" for questionnaire authors.
 * Pure, like {@link FiguresPresenter}, whose {@code countCell} words every suppressed count the same way.
 */
public final class MorePresenter {
    /** One area's calibration: over, aligned and under, each a count or its suppressed words. */
    public record CalibrationRow(String area, List<String> cells) {
        public CalibrationRow {
            cells = List.copyOf(cells);
        }
    }

    /** One measure of the objectives block: how many, and the share of the results that record objectives. */
    public record ObjectiveRow(String measure, String people, String share) {
    }

    /** One area of the item analysis: a summary sentence, what to do if it is flagged, and its questions. */
    public record AreaQuality(String area, String summary, String advice, List<QuestionQuality> questions) {
        public AreaQuality {
            questions = List.copyOf(questions);
        }
    }

    public record QuestionQuality(String question, String facility, String discrimination, String advice,
                           boolean flagged) {
    }

    private final Messages messages;
    private final FiguresPresenter figures;

    MorePresenter(Messages messages, FiguresPresenter figures) {
        this.messages = messages;
        this.figures = figures;
    }

    /** "Showing questionnaire version 2027.1, the newest imported." and what else there is; empty when none. */
    String versionText(InsightsReport report) {
        if (report.version().isEmpty()) {
            return "";
        }
        String version = report.version().get();
        boolean newest = !report.versions().isEmpty() && report.versions().get(0).equals(version);
        String shown = messages.get(newest ? "insights.version.newest" : "insights.version.older", version);
        List<String> others = report.versions().stream().filter(v -> !v.equals(version)).toList();
        return others.isEmpty() ? shown : shown + " " + messages.get("insights.version.others", String.join(", ", others));
    }

    List<CalibrationRow> calibration(InsightsReport report) {
        List<CalibrationRow> rows = new ArrayList<>();
        if (report.overall().count().suppressed()) {
            return rows;
        }
        for (AreaSummary area : report.overall().areas()) {
            List<String> cells = new ArrayList<>();
            for (Calibration c : Calibration.values()) {
                if (area.count().suppressed()) {
                    cells.add(figures.countCell(area.count()));
                } else {
                    cells.add(area.calibration().stream().filter(x -> x.calibration() == c).findFirst()
                            .map(CalibrationCount::count).map(figures::countCell)
                            .orElse(messages.get("insights.calibration.notMeasured")));
                }
            }
            rows.add(new CalibrationRow(area.title(), cells));
        }
        return rows;
    }

    /** Empty when no result in the view records its objective. */
    List<ObjectiveRow> objectives(InsightsReport report) {
        List<ObjectiveRow> rows = new ArrayList<>();
        if (report.overall().objectives().isEmpty()) {
            return rows;
        }
        ObjectivesSummary o = report.overall().objectives().get();
        if (o.results() instanceof Count.Shown shown && shown.value() == 0) {
            return rows;
        }
        rows.add(new ObjectiveRow(messages.get("insights.objectives.results"), figures.countCell(o.results()), ""));
        if (o.results().suppressed()) {
            return rows;
        }
        rows.add(row(messages.get("insights.objectives.with"), o.withObjective(), o.results()));
        rows.add(row(messages.get("insights.objectives.agreed"), o.agreed(), o.results()));
        for (YearEndCount status : o.yearEnd()) {
            rows.add(row(messages.get("insights.objectives.status." + status.status().id()), status.count(),
                    o.results()));
        }
        return rows;
    }

    private ObjectiveRow row(String measure, Count count, Count of) {
        OptionalInt share = TeamFigures.share(count, of);
        return new ObjectiveRow(measure, figures.countCell(count), share.isPresent()
                ? messages.get("insights.percent", share.getAsInt()) : figures.countCell(count));
    }

    List<AreaQuality> quality(InsightsReport report) {
        List<AreaQuality> areas = new ArrayList<>();
        int minimum = report.analysis().minimumResults();
        for (AreaAnalysis area : report.analysis().areas()) {
            if (area.gap().isPresent()) {
                areas.add(new AreaQuality(area.title(),
                        messages.get("insights.quality.gap." + area.gap().get().id(), minimum), "", List.of()));
                continue;
            }
            String summary = messages.get("insights.quality.results", area.results().getAsInt())
                    + area.alpha().map(a -> " " + messages.get("insights.quality.alpha", a.toPlainString())).orElse("")
                    + area.alphaGap().map(g -> " " + messages.get("insights.quality.gap." + g.id(), minimum)).orElse("");
            String advice = area.flags().contains(AnalysisFlag.LOW_RELIABILITY)
                    ? messages.get("insights.quality.flag.lowReliability") : "";
            List<QuestionQuality> questions = new ArrayList<>();
            for (QuestionAnalysis q : area.questions()) {
                boolean low = q.flagged(AnalysisFlag.LOW_DISCRIMINATION);
                questions.add(new QuestionQuality(q.text(), messages.get("insights.quality.facility",
                        q.facility().toPlainString()), q.discrimination().map(BigDecimal::toPlainString)
                        .orElse(messages.get("insights.quality.noDiscrimination")),
                        low ? messages.get("insights.quality.flag.lowDiscrimination")
                                : messages.get("insights.quality.ok"), low));
            }
            areas.add(new AreaQuality(area.title(), summary, advice, questions));
        }
        return areas;
    }
}
