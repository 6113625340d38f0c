package uk.gov.gcs.digitalskills.app.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.gcs.digitalskills.app.common.Formats;
import uk.gov.gcs.digitalskills.app.common.Messages;
import uk.gov.gcs.digitalskills.app.session.Routes;
import uk.gov.gcs.digitalskills.app.results.PartsWords;
import uk.gov.gcs.digitalskills.core.scoring.AreaScore;
import uk.gov.gcs.digitalskills.core.scoring.OverallScore;
import uk.gov.gcs.digitalskills.core.scoring.ScoreReport;

/**
 * Two assessments side by side: each area's percent and level then and now, and the change in points; under
 * each figure its two parts and how they compare (issue 12), recomputed for old results too.
 */
public final class CompareViewModel {
    /** One area (or the overall) in the comparison; a parts text is empty where there is no score. */
    public record Row(String id, String title, String earlier, String later, String change, String earlierParts,
                      String laterParts) {
    }

    private final PastResult earlier;
    private final PastResult later;
    private final Messages messages;
    private final Formats formats;
    private final Routes routes;
    private final PartsWords words;

    public CompareViewModel(PastResult earlier, PastResult later, Messages messages, Formats formats, Routes routes) {
        this.earlier = earlier;
        this.later = later;
        this.messages = messages;
        this.formats = formats;
        this.routes = routes;
        this.words = new PartsWords(messages, formats);
    }

    public String earlierDate() {
        return earlier.record().completedAt().map(formats::date).orElse("");
    }

    public String laterDate() {
        return later.record().completedAt().map(formats::date).orElse("");
    }

    public List<Row> rows() {
        ScoreReport before = earlier.report().orElseThrow();
        ScoreReport after = later.report().orElseThrow();
        Map<String, String> titles = new LinkedHashMap<>();
        after.areas().forEach(a -> titles.put(a.areaId(), a.title()));
        before.areas().forEach(a -> titles.putIfAbsent(a.areaId(), a.title()));
        List<Row> rows = new ArrayList<>();
        rows.add(row("overall", messages.get("history.compare.overall"),
                before.overall().map(o -> o.percent()), before.overall().map(o -> o.level().label()),
                after.overall().map(o -> o.percent()), after.overall().map(o -> o.level().label()),
                before.overall().map(this::overallParts).orElse(""),
                after.overall().map(this::overallParts).orElse("")));
        titles.forEach((id, title) -> {
            Optional<AreaScore> b = before.area(id);
            Optional<AreaScore> a = after.area(id);
            rows.add(row(id, title, b.flatMap(AreaScore::percent), b.flatMap(s -> s.level().map(l -> l.label())),
                    a.flatMap(AreaScore::percent), a.flatMap(s -> s.level().map(l -> l.label())),
                    b.filter(AreaScore::scored).map(words::summary).orElse(""),
                    a.filter(AreaScore::scored).map(words::summary).orElse("")));
        });
        return rows;
    }

    private String overallParts(OverallScore overall) {
        return messages.get("history.compare.overallParts", words.part(overall.selfRatingPercent()),
                words.part(overall.knowledgePercent()));
    }

    private Row row(String id, String title, Optional<BigDecimal> beforePercent, Optional<String> beforeLevel,
                    Optional<BigDecimal> afterPercent, Optional<String> afterLevel, String beforeParts,
                    String afterParts) {
        return new Row(id, title, cell(beforePercent, beforeLevel), cell(afterPercent, afterLevel),
                change(beforePercent, afterPercent), beforeParts, afterParts);
    }

    private String cell(Optional<BigDecimal> percent, Optional<String> level) {
        return percent.map(p -> messages.get("results.area.value", formats.percent(p), level.orElse("")))
                .orElse(messages.get("history.compare.none"));
    }

    /** The change in percentage points between the two rounded percents, in words. */
    String change(Optional<BigDecimal> before, Optional<BigDecimal> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return messages.get("history.compare.none");
        }
        BigDecimal delta = after.get().subtract(before.get());
        if (delta.signum() == 0) {
            return messages.get("history.compare.same");
        }
        String points = delta.abs().toPlainString();
        return messages.get(delta.signum() > 0 ? "history.compare.up" : "history.compare.down", points);
    }

    public void back() {
        routes.history();
    }
}
